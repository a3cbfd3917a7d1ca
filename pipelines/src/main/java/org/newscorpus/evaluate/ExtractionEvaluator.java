package org.newscorpus.evaluate;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.newscorpus.extract.ArticleExtractor;
import org.newscorpus.extract.Extraction;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Page;
import org.newscorpus.schema.PageFormat;

/**
 * Runs every page of a gold set through the pipeline's own {@link ArticleExtractor}, as the
 * pipeline would see a dump page with a known URL and no crawl date. Takes a {@link GoldSet} and
 * gives one {@link Result} per page, in the set's order, whatever the number of threads.
 *
 * <p>A page whose body is too short for an article is dropped as {@code notArticle}, as the pipeline
 * drops it. On a date-only set (htmldate's), whose pages need not be articles and whose tool answers
 * for every page, the result keeps that page's article all the same ({@link Result#unkept}).
 */
public final class ExtractionEvaluator {

  /**
   * What the extractor made of one gold page.
   *
   * @param gold the gold page
   * @param article the article, or null when the page was dropped
   * @param dropReason the drop reason ({@code notArticle}, {@code extractTimeout}, …), or null
   * @param nanos time spent in the extractor, parse included
   * @param unkept on a date-only set, the article of a page dropped as {@code notArticle}; else null
   */
  public record Result(GoldPage gold, Article article, String dropReason, long nanos, Article unkept) {

    /** A result without an unkept article. */
    public Result(GoldPage gold, Article article, String dropReason, long nanos) {
      this(gold, article, dropReason, nanos, null);
    }
  }

  private final ArticleExtractor extractor;
  private final ArticleExtractor everyPage;
  private final int threads;

  /** An evaluator of {@code extractor} on {@code threads} threads. */
  public ExtractionEvaluator(ArticleExtractor extractor, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive, was " + threads);
    }
    this.extractor = extractor;
    this.everyPage = extractor.keepingShortPages();
    this.threads = threads;
  }

  /** Extracts every page of {@code set}. A page file that cannot be read is an IOException. */
  public List<Result> run(GoldSet set) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Result>> futures = new ArrayList<>();
      boolean dateOnly = set.format() == GoldSet.Format.HTMLDATE;
      for (GoldPage gold : set.pages()) {
        futures.add(pool.submit(() -> extract(gold, dateOnly)));
      }
      List<Result> results = new ArrayList<>(futures.size());
      for (Future<Result> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Extracts one gold page; an extractor failure is a drop with reason {@code extractorError}. */
  public Result extract(GoldPage gold) throws IOException {
    return extract(gold, false);
  }

  /**
   * Extracts one gold page. With {@code dateOnly}, a page too short for an article is extracted all
   * the same, and its article is the result's {@link Result#unkept}.
   */
  Result extract(GoldPage gold, boolean dateOnly) throws IOException {
    Page page = page(gold);
    long start = System.nanoTime();
    Extraction e;
    try {
      e = (dateOnly ? everyPage : extractor).extract(page);
    } catch (RuntimeException | StackOverflowError ex) {
      e = new Extraction.Dropped("extractorError", ex.toString(), false);
    }
    long nanos = System.nanoTime() - start;
    if (e instanceof Extraction.Extracted x) {
      if (dateOnly && everyPage.tooShort(x)) {
        return new Result(gold, null, "notArticle", nanos, x.article());
      }
      return new Result(gold, x.article(), null, nanos);
    }
    return new Result(gold, null, ((Extraction.Dropped) e).reason(), nanos);
  }

  /** The page the pipeline would read for {@code gold}: a dump page with its gold URL. */
  static Page page(GoldPage gold) throws IOException {
    byte[] bytes = readMaybeGzipped(gold.file());
    String name = gold.file().getFileName().toString();
    boolean text = name.endsWith(".txt") || name.endsWith(".txt.gz");
    String uri = gold.file().toUri().toString();
    return Page.newBuilder()
        .setUrl(gold.url() != null ? gold.url() : uri)
        .setInputUri(uri)
        .setInputOffset(null)
        .setCaptureId(uri)
        .setUrlFromPath(gold.url() == null)
        .setCrawledAt(null)
        .setContentType(null)
        .setFormat(text ? PageFormat.TEXT : PageFormat.HTML)
        .setBody(ByteBuffer.wrap(bytes))
        .build();
  }

  /** The file's bytes, gunzipped when they start with gzip's magic bytes. */
  public static byte[] readMaybeGzipped(Path file) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
      raw.mark(2);
      int b1 = raw.read();
      int b2 = raw.read();
      raw.reset();
      if (b1 == 0x1f && b2 == 0x8b) {
        try (InputStream in = new GZIPInputStream(raw, 64 * 1024)) {
          return in.readAllBytes();
        }
      }
      return raw.readAllBytes();
    }
  }
}
