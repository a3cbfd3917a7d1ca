package org.newscorpus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SvgTest {

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void stackedColumnsDrawOneSegmentPerNonZeroValueAndALegend() throws Exception {
    String svg = Svg.stackedColumns("c", List.of("2025-11-03", "2025-11-04"), List.of(
        new Svg.Series("lemonde.fr", "#111111", new long[] {3, 0}),
        new Svg.Series("panorapost.com", "#222222", new long[] {1, 2})));
    Document doc = parse(svg);
    NodeList rects = doc.getElementsByTagName("rect");
    // 3 segments + 2 legend swatches
    assertEquals(5, rects.getLength());
    assertTrue(svg.contains(">lemonde.fr</text>"));
    assertTrue(svg.contains("<title>2025-11-03 · lemonde.fr: 3</title>"));
  }

  @Test
  void theTallestStackReachesTheTopTick() throws Exception {
    String svg = Svg.stackedColumns("c", List.of("d"), List.of(new Svg.Series("s", "#111111", new long[] {10})));
    // 10 with a step of 2 ends the axis at 10: the bar fills the plot, 240 px high
    assertTrue(svg.contains("height=\"240.0\""), svg);
    assertTrue(svg.contains(">10</text>"));
  }

  @Test
  void labelsFromPagesAreEscapedAndTheSvgStaysWellFormed() throws Exception {
    String hostile = "</svg><script>alert(1)</script>";
    String svg = Svg.bars("c", List.of(hostile), List.of(2.0), List.of("2"), "#111111")
        + Svg.columns("c", List.of(hostile), List.of(2L), "#111111")
        + Svg.stackedColumns("c", List.of(hostile), List.of(new Svg.Series(hostile, "#111111", new long[] {1})));
    assertFalse(svg.contains("<script"));
    for (String one : svg.split("(?<=</svg>)")) {
      Document doc = parse(one);
      assertEquals("svg", doc.getDocumentElement().getTagName());
      assertEquals(0, doc.getElementsByTagName("script").getLength());
    }
  }

  @Test
  void barsAreProportionalToTheirValues() {
    String svg = Svg.bars("c", List.of("a", "b"), List.of(4.0, 2.0), List.of("4", "2"), "#111111");
    // the plot is 960 - 300 - 150 = 510 px wide
    assertTrue(svg.contains("width=\"510.0\""), svg);
    assertTrue(svg.contains("width=\"255.0\""), svg);
  }

  @Test
  void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
    assertEquals(1, Svg.niceStep(4, 5));
    assertEquals(2, Svg.niceStep(10, 5));
    assertEquals(5, Svg.niceStep(22, 5));
    assertEquals(100, Svg.niceStep(317, 5));
    assertEquals(200, Svg.niceStep(620, 5));
    assertEquals(1, Svg.niceStep(0, 5));
  }
}
