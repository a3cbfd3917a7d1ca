package org.newscorpus.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newscorpus.dedupe.StoryAssembler;
import org.newscorpus.dedupe.TextNormalizer;
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
   * Signatures and dedupe of a batch: each article's signature from its text, the articles grouped
   * by signature, and each group assembled into a story. Gives the number of stories.
   */
  static int dedupe(List<Article> articles) {
    Map<String, List<Article>> bySignature = new LinkedHashMap<>();
    for (Article article : articles) {
      bySignature.computeIfAbsent(TextNormalizer.contentHash(article.getText()), k -> new ArrayList<>()).add(article);
    }
    int stories = 0;
    for (List<Article> members : bySignature.values()) {
      stories += StoryAssembler.exactCopies(members).articles().isEmpty() ? 0 : 1;
    }
    return stories;
  }
}
