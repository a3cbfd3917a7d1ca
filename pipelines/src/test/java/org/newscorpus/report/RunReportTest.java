package org.newscorpus.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newscorpus.accounting.RunSummary;

class RunReportTest {

  static final String HOSTILE_TITLE = "<script>alert(\"pwned\")</script></svg> Tanger Med";
  static final String HOSTILE_SOURCE = "<img src=x onerror=alert(1)> Wire";
  static final LocalDate NOV_3 = LocalDate.of(2025, 11, 3);

  private static RunSummary summary() {
    return RunSummary.fromTallyLines(List.of(
            "10\trecords\t/crawl/<b>a</b>.warc.gz",
            "5\tpages\t/crawl/<b>a</b>.warc.gz",
            "4\tskipped\tread\trequestRecord",
            "1\trejected\tread\ttruncatedRecord",
            "1\trejected\textract\tnotArticle",
            "3\tarticles",
            "3\tarticlesWritten",
            "2\tstories"))
        .withRun("runner", "DirectRunner")
        .withRun("input", "/crawl/*.warc.gz")
        .withRun("output", "/data/out")
        .withTimes(Instant.parse("2025-11-29T10:00:00Z"), Instant.parse("2025-11-29T10:01:30Z"));
  }

  private static ReportData data() {
    ReportData data = new ReportData();
    data.addStory("a1", HOSTILE_TITLE, NOV_3, 2, List.of("evil.example", "mirror.example"));
    data.addStory("b1", "Quiet story", NOV_3, 1, List.of("b.com"));
    data.addArticle("a1", "a1", "evil.example", HOSTILE_SOURCE, NOV_3, "fr");
    data.addArticle("a2", "a1", "mirror.example", "Mirror & Co", NOV_3.plusDays(3), "fr");
    data.addArticle("b1", "b1", "b.com", null, null, "ar");
    data.addRejected("read", "truncatedRecord",
        new ReportData.Example("/crawl/a.warc.gz", 1234L, null, "record cut </pre><script>x()</script>", "WARC/1.0"));
    data.addRejected("extract", "notArticle",
        new ReportData.Example("/crawl/a.warc.gz", 99L, "https://evil.example/?q=<svg onload=x>", "too short", "<html>"));
    return data;
  }

  private static Map<String, Double> busy() {
    Map<String, Double> busy = new LinkedHashMap<>();
    busy.put("read", 1.5);
    busy.put("extract", 12.25);
    busy.put("dedupe", 0.5);
    return busy;
  }

  private static String render() {
    return new RunReport(data(), summary(), busy()).render();
  }

  @Test
  void aTitleHoldingScriptAndSvgMarkupShowsAsText() {
    String html = render();
    Document doc = Jsoup.parse(html);
    assertTrue(doc.select("script").isEmpty(), "no script element");
    assertTrue(doc.select("img").isEmpty(), "no img element from a publisher name");
    assertThat(doc.body().text(), containsString(HOSTILE_TITLE));
    assertThat(doc.body().text(), containsString(HOSTILE_SOURCE));
    assertThat(doc.body().text(), containsString("record cut </pre><script>x()</script>"));
    assertThat(html, not(containsString("<script")));
    assertThat(html, containsString("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;&lt;/svg&gt;"));
  }

  @Test
  void theReportNeedsNoNetwork() {
    Document doc = Jsoup.parse(render());
    assertEquals(0, doc.select("[src], [href], link, iframe, object, embed, img, script").size());
    String css = doc.select("style").html();
    assertThat(css, not(containsString("url(")));
    assertThat(css, not(containsString("@import")));
  }

  @Test
  void everyChartIsAWellFormedInlineSvg() throws Exception {
    String html = render();
    Matcher m = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
    int charts = 0;
    while (m.find()) {
      charts++;
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      org.w3c.dom.Document svg =
          f.newDocumentBuilder().parse(new ByteArrayInputStream(m.group().getBytes(StandardCharsets.UTF_8)));
      assertTrue(svg.getElementsByTagName("rect").getLength() > 0, m.group());
    }
    // per day and source, story sizes, languages, skips and rejections, timings
    assertEquals(5, charts);
  }

  @Test
  void theSectionsComeInTheirOrder() {
    Document doc = Jsoup.parse(render());
    List<String> headings = doc.select("h2").eachText();
    assertEquals(List.of("Articles per day and source", "Story sizes", "The most republished stories", "Languages",
        "Skipped and rejected, by reason", "Timings per stage", "Inputs"), headings);
  }

  @Test
  void theTopStoryRowNamesItsFirstPublisherSitesAndSpread() {
    Document doc = Jsoup.parse(render());
    Element row = doc.select("h2:contains(most republished) ~ table tbody tr").first();
    List<String> cells = row.select("td").eachText();
    assertEquals("1", cells.get(0));
    assertThat(cells.get(1), containsString(HOSTILE_TITLE));
    assertEquals("2", cells.get(2));
    assertEquals(HOSTILE_SOURCE + " (evil.example)", cells.get(3));
    assertEquals("2025-11-03", cells.get(4));
    assertEquals("3", cells.get(5));
    assertEquals("2: evil.example, mirror.example", cells.get(6));
  }

  @Test
  void skipsAndRejectionsAreListedByReasonWithTheirExamples() {
    Document doc = Jsoup.parse(render());
    List<String> rows = doc.select("h2:contains(Skipped) ~ table tbody tr").eachText();
    assertEquals(3, rows.size());
    assertThat(rows.get(0), containsString("read/requestRecord 4 none written"));
    String rejected = String.join("\n", rows);
    assertThat(rejected, containsString("/crawl/a.warc.gz @ 1234"));
    assertThat(rejected, containsString("https://evil.example/?q=<svg onload=x>"));
  }

  @Test
  void timingsGiveBusySecondsAndTimePerElement() {
    String html = render();
    assertThat(html, containsString("12.3 s · 2450.00 ms/page"));
    assertThat(html, containsString("Wall time of the run: 90.0 s."));
  }

  @Test
  void manyDaysAreCountedByMonth() {
    ReportData data = new ReportData();
    for (int d = 0; d < 200; d++) {
      data.addArticle("a" + d, "a" + d, "a.com", null, NOV_3.plusDays(d), "fr");
    }
    String html = new RunReport(data, summary(), busy()).render();
    assertThat(html, containsString("by month of publication"));
    assertThat(html, containsString(">2026-05</text>"));
    assertThat(html, not(containsString(">2025-11-04</text>")));
  }

  @Test
  void anEmptyRunStillRenders() {
    String html = new RunReport(new ReportData(), RunSummary.fromTallyLines(List.of()), Map.of()).render();
    assertThat(html, containsString("No article was written."));
    assertThat(html, containsString("The runner reported no stage timings."));
  }
}
