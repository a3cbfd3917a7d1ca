package org.newscorpus.accounting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;

public class SumTalliesTest {

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  @Test
  public void everyKeyGetsItsTotalOnceHoweverManyInputFilesThereAre() {
    List<KV<String, Long>> tallies = new ArrayList<>();
    Map<String, Long> expected = new HashMap<>();
    // a folder of 3,000 dumped pages: a records and a pages tally per file, and some shared reasons
    for (int i = 0; i < 3000; i++) {
      String file = "/crawl/html/lematin.ma/page-" + i + ".html.gz";
      add(tallies, expected, Tally.records(file, 1));
      add(tallies, expected, Tally.pages(file));
      add(tallies, expected, i % 3 == 0 ? Tally.skipped("read", "notHtml") : Tally.of(Tally.ARTICLES));
    }
    add(tallies, expected, Tally.skipped("read", "notHtml", 7));
    add(tallies, expected, Tally.rejected("extract", "notArticle"));

    PCollection<KV<String, Long>> sums =
        pipeline
            .apply(Create.of(tallies).withCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())))
            .apply(SumTallies.perKey());

    List<KV<String, Long>> want = new ArrayList<>();
    expected.forEach((k, n) -> want.add(KV.of(k, n)));
    PAssert.that(sums).containsInAnyOrder(want);
    pipeline.run();
  }

  @Test
  public void noTalliesGiveNoTotals() {
    PCollection<KV<String, Long>> sums =
        pipeline
            .apply(Create.empty(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())))
            .apply(SumTallies.perKey());
    PAssert.that(sums).empty();
    pipeline.run();
  }

  private static void add(List<KV<String, Long>> tallies, Map<String, Long> expected, KV<String, Long> tally) {
    tallies.add(tally);
    expected.merge(tally.getKey(), tally.getValue(), Long::sum);
  }
}
