package org.newscorpus.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.newscorpus.accounting.PipelineMetrics;
import org.newscorpus.accounting.Rejections;
import org.newscorpus.accounting.Tally;
import org.newscorpus.schema.Page;

/**
 * Reads one input file ({@code uri -> path below its input folder}) and emits its pages, its
 * rejected records, and a tally for every record read. Thin adapter over {@link ArchiveReader} and
 * {@link DumpReader}; a file that cannot even be opened is one rejected record.
 */
class ReadInputFileFn extends DoFn<KV<String, String>, Page> {

  static final String STAGE = "read";

  private final Counter inputsRead = Metrics.counter(PipelineMetrics.READ, PipelineMetrics.INPUTS_READ);
  private final Counter inputBytesRead = Metrics.counter(PipelineMetrics.READ, PipelineMetrics.INPUT_BYTES_READ);
  private final Counter recordsRead = Metrics.counter(PipelineMetrics.READ, PipelineMetrics.RECORDS_READ);
  private final Counter pagesRead = Metrics.counter(PipelineMetrics.READ, PipelineMetrics.PAGES);
  private final Counter skipped = Metrics.counter(PipelineMetrics.READ, PipelineMetrics.SKIPPED);
  private final Counter rejected = Metrics.counter(PipelineMetrics.READ, PipelineMetrics.REJECTED);
  private final PipelineMetrics.BundleClock clock = new PipelineMetrics.BundleClock(PipelineMetrics.READ);

  private final long maxPageBytes;
  private final boolean keepSkipped;

  ReadInputFileFn(long maxPageBytes, boolean keepSkipped) {
    this.maxPageBytes = maxPageBytes;
    this.keepSkipped = keepSkipped;
  }

  @ProcessElement
  public void processElement(@Element KV<String, String> file, MultiOutputReceiver out) {
    String uri = file.getKey();
    RecordSink sink = new Emitter(uri, out);
    long records;
    long bytes = 0;
    ResourceId resource = FileSystems.matchNewResource(uri, false);
    try (ReadableByteChannel channel = FileSystems.open(resource)) {
      bytes = channel instanceof SeekableByteChannel seekable ? seekable.size() : 0;
      if (InputFormat.forFileName(uri) == InputFormat.ARCHIVE) {
        records = new ArchiveReader(maxPageBytes).read(uri, channel, sink);
      } else {
        try (InputStream in = Channels.newInputStream(channel)) {
          records = new DumpReader(maxPageBytes).read(uri, file.getValue(), in, sink);
        }
      }
    } catch (IOException | RuntimeException e) {
      sink.rejected("unreadableFile", null, null, "cannot open " + uri + ": " + ArchiveReader.describe(e), null);
      records = 1;
    }
    inputsRead.inc();
    inputBytesRead.inc(bytes);
    recordsRead.inc(records);
    out.get(ReadArchives.TALLIES).output(Tally.records(uri, records));
  }

  @StartBundle
  public void startBundle() {
    clock.start();
  }

  @FinishBundle
  public void finishBundle() {
    clock.stop();
  }

  /** Routes the reader's verdicts to the outputs and tallies them. */
  private final class Emitter implements RecordSink {
    private final String inputUri;
    private final MultiOutputReceiver out;

    Emitter(String inputUri, MultiOutputReceiver out) {
      this.inputUri = inputUri;
      this.out = out;
    }

    @Override
    public void page(Page page) {
      pagesRead.inc();
      out.get(ReadArchives.PAGES).output(page);
      out.get(ReadArchives.TALLIES).output(Tally.pages(inputUri));
    }

    @Override
    public void skipped(String reason, Long offset, String url) {
      skipped.inc();
      Metrics.counter(PipelineMetrics.READ, reason).inc();
      out.get(ReadArchives.TALLIES).output(Tally.skipped(STAGE, reason));
      if (keepSkipped) {
        out.get(ReadArchives.REJECTED)
            .output(Rejections.of(inputUri, offset, url, STAGE, reason, "skipped: " + reason, (String) null));
      }
    }

    @Override
    public void rejected(String reason, Long offset, String url, String message, byte[] excerpt) {
      rejected.inc();
      Metrics.counter(PipelineMetrics.READ, reason).inc();
      out.get(ReadArchives.TALLIES).output(Tally.rejected(STAGE, reason));
      out.get(ReadArchives.REJECTED)
          .output(Rejections.of(inputUri, offset, url, STAGE, reason, message, excerpt));
    }
  }
}
