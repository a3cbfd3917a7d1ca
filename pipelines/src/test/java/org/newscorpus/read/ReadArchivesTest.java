package org.newscorpus.read;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.newscorpus.accounting.RunSummary;
import org.newscorpus.schema.Page;

/** ReadArchives on real archives: accounting per file, and revisits resolved by the join. */
public class ReadArchivesTest {

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private PCollectionTuple read(String... fixtures) throws IOException {
    StringBuilder input = new StringBuilder();
    for (String f : fixtures) {
      input.append(input.length() == 0 ? "" : ",").append(ArchiveReaderTest.fixtures().resolve(f));
    }
    return pipeline.apply("ReadArchives", ReadArchives.of(InputFiles.expand(input.toString())).withKeepSkipped(true));
  }

  /** Checks the summed tallies: records = pages + skipped + rejected, with the given figures. */
  private static void assertTallies(PCollection<KV<String, Long>> tallies, long records, long pages, long skipped,
      long rejected, Map<String, Long> readSkips) {
    PAssert.that(tallies.apply("SumTallies", Sum.longsPerKey())).satisfies(sums -> {
      RunSummary s = new RunSummary();
      for (KV<String, Long> kv : sums) {
        s.add(kv.getKey(), kv.getValue());
      }
      assertEquals(records, s.recordsRead());
      assertEquals(pages, s.pages());
      assertEquals(skipped, s.skipped());
      assertEquals(rejected, s.rejected());
      assertEquals(s.recordsRead(), s.pages() + s.skipped() + s.rejected());
      Map<String, Long> skips = s.skippedByReason().getOrDefault("read", Map.of());
      readSkips.forEach((reason, n) -> assertEquals(reason, n, skips.getOrDefault(reason, 0L)));
      return null;
    });
  }

  @Test
  public void aRevisitInTheSameFileBecomesAPageWithTheOriginalsPayload() throws IOException {
    PCollectionTuple read = read("warcio/example.warc.gz");
    PAssert.that(read.get(ReadArchives.PAGES)).satisfies(pages -> {
      Map<String, Page> byRecord = new HashMap<>();
      pages.forEach(p -> byRecord.put(p.getRecordId(), p));
      assertEquals(2, byRecord.size());
      Page original = byRecord.get("<urn:uuid:a9c51e3e-0221-11e7-bf66-0242ac120005>");
      Page revisit = byRecord.get("<urn:uuid:e6e395ca-0221-11e7-a18d-0242ac120005>");
      assertEquals(original.getBody(), revisit.getBody());
      assertTrue(StandardCharsets.UTF_8.decode(revisit.getBody().duplicate()).toString().contains("Example Domain"));
      assertTrue(revisit.getInputOffset() > original.getInputOffset());
      assertTrue(revisit.getCrawledAt().isAfter(original.getCrawledAt()));
      return null;
    });
    assertTallies(read.get(ReadArchives.TALLIES), 6, 2, 4, 0, Map.of("revisitUnresolved", 0L));
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void revisitsOfASecondCrawlResolveAgainstTheFirstCrawlsFile() throws IOException {
    PCollectionTuple read = read(
        "ukwa-webarchive-discovery/BL-20140325121225068-00000-32090~opera~8443.warc.gz",
        "ukwa-webarchive-discovery/BL-20140325122341434-00000-32090~opera~8443.warc.gz");
    // 32 + 6 pages read, and the 26 revisits the second crawl sends on all find their original
    assertTallies(read.get(ReadArchives.TALLIES), 380, 64, 316, 0, Map.of("notHtml", 56L));
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void aRevisitWhoseOriginalIsNotInTheInputIsSkippedAsUnresolved() throws IOException {
    PCollectionTuple read = read("warcio.js/example-url-agnostic-revisit.warc.gz");
    PAssert.that(read.get(ReadArchives.PAGES)).empty();
    PAssert.that(read.get(ReadArchives.REJECTED)).satisfies(rejected -> {
      List<String> reasons = new java.util.ArrayList<>();
      rejected.forEach(r -> reasons.add(r.getReason()));
      assertTrue(reasons.toString(), reasons.contains("revisitUnresolved"));
      return null;
    });
    assertTallies(read.get(ReadArchives.TALLIES), 2, 0, 2, 0, Map.of("revisitUnresolved", 1L));
    pipeline.run().waitUntilFinish();
  }
}
