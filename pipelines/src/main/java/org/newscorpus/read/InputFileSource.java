package org.newscorpus.read;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.BoundedSource;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.transforms.display.DisplayData;
import org.apache.beam.sdk.values.KV;

/**
 * The input files as a source that splits by file: each split is a file, or a run of small files,
 * weighing about the bundle size the runner asks for and never more than {@value #MAX_SPLIT_MB}
 * MiB unless a single file does, nor more than {@value #MAX_SPLIT_FILES} files.
 *
 * <p>Gives {@code uri -> path below its input folder}, the element {@link ReadInputFileFn} reads.
 *
 * <p>Why a source rather than a list of file names spread by a shuffle: a runner sizes a step
 * after a shuffle by the data that crosses it. Flink's batch scheduler gave the reading step one
 * subtask for a list of file names of a few kilobytes, so one thread read every archive however
 * many slots the cluster had. A source runs at the job's parallelism, each subtask pulling splits
 * while any are left, and the reading (and what is chained to it) runs there.
 */
final class InputFileSource extends BoundedSource<KV<String, String>> {

  /** The most a split made of several files weighs: a little work per split, so subtasks end together. */
  static final long MAX_SPLIT_MB = 64;

  /**
   * The most files a split holds, whatever they weigh: a file system that reports no size (0)
   * must not make one split of every file.
   */
  static final int MAX_SPLIT_FILES = 1_000;

  private static final long MAX_SPLIT_BYTES = MAX_SPLIT_MB * 1024 * 1024;

  private final List<InputFiles.InputFile> files;

  InputFileSource(List<InputFiles.InputFile> files) {
    Objects.requireNonNull(files, "files");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("files must not be empty");
    }
    this.files = List.copyOf(files);
  }

  List<InputFiles.InputFile> files() {
    return files;
  }

  @Override
  public List<InputFileSource> split(long desiredBundleSizeBytes, PipelineOptions options) {
    long target = Math.max(1, Math.min(desiredBundleSizeBytes, MAX_SPLIT_BYTES));
    List<InputFileSource> splits = new ArrayList<>();
    List<InputFiles.InputFile> run = new ArrayList<>();
    long runBytes = 0;
    for (InputFiles.InputFile file : files) {
      run.add(file);
      runBytes += weight(file);
      if (runBytes >= target || run.size() >= MAX_SPLIT_FILES) {
        splits.add(new InputFileSource(run));
        run = new ArrayList<>();
        runBytes = 0;
      }
    }
    if (!run.isEmpty()) {
      splits.add(new InputFileSource(run));
    }
    return splits;
  }

  @Override
  public long getEstimatedSizeBytes(PipelineOptions options) {
    long bytes = 0;
    for (InputFiles.InputFile file : files) {
      bytes += weight(file);
    }
    return bytes;
  }

  /** A file's size, and at least 1: an empty file, or one of unknown size, is still read. */
  private static long weight(InputFiles.InputFile file) {
    return Math.max(1, file.sizeBytes());
  }

  @Override
  public BoundedReader<KV<String, String>> createReader(PipelineOptions options) {
    return new Reader(this);
  }

  @Override
  public Coder<KV<String, String>> getOutputCoder() {
    return KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());
  }

  @Override
  public void populateDisplayData(DisplayData.Builder builder) {
    super.populateDisplayData(builder);
    builder.add(DisplayData.item("files", files.size()).withLabel("Input files"));
    builder.add(DisplayData.item("first", files.get(0).uri()).withLabel("First input file"));
  }

  @Override
  public String toString() {
    return "InputFileSource[" + files.size() + " files from " + files.get(0).uri() + "]";
  }

  /** Reads the file list of one split. */
  private static final class Reader extends BoundedReader<KV<String, String>> {
    private final InputFileSource source;
    private int next;
    private KV<String, String> current;

    Reader(InputFileSource source) {
      this.source = source;
    }

    @Override
    public boolean start() {
      return advance();
    }

    @Override
    public boolean advance() {
      if (next >= source.files.size()) {
        current = null;
        return false;
      }
      InputFiles.InputFile file = source.files.get(next++);
      current = KV.of(file.uri(), file.relativePath());
      return true;
    }

    @Override
    public KV<String, String> getCurrent() {
      if (current == null) {
        throw new NoSuchElementException();
      }
      return current;
    }

    @Override
    public Double getFractionConsumed() {
      return (double) next / source.files.size();
    }

    @Override
    public void close() {}

    @Override
    public BoundedSource<KV<String, String>> getCurrentSource() {
      return source;
    }
  }
}
