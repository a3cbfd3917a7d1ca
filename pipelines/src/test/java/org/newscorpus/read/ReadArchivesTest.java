package org.newscorpus.read;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newscorpus.accounting.RunSummary;
import org.newscorpus.accounting.Tally;
import org.newscorpus.schema.Page;
import org.newscorpus.schema.Rejected;

/** ReadArchives on real archives: accounting per file, and revisits resolved by the join. */
public class ReadArchivesTest {

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final transient TemporaryFolder temp = new TemporaryFolder();

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
    PAssert.that(read.get(ReadArchives.PAGES)).satisfies(pages -> {
      int fromSecondCrawl = 0;
      for (Page p : pages) {
        // every revisit record of the second crawl says WARC-Truncated: length, as Heritrix writes on an
        // identical-payload-digest revisit whose block leaves the payload out: its page is as whole as the original
        assertEquals(p.getUrl(), null, p.getTruncated());
        fromSecondCrawl += p.getInputUri().contains("BL-20140325122341434") ? 1 : 0;
      }
      assertEquals(32, fromSecondCrawl);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void revisitsInAWaczResolveAgainstTheirOriginalsInItsOtherWarcFile() throws IOException {
    String wacz = ArchiveReaderTest.fixtures().resolve("wacz/bl-revisits.wacz").toString();
    PCollectionTuple read = read("wacz/bl-revisits.wacz");
    // 4 pages, 2 warcinfo records, and the 3 revisits of the second WARC, each resolved in the first
    assertTallies(read.get(ReadArchives.TALLIES), 9, 7, 2, 0, Map.of("revisitUnresolved", 0L));
    PAssert.that(read.get(ReadArchives.PAGES)).satisfies(pages -> {
      Map<String, Page> byRecord = new HashMap<>();
      pages.forEach(p -> byRecord.put(p.getRecordId(), p));
      assertEquals(7, byRecord.size());
      for (Page p : pages) {
        assertEquals(wacz, p.getInputUri());
      }
      List<String> originals = WaczArchives.BL_ORIGINALS;
      for (int i = 0; i < originals.size(); i++) {
        Page original = byRecord.get(originals.get(i));
        Page revisit = byRecord.get(WaczArchives.BL_REPEATS.get(i));
        assertEquals(original.getUrl(), revisit.getUrl());
        assertArrayEquals(ArchiveReaderTest.body(original), ArchiveReaderTest.body(revisit));
        assertTrue("the second WARC lies after the first", revisit.getInputOffset() > original.getInputOffset());
      }
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void aWaczWithCorruptLocalHeadersIsReadBalancedWithOneCorruptWaczPerWarcItCannotLocate() throws IOException {
    String wacz = ArchiveReaderTest.fixtures().resolve("wacz/corrupt-local-headers.wacz").toString();
    PCollectionTuple read = read("wacz/corrupt-local-headers.wacz");
    // example.warc.gz: a page, its revisit resolved, 4 skips; transfer_compression_none.warc.gz: a page, 4 skips;
    // the two WARC files between them, whose local headers are corrupt: one rejection each
    assertTallies(read.get(ReadArchives.TALLIES), 13, 3, 8, 2, Map.of("revisitUnresolved", 0L));
    PAssert.that(read.get(ReadArchives.REJECTED)).satisfies(rejected -> {
      List<String> found = new ArrayList<>();
      for (Rejected r : rejected) {
        if (r.getReason().endsWith("Wacz")) { // not the skips, which withKeepSkipped adds
          found.add(r.getStage() + " " + r.getReason() + " " + r.getInputUri() + " " + r.getInputOffset() + " "
              + r.getMessage().substring(0, r.getMessage().indexOf(':')));
        }
      }
      found.sort(null);
      byte[] whole = WaczArchives.wacz(WaczArchives.corruptHeadersWarcs(), Set.of());
      assertEquals(List.of(
          "read corruptWacz " + wacz + " " + WaczArchives.localHeaderOffset(whole, WaczArchives.BAD_SIGNATURE) + " "
              + WaczArchives.BAD_SIGNATURE + " in " + wacz,
          "read corruptWacz " + wacz + " " + WaczArchives.localHeaderOffset(whole, WaczArchives.BAD_NAME_LENGTH) + " "
              + WaczArchives.BAD_NAME_LENGTH + " in " + wacz), found);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void aResolvedRevisitHasTheTruncationOfTheCaptureItRepeatsNotItsOwn() throws IOException {
    PCollectionTuple read = read("crafted/truncated-captures.warc");
    PAssert.that(read.get(ReadArchives.REVISIT_PAGES)).satisfies(pages -> {
      Map<String, String> byRecord = new HashMap<>();
      pages.forEach(p -> byRecord.put(p.getRecordId(), String.valueOf(p.getTruncated())));
      // both revisits say WARC-Truncated: length; the first repeats a capture cut at its length, the second a whole one
      assertEquals(Map.of("<urn:uuid:00000000-0000-4000-8000-000000000007>", "length",
          "<urn:uuid:00000000-0000-4000-8000-000000000008>", "null"), byRecord);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void aRevisitWhoseOriginalIsNotInTheInputIsSkippedAsUnresolved() throws IOException {
    PCollectionTuple read = read("warcio.js/example-url-agnostic-revisit.warc.gz");
    PAssert.that(read.get(ReadArchives.PAGES)).empty();
    PAssert.that(read.get(ReadArchives.REJECTED)).satisfies(rejected -> {
      List<String> reasons = new ArrayList<>();
      rejected.forEach(r -> reasons.add(r.getReason()));
      assertTrue(reasons.toString(), reasons.contains("revisitUnresolved"));
      return null;
    });
    assertTallies(read.get(ReadArchives.TALLIES), 2, 0, 2, 0, Map.of("revisitUnresolved", 1L));
    pipeline.run().waitUntilFinish();
  }

  /** The two ukwa crawls, each gzipped as one member: no record of them starts at its offset. */
  private List<String> wholeGzippedCrawls() throws IOException {
    List<String> files = new ArrayList<>();
    for (String name : List.of("BL-20140325121225068-00000-32090~opera~8443.warc.gz",
        "BL-20140325122341434-00000-32090~opera~8443.warc.gz")) {
      Path whole = temp.getRoot().toPath().resolve(name);
      try (InputStream in = new GZIPInputStream(Files.newInputStream(
              ArchiveReaderTest.fixtures().resolve("ukwa-webarchive-discovery").resolve(name)));
          OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
        in.transferTo(out);
      }
      files.add(whole.toString());
    }
    return files;
  }

  @Test
  public void revisitsResolveInFilesGzippedAsAWholeToTheSamePayloadsAsInPerRecordGzip() throws IOException {
    Map<String, byte[]> perRecord = new HashMap<>();
    for (String name : List.of("BL-20140325121225068-00000-32090~opera~8443.warc.gz",
        "BL-20140325122341434-00000-32090~opera~8443.warc.gz")) {
      ArchiveReaderTest.read("ukwa-webarchive-discovery/" + name).pages
          .forEach(p -> perRecord.put(p.getRecordId(), ArchiveReaderTest.body(p)));
    }
    PCollectionTuple read = pipeline.apply("ReadArchives",
        ReadArchives.of(InputFiles.expand(String.join(",", wholeGzippedCrawls()))).withKeepSkipped(true));
    PAssert.that(read.get(ReadArchives.PAGES)).satisfies(pages -> {
      int revisits = 0;
      int count = 0;
      for (Page p : pages) {
        count++;
        byte[] expected = perRecord.get(p.getRecordId());
        if (expected == null) {
          // a resolved revisit: its payload is that of the response with its digest
          revisits++;
          Page original = null;
          for (Page q : pages) {
            if (q.getPayloadDigest() != null && q.getPayloadDigest().equals(p.getPayloadDigest())
                && perRecord.containsKey(q.getRecordId())) {
              original = q;
            }
          }
          assertTrue(p.getUrl(), original != null);
          assertArrayEquals(p.getUrl(), ArchiveReaderTest.body(original), ArchiveReaderTest.body(p));
        } else {
          assertArrayEquals(p.getUrl(), expected, ArchiveReaderTest.body(p));
        }
      }
      assertEquals(64, count);
      assertEquals(26, revisits);
      return null;
    });
    assertTallies(read.get(ReadArchives.TALLIES), 380, 64, 316, 0, Map.of("revisitUnresolved", 0L));
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void aRevisitWhoseOriginalCannotBeReadAgainIsSkippedWithTheReason() throws IOException {
    ArchiveReaderTest.Outcomes o = ArchiveReaderTest.read("warcio/example.warc.gz");
    Page stub = o.revisits.get(0);
    long offset = o.pages.get(0).getInputOffset();
    String gone = temp.getRoot().toPath().resolve("moved-away.warc.gz").toString();
    String changed = ArchiveReaderTest.fixtures().resolve("warcio/example-resource.warc.gz").toString();
    PCollectionTuple reread = pipeline
        .apply(Create.of(KV.of(gone, KV.of(offset, stub)), KV.of(changed, KV.of(offset, stub)))
            .withCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(VarLongCoder.of(), AvroCoder.specific(Page.class)))))
        .apply(GroupByKey.create())
        .apply(ParDo.of(new RevisitFns.ReadOriginalsAgainFn(5_000_000, true))
            .withOutputTags(ReadArchives.PAGES, TupleTagList.of(ReadArchives.REJECTED).and(ReadArchives.TALLIES)));
    reread.get(ReadArchives.PAGES).setCoder(AvroCoder.specific(Page.class));
    reread.get(ReadArchives.REJECTED).setCoder(AvroCoder.specific(Rejected.class));
    PAssert.that(reread.get(ReadArchives.PAGES)).empty();
    PAssert.that(reread.get(ReadArchives.REJECTED)).satisfies(rejected -> {
      Map<String, String> byFile = new HashMap<>();
      rejected.forEach(r -> {
        assertEquals("revisitUnresolved", r.getReason());
        byFile.put(r.getMessage().contains(gone) ? "gone" : "changed", r.getMessage());
      });
      assertTrue(byFile.toString(), byFile.get("gone").contains("could not be read again: cannot read " + gone));
      assertTrue(byFile.toString(), byFile.get("changed").endsWith("at byte " + offset + ", could not be read again"));
      return null;
    });
    PAssert.that(reread.get(ReadArchives.TALLIES).apply(Sum.longsPerKey()))
        .containsInAnyOrder(KV.of(Tally.skipped(ReadInputFileFn.STAGE, "revisitUnresolved").getKey(), 2L));
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void pagesGoOnWithoutWaitingForTheRevisits() throws IOException {
    read("warcio/example.warc.gz", "ukwa-webarchive-discovery/BL-20140325122341434-00000-32090~opera~8443.warc.gz");
    List<String> waiting = new ArrayList<>();
    pipeline.traverseTopologically(new Pipeline.PipelineVisitor.Defaults() {
      @Override
      public void visitPrimitiveTransform(TransformHierarchy.Node node) {
        boolean takesPages = node.getInputs().values().stream()
            .anyMatch(in -> in.getCoder() instanceof AvroCoder<?> coder && coder.getType() == Page.class);
        if (takesPages && !node.getTransform().getAdditionalInputs().isEmpty()) {
          waiting.add(node.getFullName());
        }
      }
    });
    assertEquals("steps that hold pages until a side input is complete", List.of(), waiting);
    pipeline.enableAbandonedNodeEnforcement(false);
  }
}
