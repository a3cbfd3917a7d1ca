package org.newscorpus.write;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * The output folder's life cycle, run by the driver around the pipeline: refuse to write over a
 * dataset unless asked, clear the old one when asked, and finish a completed run with {@code
 * _SUMMARY.json} and then {@code _SUCCESS}. Works on any Beam FileSystems scheme.
 */
public final class OutputFolder {

  /** Entries of a dataset, relative to the output folder. */
  static final String[] DATASET_ENTRIES = {
    "_SUCCESS", "_SUMMARY.json", "report.html", "articles", "stories", "rejected", WriteDataset.ACCOUNTING_DIR
  };

  /**
   * Where {@code --overwrite} keeps the dataset it replaces in a local folder until the run has
   * written its own: a failed run puts it back. Readers skip folders whose name starts with a dot.
   */
  static final String REPLACED = ".newscorpus-replaced";

  private final String output;
  /** This run moved a dataset aside (or found one moved aside by a run that was stopped), to replace it. */
  private boolean replacing;

  public OutputFolder(String output) {
    if (output == null || output.isBlank()) {
      throw new IllegalArgumentException("--output is required");
    }
    this.output = output.endsWith("/") && output.length() > 1 ? output.substring(0, output.length() - 1) : output;
  }

  public String path() {
    return output;
  }

  /**
   * Makes the folder ready for a run: a local folder must be one the run can create and write in;
   * with a dataset present, refuses unless {@code overwrite}. Then that dataset (and nothing else)
   * is moved aside into {@link #REPLACED} in a local folder, until {@link #finish} deletes it or
   * {@link #abandon} puts it back; in an object store it is deleted at once.
   *
   * @throws IllegalStateException naming the folder and the way out when a dataset is present, or
   *     when a local folder cannot be created or written in (checked before anything is deleted)
   */
  public void prepare(boolean overwrite) throws IOException {
    checkWritable();
    List<String> present = new ArrayList<>();
    for (String entry : DATASET_ENTRIES) {
      if (exists(output + "/" + entry) || !files(output + "/" + entry + "/**").isEmpty()) {
        present.add(entry);
      }
    }
    if (present.isEmpty()) {
      return;
    }
    if (!overwrite) {
      throw new IllegalStateException(
          "--output=" + output + " already holds a dataset (" + String.join(", ", present)
              + "); choose another folder or pass --overwrite to replace it");
    }
    Path local = localPath(output);
    if (local == null) {
      // an object store has no cheap move: the dataset goes now
      for (String entry : present) {
        delete(output + "/" + entry);
      }
      return;
    }
    Path kept = local.resolve(REPLACED);
    replacing = true;
    if (Files.exists(kept)) {
      // an earlier run that replaced a dataset was stopped before it ended: what is in the folder is
      // that run's partial output, and the dataset it replaced is still the one kept aside
      for (String entry : present) {
        delete(output + "/" + entry);
      }
      return;
    }
    Files.createDirectories(kept);
    for (String entry : present) {
      Files.move(local.resolve(entry), kept.resolve(entry));
    }
  }

  /**
   * After a run that failed: removes what it wrote and, when it was to replace a dataset in a local
   * folder, puts that dataset back. Returns what was done, for the user.
   */
  public String abandon() throws IOException {
    for (String entry : DATASET_ENTRIES) {
      delete(output + "/" + entry);
    }
    Path local = localPath(output);
    Path kept = local == null ? null : local.resolve(REPLACED);
    if (!replacing || !Files.isDirectory(kept)) {
      return "its partial output is removed";
    }
    try (Stream<Path> entries = Files.list(kept)) {
      for (Path entry : entries.toList()) {
        Files.move(entry, local.resolve(entry.getFileName()));
      }
    }
    Files.delete(kept);
    return "its partial output is removed and the dataset it was to replace is back in place";
  }

  /**
   * Creates a local output folder and checks that files can be made in it, so that a folder the
   * run cannot write fails at once, with its reason, instead of after all the reading and
   * extraction. Object stores (gs://, s3://) have no folders to check; their writes say for
   * themselves.
   */
  private void checkWritable() {
    try {
      Path local = localPath(output);
      if (local == null) {
        return;
      }
      Files.createDirectories(local);
      Path probe = Files.createTempFile(local, ".newscorpus-write-check", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException | InvalidPathException e) {
      throw new IllegalStateException("--output=" + output + " cannot be written: " + reason(e));
    }
  }

  /** What went wrong, in the words of the file system: "Not a directory", "Permission denied", … */
  private static String reason(Exception e) {
    if (e instanceof FileAlreadyExistsException exists) {
      return exists.getFile() + " is a file, not a folder";
    }
    if (e instanceof AccessDeniedException denied) {
      return "permission denied (" + denied.getFile() + ")";
    }
    if (e instanceof NoSuchFileException missing) {
      return missing.getFile() + " cannot be created there";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason() + " (" + fs.getFile() + ")";
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /** Writes {@code _SUMMARY.json}, removes the pipeline's scratch accounting, then writes {@code _SUCCESS}. */
  public void finish(String summaryJson) throws IOException {
    write(output + "/_SUMMARY.json", summaryJson);
    delete(output + "/" + WriteDataset.ACCOUNTING_DIR);
    for (String dataset : new String[] {"articles", "stories", "rejected"}) {
      // FileIO leaves its emptied temporary folder behind
      Path local = localPath(output + "/" + dataset + "/.temp-beam");
      if (local != null && Files.isDirectory(local)) {
        delete(local.toString());
      }
    }
    write(output + "/_SUCCESS", "");
    Path local = localPath(output);
    if (local != null && replacing) {
      delete(local.resolve(REPLACED).toString());
    }
  }

  /** The tally lines the pipeline wrote. */
  public List<String> readTallies() throws IOException {
    String file = output + "/" + WriteDataset.ACCOUNTING_DIR + "/" + WriteDataset.TALLIES_FILE;
    List<String> lines = new ArrayList<>();
    if (!exists(file)) {
      return lines;
    }
    try (BufferedReader r =
        new BufferedReader(
            Channels.newReader(FileSystems.open(FileSystems.matchNewResource(file, false)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static void write(String file, String content) throws IOException {
    ResourceId id = FileSystems.matchNewResource(file, false);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(id, MimeTypes.TEXT))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static boolean exists(String spec) throws IOException {
    MatchResult m = FileSystems.match(spec, EmptyMatchTreatment.ALLOW);
    return m.status() == MatchResult.Status.OK && !m.metadata().isEmpty();
  }

  private static List<ResourceId> files(String glob) throws IOException {
    MatchResult m = FileSystems.match(glob, EmptyMatchTreatment.ALLOW);
    List<ResourceId> ids = new ArrayList<>();
    if (m.status() == MatchResult.Status.OK) {
      for (MatchResult.Metadata md : m.metadata()) {
        ids.add(md.resourceId());
      }
    }
    return ids;
  }

  /** Deletes a file or a folder tree. Local folders go entirely; object stores have no empty folders. */
  private static void delete(String spec) throws IOException {
    Path local = localPath(spec);
    if (local != null) {
      if (Files.exists(local)) {
        try (Stream<Path> walk = Files.walk(local)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      return;
    }
    List<ResourceId> ids = files(spec + "/**");
    if (exists(spec)) {
      ids.add(FileSystems.matchNewResource(spec, false));
    }
    FileSystems.delete(ids, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
  }

  private static Path localPath(String spec) {
    if (spec.startsWith("file://")) {
      return Paths.get(java.net.URI.create(spec));
    }
    if (!spec.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
      return Paths.get(spec);
    }
    return null;
  }
}
