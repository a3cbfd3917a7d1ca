package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;

class PublisherHostsTest {

  @Test
  void namesAreMatchedWithoutCaseAccentsOrPunctuation() {
    assertEquals("panorapost", PublisherHosts.nameKey("PanoraPost"));
    assertEquals(PublisherHosts.nameKey("Le Matin Express"), PublisherHosts.nameKey("LE MATIN-EXPRESS"));
    assertEquals(PublisherHosts.nameKey("Noticias del Estrecho"), PublisherHosts.nameKey("Noticias del Estrécho"));
    assertEquals("هسبريس", PublisherHosts.nameKey("« هسبريس »"));
    assertEquals("", PublisherHosts.nameKey(null));
  }

  @Test
  void theHostWithMostArticlesWinsThenTheSmallestHost() {
    KV<String, Long> a = KV.of("panorapost.com", 40L);
    KV<String, Long> b = KV.of("m.panorapost.com", 3L);
    KV<String, Long> c = KV.of("panorapost.ma", 40L);
    assertEquals(a, PublisherHosts.better(a, b));
    assertEquals(a, PublisherHosts.better(b, a));
    assertEquals(a, PublisherHosts.better(a, c), "a tie goes to the smaller host name");
    assertEquals(a, PublisherHosts.better(c, a));
    assertEquals(a, new PublisherHosts.PickHost().apply(List.of(b, c, a)));
    assertEquals(a, new PublisherHosts.PickHost().apply(List.of(a, c, b)));
  }
}
