package org.newscorpus.pipeline;

import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * The incremental acceptance on the labelled corpus: {@code ../shared/eval/republish-dev}'s WARC
 * parts split at their median crawl date ({@code WARC-Date} of the responses), the earlier half
 * run first and the later half run with it as {@code --previousOutput}, give the stories of one run
 * over everything ({@link IncrementalRunIT#assertIncremental}). Skipped when {@code ../shared} is
 * absent; three DirectRunner runs over 1,829 pages, hence slow.
 */
public class IncrementalRepublishDevSlowIT {

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void republishDevSplitByCrawlDateGivesTheStoriesOfOneRun() throws Exception {
    Path warcs = DatasetForUsersSlowIT.REPUBLISH_DEV;
    assumeTrue("needs " + warcs, Files.isDirectory(warcs));
    List<Path> parts;
    try (Stream<Path> s = Files.list(warcs)) {
      parts = s.filter(p -> p.getFileName().toString().endsWith(".warc.gz")).sorted().toList();
    }
    Instant cut = medianResponseDate(parts);
    Path early = tmp.newFolder("early").toPath();
    Path late = tmp.newFolder("late").toPath();
    int[] pages = new int[2];
    for (int i = 0; i < parts.size(); i++) {
      Path e = Files.createDirectory(early.resolve("p" + i));
      Path l = Files.createDirectory(late.resolve("p" + i));
      int[] split = IncrementalRunIT.splitByCrawlDate(parts.get(i), cut, e, l);
      pages[0] += split[0];
      pages[1] += split[1];
    }
    assertTrue("both halves hold pages: " + pages[0] + "/" + pages[1], pages[0] > 500 && pages[1] > 500);
    IncrementalRunIT.assertIncremental(early, late, tmp.getRoot().toPath());
  }

  private static Instant medianResponseDate(List<Path> parts) throws Exception {
    List<Instant> dates = new ArrayList<>();
    for (Path part : parts) {
      try (FileChannel ch = FileChannel.open(part); WarcReader reader = new WarcReader(ch)) {
        for (WarcRecord r : reader) {
          if (r.type().equals("response")) {
            dates.add(r.date());
          }
        }
      }
    }
    Collections.sort(dates);
    return dates.get(dates.size() / 2);
  }
}
