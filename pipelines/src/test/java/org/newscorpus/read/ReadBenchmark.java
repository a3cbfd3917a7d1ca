package org.newscorpus.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.newscorpus.schema.Page;

/**
 * Measures reading one archive on one thread: {@code ArchiveReader} over the whole file, or with
 * {@code --decompress-only} its decompression alone (the floor): Java's gunzip for a gzipped
 * file, the {@link FrameChannel} the reader decodes Zstandard and LZ4 frames with for a {@code
 * .warc.zst} or {@code .warc.lz4} (with its dictionary). Prints one line of figures: records,
 * pages, file bytes, wall and CPU seconds, MB/s of file per CPU second (per core), and the peak
 * heap used. Run by {@code scripts/bench-read.sh} and {@code LargeArchiveSlowIT}.
 *
 * <p>Usage: {@code ReadBenchmark FILE [--decompress-only]}.
 */
public final class ReadBenchmark {

  private ReadBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    boolean decompressOnly = args.length > 1 && args[1].equals("--decompress-only");
    String mode = "read";
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long[] counts = new long[3];
    if (decompressOnly) {
      RecordFinder.Framing framing;
      try (FileChannel channel = FileChannel.open(file)) {
        byte[] head = new byte[16];
        int n = Math.max(0, channel.read(ByteBuffer.wrap(head)));
        framing = RecordFinder.Framing.of(head, n);
      }
      if (framing == RecordFinder.Framing.ZSTD || framing == RecordFinder.Framing.LZ4) {
        mode = framing == RecordFinder.Framing.ZSTD ? "unzstd" : "unlz4";
        counts[2] = decompressFrames(file, framing);
      } else {
        mode = "gunzip";
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), 1 << 16)) {
          byte[] buf = new byte[1 << 16];
          int n;
          while ((n = in.read(buf)) > 0) {
            counts[2] += n;
          }
        }
      }
    } else {
      RecordSink sink = new RecordSink() {
        @Override
        public void page(Page page) {
          counts[1]++;
          counts[2] += page.getBody().remaining();
        }

        @Override
        public void revisit(Page stub) {}

        @Override
        public void skipped(String reason, Long offset, String url) {}

        @Override
        public void rejected(String reason, Long offset, String url, String message, byte[] excerpt) {
          System.err.println("rejected " + reason + " at " + offset + ": " + message);
        }
      };
      try (FileChannel channel = FileChannel.open(file)) {
        counts[0] = new ArchiveReader(5L << 20).read(file.toString(), channel, sink);
      }
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double mb = Files.size(file) / 1e6;
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println(String.format(Locale.ROOT,
        "mode=%s records=%d pages=%d file_mb=%.1f out_mb=%.1f wall_s=%.2f cpu_s=%.2f mb_per_s_wall=%.1f"
            + " mb_per_s_per_core=%.1f peak_heap_mb=%.1f max_heap_mb=%.1f",
        mode, counts[0], counts[1], mb, counts[2] / 1e6, wall, cpuSeconds, mb / wall,
        mb / cpuSeconds, peakHeap / 1e6, Runtime.getRuntime().maxMemory() / 1e6));
  }

  /** Decompresses every frame of a Zstandard or LZ4 archive; the number of bytes they hold. */
  private static long decompressFrames(Path file, RecordFinder.Framing framing) throws IOException {
    long total = 0;
    try (FileChannel channel = FileChannel.open(file)) {
      FrameChannel.Dictionary dictionary =
          framing == RecordFinder.Framing.ZSTD ? FrameChannel.zstdDictionary(channel) : null;
      try (FrameChannel frames = new FrameChannel(channel, dictionary == null ? 0 : dictionary.end(), framing,
          dictionary == null ? null : dictionary.bytes(), null)) {
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        int n;
        while ((n = frames.read(buf)) >= 0) {
          total += n;
          buf.clear();
        }
      }
    }
    return total;
  }
}
