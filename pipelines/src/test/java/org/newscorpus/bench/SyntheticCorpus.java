package org.newscorpus.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumWriter;
import org.newscorpus.dedupe.TextNormalizer;
import org.newscorpus.schema.Article;

/**
 * Generates a corpus of extracted articles with known duplicate groups for the dedupe benchmark
 * ({@code scripts/bench-dedupe.sh}): Avro files of {@code Article} and {@code groups.tsv}, one
 * {@code id<TAB>group} line per article, the group named {@code kind:n}.
 *
 * <p>Texts are drawn word by word from a made-up vocabulary with a Zipf-like law, so that common
 * words repeat as in real prose. Kinds of groups:
 *
 * <ul>
 *   <li>{@code single}: articles republished nowhere (the bulk of a crawl);
 *   <li>{@code story}: an original with 1 to 6 copies: verbatim, light edits (a dateline, a few
 *       words changed, a closing update line), trims (the last paragraph dropped) and excerpts
 *       (the first 40 to 60% with a credit line);
 *   <li>{@code wire}: one story republished {@code --wireCopies} times, each copy lightly edited;
 *   <li>{@code boiler}: {@code --boilerplatePages} unrelated articles that all open with the same
 *       long boilerplate paragraph (each is its own group: they must stay apart).
 * </ul>
 *
 * <pre>
 * java -cp ... org.newscorpus.bench.SyntheticCorpus OUT_DIR [articles=200000] [wireCopies=2000]
 *     [boilerplatePages=5000] [seed=1]
 * </pre>
 */
public final class SyntheticCorpus {

  private static final int VOCABULARY = 30_000;
  private static final LocalDate DAY = LocalDate.of(2025, 11, 1);

  private final Random random;
  private final String[] words = new String[VOCABULARY];
  private final DataFileWriter<Article> out;
  private final BufferedWriter groups;
  private long written;

  private SyntheticCorpus(long seed, DataFileWriter<Article> out, BufferedWriter groups) {
    this.random = new Random(seed);
    this.out = out;
    this.groups = groups;
    for (int i = 0; i < VOCABULARY; i++) {
      StringBuilder w = new StringBuilder();
      int len = 2 + random.nextInt(9);
      for (int j = 0; j < len; j++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      words[i] = w.toString();
    }
  }

  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args[0]);
    int total = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
    int wireCopies = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
    int boilerplatePages = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
    long seed = args.length > 4 ? Long.parseLong(args[4]) : 1L;
    Files.createDirectories(dir);
    try (DataFileWriter<Article> avro = new DataFileWriter<>(new SpecificDatumWriter<>(Article.class));
        BufferedWriter groups = Files.newBufferedWriter(dir.resolve("groups.tsv"), StandardCharsets.UTF_8)) {
      avro.setCodec(CodecFactory.deflateCodec(1));
      avro.create(Article.getClassSchema(), dir.resolve("articles.avro").toFile());
      SyntheticCorpus c = new SyntheticCorpus(seed, avro, groups);
      c.generate(total, wireCopies, boilerplatePages);
      System.out.println("articles " + c.written + " in " + dir);
    }
  }

  private void generate(int total, int wireCopies, int boilerplatePages) throws IOException {
    String wire = text(400);
    emit("wire:0", "wire.example/original", DAY, wire);
    for (int i = 1; i <= wireCopies; i++) {
      emit("wire:0", "site" + (i % 500) + ".example/wire/" + i, DAY.plusDays(1 + i % 3), lightEdit(wire));
    }
    String boilerplate = text(120);
    for (int i = 0; i < boilerplatePages; i++) {
      emit("boiler:" + i, "portal" + (i % 50) + ".example/page/" + i, DAY.plusDays(i % 30), boilerplate + "\n\n" + text(250 + random.nextInt(200)));
    }
    int story = 0;
    while (written < total) {
      String text = text(150 + random.nextInt(700));
      String group;
      int copies;
      if (random.nextInt(10) < 6) {
        group = "single:" + story;
        copies = 0;
      } else {
        group = "story:" + story;
        copies = 1 + random.nextInt(6);
      }
      LocalDate day = DAY.plusDays(random.nextInt(60));
      emit(group, "origin" + (story % 1000) + ".example/" + story, day, text);
      for (int k = 1; k <= copies && written < total; k++) {
        String copy = switch (random.nextInt(4)) {
          case 0 -> text;
          case 1 -> lightEdit(text);
          case 2 -> trim(text);
          default -> excerpt(text);
        };
        emit(group, "copy" + random.nextInt(1000) + ".example/" + story + "/" + k, day.plusDays(random.nextInt(3)), copy);
      }
      story++;
    }
  }

  /** Words drawn with a Zipf-like law (rank ~ 1/u), in paragraphs of about 60 words. */
  private String text(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(i % 60 == 0 ? "\n\n" : " ");
      }
      double u = random.nextDouble();
      int rank = (int) Math.min(VOCABULARY - 1, Math.floor(Math.pow(VOCABULARY, u)) - 1);
      sb.append(words[rank]);
    }
    return sb.append('.').toString();
  }

  private String lightEdit(String text) {
    String[] w = text.split(" ");
    for (int k = 0; k < 3; k++) {
      w[random.nextInt(w.length)] = words[random.nextInt(VOCABULARY)];
    }
    return "RABAT (MAP) – " + String.join(" ", w) + "\n\nUpdate: " + text(12);
  }

  private static String trim(String text) {
    int cut = text.lastIndexOf("\n\n");
    return cut > text.length() / 2 ? text.substring(0, cut) : text;
  }

  private String excerpt(String text) {
    int end = (int) (text.length() * (0.4 + 0.2 * random.nextDouble()));
    int space = text.indexOf(' ', end);
    return text.substring(0, space < 0 ? text.length() : space) + "\n\nSource: origin.example";
  }

  private void emit(String group, String path, LocalDate day, String text) throws IOException {
    String id = String.format(Locale.ROOT, "a%07d", written);
    String host = path.substring(0, path.indexOf('/'));
    out.append(Article.newBuilder()
        .setId(id)
        .setUrl("https://" + path)
        .setSite(host)
        .setSource(host)
        .setText(text)
        .setAuthors(List.of())
        .setPublishedDate(day)
        .setLanguage("en")
        .setInputUri("synthetic")
        .setContentHash(TextNormalizer.contentHash(text))
        .setStoryId(id)
        .setIsCanonical(true)
        .setStorySize(1)
        .build());
    groups.write(id + "\t" + group + "\n");
    written++;
  }

}
