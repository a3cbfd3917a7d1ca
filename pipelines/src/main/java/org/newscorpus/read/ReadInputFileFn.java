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
import org.apache.beam.sdk.values.KV;
import org.newscorpus.accounting.PipelineMetrics;
import org.newscorpus.accounting.Tally;
import org.newscorpus.accounting.TimedDoFn;
import org.newscorpus.schema.Page;

/**
 * Reads one input file ({@code uri -> path below its input folder}) and emits its pages, its
 * revisits (to be resolved by {@link ResolveRevisits}), its rejected records, and a tally for every
 * record read. Thin adapter over {@link RecordReader} (WARC, ARC and WACZ files) and {@link DumpReader}; a file that cannot
 * even be opened is one rejected record.
 */
class ReadInputFileFn extends TimedDoFn<KV<String, String>, Page> {

  static final String STAGE = "read";

  private final Counter inputsRead = Metrics.counter(PipelineMetrics.READ, PipelineMetrics.INPUTS_READ);
  private final Counter inputBytesRead = Metrics.counter(PipelineMetrics.READ, PipelineMetrics.INPUT_BYTES_READ);
  private final Counter recordsRead = Metrics.counter(PipelineMetrics.READ, PipelineMetrics.RECORDS_READ);
    private final long maxPageBytes;
  private final boolean keepSkipped;

  ReadInputFileFn(long maxPageBytes, boolean keepSkipped) {
    super(PipelineMetrics.READ);
    this.maxPageBytes = maxPageBytes;
    this.keepSkipped = keepSkipped;
  }

  @ProcessElement
  public void processElement(@Element KV<String, String> file, MultiOutputReceiver out) {
    String uri = file.getKey();
    RecordSink sink = new OutputSink(uri, keepSkipped, out, this::pauseClock, this::resumeClock);
    long records;
    long bytes = 0;
    ResourceId resource = FileSystems.matchNewResource(uri, false);
    try (ReadableByteChannel channel = FileSystems.open(resource)) {
      bytes = channel instanceof SeekableByteChannel seekable ? seekable.size() : 0;
      InputFormat format = InputFormat.forFileName(uri);
      if (format == InputFormat.ARCHIVE || format == InputFormat.WACZ) {
        try (SeekableByteChannel seekable = ReopeningChannel.seekable(channel, resource)) {
          records = RecordReader.of(uri, maxPageBytes).read(uri, seekable, sink);
        }
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
}
