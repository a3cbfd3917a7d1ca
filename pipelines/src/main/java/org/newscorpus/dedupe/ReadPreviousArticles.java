package org.newscorpus.dedupe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.extensions.avro.io.AvroDatumFactory;
import org.apache.beam.sdk.extensions.avro.io.AvroIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.newscorpus.schema.Article;

/**
 * Reads the articles of an earlier run's dataset ({@code --previousOutput}) with {@code AvroIO},
 * for an incremental run.
 *
 * <p>{@link #check} runs in the driver before the pipeline starts: the folder must hold a
 * completed dataset ({@code _SUCCESS}) written with {@code --dedupe=mark} (a {@code drop} dataset
 * lacks the republications, so their stories could not be continued), and it must not be the
 * output folder, which the run replaces.
 */
public final class ReadPreviousArticles extends PTransform<PBegin, PCollection<Article>> {

  private final String folder;

  private ReadPreviousArticles(String folder) {
    this.folder = folder;
  }

  /** Reads {@code folder/articles/**}{@code /*.avro}. */
  public static ReadPreviousArticles from(String folder) {
    Objects.requireNonNull(folder, "folder");
    return new ReadPreviousArticles(stripSlash(folder));
  }

  @Override
  public PCollection<Article> expand(PBegin begin) {
    return begin.apply("ReadAvro", AvroIO.read(Article.class)
        .withDatumReaderFactory(AvroDatumFactory.specific(Article.class))
        .withCoder(AvroCoder.specific(Article.class))
        .from(folder + "/articles/**.avro")
        .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW));
  }

  /**
   * Checks that {@code folder} holds a dataset this run can extend into {@code output}.
   *
   * @throws IllegalArgumentException naming the problem, for the driver to report as a usage error
   */
  public static void check(String folder, String output) throws IOException {
    String previous = stripSlash(folder);
    if (samePlace(previous, stripSlash(output))) {
      throw new IllegalArgumentException(
          "--previousOutput must not be --output (" + output + "): the run replaces its output folder");
    }
    if (!exists(previous + "/_SUCCESS")) {
      throw new IllegalArgumentException(
          "--previousOutput=" + folder + " holds no completed dataset (no _SUCCESS)");
    }
    String summary = previous + "/_SUMMARY.json";
    if (exists(summary)) {
      try (InputStream in = Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(summary, false)))) {
        JsonNode mode = new ObjectMapper().readTree(in).get("dedupe");
        if (mode != null && !"mark".equals(mode.asText())) {
          throw new IllegalArgumentException(
              "--previousOutput=" + folder + " was written with --dedupe=" + mode.asText()
                  + " and lacks its republications; extend a dataset written with --dedupe=mark");
        }
      }
    }
  }

  private static boolean samePlace(String a, String b) {
    if (a.contains("://") || b.contains("://")) {
      return a.equals(b);
    }
    Path pa = Paths.get(a).toAbsolutePath().normalize();
    Path pb = Paths.get(b).toAbsolutePath().normalize();
    return pa.equals(pb);
  }

  private static boolean exists(String spec) throws IOException {
    MatchResult m = FileSystems.match(spec, EmptyMatchTreatment.ALLOW);
    return m.status() == MatchResult.Status.OK && !m.metadata().isEmpty();
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") && s.length() > 1 ? s.substring(0, s.length() - 1) : s;
  }
}
