package org.newscorpus.read;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.newscorpus.report.RunReport;

/**
 * Expands the {@code --input} value (comma-separated globs and folders) into the sorted list of
 * files the pipeline reads, through Beam's {@link FileSystems}, so every registered scheme works.
 * A part that matches nothing is joined with the parts after it, so a name that holds a comma
 * ({@code crawl,2021.warc.gz}) is still read.
 *
 * <p>A folder stands for every supported file below it. A glob keeps the files whose names the
 * pipeline reads ({@link InputFormat}). Each file also gets its path relative to the folder or
 * glob base it was found under: a dump file's URL is derived from it when the page names none.
 */
public final class InputFiles {

  /** One input file: its URI, its size, and its path below the spec that found it. */
  public record InputFile(String uri, long sizeBytes, String relativePath) implements Serializable {}

  private InputFiles() {}

  /**
   * Expands every spec of {@code input} and returns the files sorted by URI, each once, however
   * many specs or paths lead to it.
   *
   * @throws FileNotFoundException naming the spec when a spec matches no supported file.
   */
  public static List<InputFile> expand(String input) throws IOException {
    Objects.requireNonNull(input, "input");
    Map<String, InputFile> files = new TreeMap<>();
    String[] parts = input.split(",", -1);
    for (int i = 0; i < parts.length; i++) {
      String spec = parts[i].trim();
      if (spec.isEmpty()) {
        continue;
      }
      List<InputFile> found = expandOne(spec);
      // a comma in a file or folder name: the spec joined with the parts that follow names it
      String joined = parts[i];
      for (int j = i + 1; found.isEmpty() && j < parts.length; j++) {
        joined = joined + "," + parts[j];
        List<InputFile> whole = expandOne(joined.trim());
        if (!whole.isEmpty()) {
          found = whole;
          i = j;
        }
      }
      if (found.isEmpty()) {
        throw new FileNotFoundException(
            "--input: '" + spec + "' matches no .warc, .warc.gz, .arc, .arc.gz, .wacz, .html, .htm or .txt"
                + " file (a folder is searched recursively)");
      }
      for (InputFile file : found) {
        files.putIfAbsent(file.uri(), file);
      }
    }
    if (files.isEmpty()) {
      throw new FileNotFoundException("--input names no file");
    }
    return onceEach(files.values());
  }

  /**
   * The files without their other names: a local file reached under several paths (through a
   * symbolic link to a folder, or a link loop, which the folder search follows until the system's
   * link limit) is kept once, so it is read once: under its real path when that is among them, else
   * under the shortest. Files of other schemes, and local files whose real path cannot be resolved,
   * are kept as they are.
   */
  static List<InputFile> onceEach(Collection<InputFile> files) {
    Map<Object, InputFile> byFile = new HashMap<>();
    for (InputFile file : files) {
      Object real = realPath(file.uri());
      Comparator<InputFile> better =
          Comparator.comparing((InputFile f) -> !real.equals(localPath(f.uri())))
              .thenComparingInt(f -> f.uri().length())
              .thenComparing(InputFile::uri);
      byFile.merge(real, file, (kept, other) -> better.compare(other, kept) < 0 ? other : kept);
    }
    List<InputFile> out = new ArrayList<>(byFile.values());
    out.sort(Comparator.comparing(InputFile::uri));
    return out;
  }

  /** The real path of a local file's URI; the URI itself for another scheme or when it cannot be resolved. */
  private static Object realPath(String uri) {
    Path local = localPath(uri);
    try {
      return local == null ? uri : local.toRealPath();
    } catch (IOException | RuntimeException e) {
      return uri;
    }
  }

  /** The path of a local file's URI, or null for another scheme or a URI that is not a path. */
  private static Path localPath(String uri) {
    try {
      return uri.startsWith("file:") ? Path.of(URI.create(uri)) : uri.startsWith("/") ? Path.of(uri) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static List<InputFile> expandOne(String spec) throws IOException {
    String pattern = spec;
    String base;
    if (hasWildcard(spec)) {
      base = spec.substring(0, spec.substring(0, firstWildcard(spec)).lastIndexOf('/') + 1);
    } else if (spec.endsWith("/") || isDirectory(spec)) {
      base = spec.endsWith("/") ? spec : spec + "/";
      pattern = base + "**";
    } else {
      int slash = spec.lastIndexOf('/');
      base = slash >= 0 ? spec.substring(0, slash + 1) : "";
    }
    MatchResult match = FileSystems.match(pattern, EmptyMatchTreatment.ALLOW);
    List<InputFile> out = new ArrayList<>();
    if (match.status() != MatchResult.Status.OK) {
      return out;
    }
    String baseUri = base.isEmpty() ? null : resolvedPrefix(base);
    for (MatchResult.Metadata metadata : match.metadata()) {
      ResourceId id = metadata.resourceId();
      if (id.isDirectory() || InputFormat.forFileName(id.getFilename()) == null || isRunReport(id)) {
        continue;
      }
      String uri = id.toString();
      String relative =
          baseUri != null && uri.startsWith(baseUri) ? uri.substring(baseUri.length()) : id.getFilename();
      out.add(new InputFile(uri, metadata.sizeBytes(), relative));
    }
    return out;
  }

  /**
   * True for the {@code report.html} of a newscorpus dataset (beside its {@code _SUMMARY.json}): an
   * output folder inside the input folder, or an earlier run's, holds no page to read.
   */
  static boolean isRunReport(ResourceId file) {
    if (!RunReport.FILE_NAME.equals(file.getFilename())) {
      return false;
    }
    try {
      ResourceId summary = file.getCurrentDirectory().resolve("_SUMMARY.json", StandardResolveOptions.RESOLVE_FILE);
      MatchResult match = FileSystems.match(summary.toString(), EmptyMatchTreatment.ALLOW);
      return match.status() == MatchResult.Status.OK && !match.metadata().isEmpty();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean isDirectory(String spec) throws IOException {
    MatchResult match = FileSystems.match(spec, EmptyMatchTreatment.ALLOW);
    if (match.status() != MatchResult.Status.OK) {
      return false;
    }
    List<MatchResult.Metadata> metadata = match.metadata();
    return metadata.size() == 1 && metadata.get(0).resourceId().isDirectory();
  }

  /** The URI prefix under which matched files of {@code base} appear (an absolute path for a local folder). */
  private static String resolvedPrefix(String base) {
    try {
      ResourceId dir = FileSystems.matchNewResource(base, true);
      String uri = dir.toString();
      return uri.endsWith("/") ? uri : uri + "/";
    } catch (RuntimeException e) {
      return base;
    }
  }

  private static boolean hasWildcard(String spec) {
    return firstWildcard(spec) >= 0;
  }

  private static int firstWildcard(String spec) {
    int best = -1;
    for (char c : new char[] {'*', '?', '['}) {
      int i = spec.indexOf(c);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }
}
