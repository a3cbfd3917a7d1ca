package org.newscorpus.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newscorpus.dedupe.DedupeConfig;
import org.newscorpus.dedupe.Fingerprint;
import org.newscorpus.dedupe.LinkGuards;
import org.newscorpus.dedupe.Signer;
import org.newscorpus.dedupe.Similarity;
import org.newscorpus.dedupe.StoryAssembler;
import org.newscorpus.extract.ArticleExtractor;
import org.newscorpus.extract.Extraction;
import org.newscorpus.read.ArchiveReader;
import org.newscorpus.read.RecordSink;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Page;

/**
 * The seams between the benchmarks and the stages: loading a sample of the corpus' pages, one
 * page's extraction, and signatures plus dedupe of a batch of articles, each through the stage's
 * own entry point. When a stage changes its entry point, only this class changes.
 */
final class Stages {

  /** The corpus folder (of {@code scripts/bench.sh}), as a system property. */
  static final String CORPUS = "newscorpus.bench.corpus";

  private Stages() {}

  /** The first {@code count} pages of the corpus' {@code .warc.gz} files, in file order. */
  static List<Page> samplePages(int count) {
    String dir = System.getProperty(CORPUS);
    if (dir == null) {
      throw new IllegalStateException("set -D" + CORPUS + "=FOLDER, a folder of .warc.gz (scripts/bench.sh does)");
    }
    List<Page> pages = new ArrayList<>();
    try (Stream<Path> listing = Files.list(Path.of(dir))) {
      for (Path file : listing.filter(f -> f.toString().endsWith(".warc.gz")).sorted().toList()) {
        try (FileChannel channel = FileChannel.open(file)) {
          new ArchiveReader(5L << 20).read(file.toString(), channel, new RecordSink() {
            @Override
            public void page(Page page) {
              if (pages.size() < count) {
                pages.add(page);
              }
            }

            @Override
            public void revisit(Page stub) {}

            @Override
            public void skipped(String reason, Long offset, String url) {}

            @Override
            public void rejected(String reason, Long offset, String url, String message, byte[] excerpt) {}
          });
        }
        if (pages.size() >= count) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (pages.isEmpty()) {
      throw new IllegalStateException("no pages in " + dir);
    }
    return pages;
  }

  /** One page's extraction: the article, or null when the page is dropped. */
  static Article extract(ArticleExtractor extractor, Page page) {
    Extraction result = extractor.extract(page);
    return result instanceof Extraction.Extracted extracted ? extracted.article() : null;
  }

  /**
   * Signatures and dedupe of a batch, the dedupe stage's own logic without the runner: each
   * article signed ({@link Signer}), candidates from shared LSH buckets and exact copies (buckets
   * over the configured size skipped, as the stage caps them), pairs verified on their shingle sets
   * and {@link LinkGuards}, components joined, each assembled into a story. Gives the number of
   * stories.
   */
  static int dedupe(List<Article> articles) {
    DedupeConfig config = DedupeConfig.DEFAULT;
    Signer signer = new Signer(config);
    List<Fingerprint> prints = new ArrayList<>(articles.size());
    Map<Long, List<Integer>> buckets = new HashMap<>();
    for (Article article : articles) {
      Signer.Signed signed = signer.sign(article);
      int i = prints.size();
      prints.add(signed.fingerprint());
      long[] b = signed.buckets();
      for (int band = 0; band < b.length; band++) {
        buckets.computeIfAbsent(b[band] * 31 + band, k -> new ArrayList<>()).add(i);
      }
      buckets.computeIfAbsent(signed.fingerprint().exactHi() * 31 + config.exactBand(), k -> new ArrayList<>()).add(i);
    }
    int[] parent = new int[prints.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (List<Integer> members : buckets.values()) {
      if (members.size() < 2 || members.size() > config.maxBucketSize()) {
        continue;
      }
      for (int x = 0; x < members.size(); x++) {
        for (int y = x + 1; y < members.size(); y++) {
          Fingerprint a = prints.get(members.get(x));
          Fingerprint b = prints.get(members.get(y));
          boolean texts = a.sameTextAs(b) || Similarity.of(a.shingles(), b.shingles()).links(config);
          if (texts && LinkGuards.check(a, b, config) == LinkGuards.Verdict.ALLOWED) {
            parent[root(parent, members.get(x))] = root(parent, members.get(y));
          }
        }
      }
    }
    Map<Integer, List<Fingerprint>> components = new HashMap<>();
    for (int i = 0; i < parent.length; i++) {
      components.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(prints.get(i));
    }
    int stories = 0;
    for (List<Fingerprint> members : components.values()) {
      stories += StoryAssembler.assemble(members).marks().isEmpty() ? 0 : 1;
    }
    return stories;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
