package org.newscorpus.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a gold set from a folder or a file, recognising its format by its layout:
 *
 * <ul>
 *   <li>a folder with {@code ground-truth/*.json}: WCXB ({@code ../shared/eval/extraction/wcxb-dev});
 *   <li>a folder with {@code metadata-expectations.json}: trafilatura's set;
 *   <li>a folder whose {@code expectations.json} holds {@code items}: htmldate's date set;
 *   <li>a {@code .jsonl} file: one page per line, {@code {"html_path": …, "text": …, "title": …,
 *       "date": "YYYY-MM-DD", "authors": [...]}} (optional {@code url}, {@code id}); {@code
 *       html_path} is relative to the file's folder unless absolute.
 * </ul>
 *
 * A page file may be stored gzipped as {@code NAME.gz}. A malformed set is an {@link IOException}
 * that names the file.
 */
public final class GoldSets {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldSets() {}

  /** Reads the gold set at {@code location}. */
  public static GoldSet read(Path location) throws IOException {
    if (!Files.exists(location)) {
      throw new FileNotFoundException("no gold set at " + location);
    }
    String name = location.getFileName() == null ? location.toString() : location.getFileName().toString();
    if (Files.isRegularFile(location)) {
      if (!name.endsWith(".jsonl")) {
        throw new IOException(location + ": a gold file must be a .jsonl file of {html_path, text, title, date, authors}");
      }
      return new GoldSet(name, location, GoldSet.Format.JSONL, jsonl(location));
    }
    if (Files.isDirectory(location.resolve("ground-truth"))) {
      return new GoldSet(name, location, GoldSet.Format.WCXB, wcxb(location));
    }
    if (Files.isRegularFile(location.resolve("metadata-expectations.json"))) {
      return new GoldSet(name, location, GoldSet.Format.TRAFILATURA, trafilatura(location));
    }
    if (Files.isRegularFile(location.resolve("expectations.json"))) {
      return new GoldSet(name, location, GoldSet.Format.HTMLDATE, htmldate(location));
    }
    throw new IOException(
        location + ": not a gold set (expected ground-truth/, metadata-expectations.json, expectations.json or a .jsonl file)");
  }

  private static List<GoldPage> wcxb(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir.resolve("ground-truth"))) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    List<GoldPage> pages = new ArrayList<>();
    for (Path f : files) {
      JsonNode root = parse(f);
      JsonNode g = root.path("ground_truth");
      String id = f.getFileName().toString().replaceFirst("\\.json$", "");
      pages.add(
          new GoldPage(
              id,
              pageFile(dir.resolve("html"), id + ".html"),
              text(root, "url"),
              text(g, "main_content"),
              text(g, "title"),
              text(g, "publish_date"),
              strings(g.path("author")),
              null,
              strings(g.path("with")),
              strings(g.path("without"))));
    }
    return pages;
  }

  private static List<GoldPage> trafilatura(Path dir) throws IOException {
    JsonNode snippets = parse(dir.resolve("expectations.json"));
    JsonNode meta = parse(dir.resolve("metadata-expectations.json"));
    List<GoldPage> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = snippets.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode s = e.getValue();
      JsonNode m = meta.path(e.getKey());
      pages.add(
          new GoldPage(
              e.getKey(),
              pageFile(dir.resolve("html"), e.getKey()),
              text(s, "url") != null ? text(s, "url") : text(m, "url"),
              null,
              text(m, "title"),
              text(m, "date"),
              strings(m.path("author")),
              text(m, "sitename"),
              strings(s.path("with")),
              strings(s.path("without"))));
    }
    pages.sort(Comparator.comparing(GoldPage::id));
    return pages;
  }

  private static List<GoldPage> htmldate(Path dir) throws IOException {
    JsonNode items = parse(dir.resolve("expectations.json")).path("items");
    if (!items.isObject()) {
      throw new IOException(dir.resolve("expectations.json") + ": no \"items\" object of url -> {file, date}");
    }
    List<GoldPage> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = items.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String file = text(e.getValue(), "file");
      if (file == null) {
        throw new IOException(dir.resolve("expectations.json") + ": item " + e.getKey() + " names no file");
      }
      pages.add(
          new GoldPage(e.getKey(), pageFile(dir.resolve("html"), file), e.getKey(), null, null,
              text(e.getValue(), "date"), List.of(), null, List.of(), List.of()));
    }
    pages.sort(Comparator.comparing(GoldPage::id));
    return pages;
  }

  private static List<GoldPage> jsonl(Path file) throws IOException {
    Path base = file.toAbsolutePath().getParent();
    List<GoldPage> pages = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode r;
        try {
          r = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IOException(file + ":" + number + ": not JSON: " + e.getOriginalMessage(), e);
        }
        String path = text(r, "html_path");
        if (path == null) {
          throw new IOException(file + ":" + number + ": no html_path");
        }
        String id = text(r, "id") != null ? text(r, "id") : String.valueOf(number);
        pages.add(
            new GoldPage(id, pageFile(base, path), text(r, "url"), text(r, "text"), text(r, "title"),
                text(r, "date"), strings(r.path("authors")), text(r, "site_name"), strings(r.path("with")),
                strings(r.path("without"))));
      }
    }
    return pages;
  }

  /** The page file {@code name} in {@code dir}, or its gzipped {@code name.gz} when only that exists. */
  static Path pageFile(Path dir, String name) {
    Path plain = dir.resolve(name);
    Path gz = dir.resolve(name + ".gz");
    return !Files.exists(plain) && Files.exists(gz) ? gz : plain;
  }

  private static JsonNode parse(Path f) throws IOException {
    try {
      return JSON.readTree(f.toFile());
    } catch (IOException e) {
      throw new IOException(f + ": not valid JSON: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    if (v.isMissingNode() || v.isNull()) {
      return null;
    }
    String s = v.asText();
    return s.isEmpty() ? null : s;
  }

  /** A string or an array of strings, as a list; null or empty gives an empty list. */
  private static List<String> strings(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v.isArray()) {
      for (JsonNode e : v) {
        if (e.isTextual() && !e.asText().isBlank()) {
          out.add(e.asText());
        }
      }
    } else if (v.isTextual() && !v.asText().isBlank()) {
      out.add(v.asText());
    }
    return out;
  }
}
