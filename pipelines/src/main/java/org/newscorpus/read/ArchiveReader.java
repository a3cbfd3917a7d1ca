package org.newscorpus.read;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.newscorpus.schema.Page;

/**
 * Reads one WARC or ARC file (WARC 0.17 to 1.1, ARC; per-record gzip, whole-file gzip or none)
 * with jwarc, streaming record by record, and tells a {@link RecordSink} what each record comes
 * to ({@link RecordClassifier}): a page, an expected skip, a revisit to resolve, or a rejection.
 *
 * <p>Damage never ends the file early. When a record cannot be read to its end (the file is
 * truncated, a gzip member is corrupt, its Content-Length is wrong, its header cannot be parsed),
 * that record is rejected with its offset and reason, and reading resumes at the next record
 * found after it: the next gzip member in a gzipped file, else the next line starting with {@code
 * WARC/} (a URL line in an ARC file), confirmed by jwarc parsing a record there. When nothing more
 * can be read, that one rejection says the rest of the file is lost. A record whose
 * Content-Length is off only by line-end bytes before the next record is read as jwarc reads it.
 *
 * <p>Every record read gets exactly one call on the sink, and {@link #read} returns their number.
 * Memory does not grow with the file: records stream, and a payload is bounded by {@code
 * maxPageBytes} (larger ones are rejected as {@code tooLarge}, a decompression bomb included).
 */
public final class ArchiveReader {

  private final long maxPageBytes;

  public ArchiveReader(long maxPageBytes) {
    if (maxPageBytes <= 0) {
      throw new IllegalArgumentException("maxPageBytes must be positive, was " + maxPageBytes);
    }
    this.maxPageBytes = maxPageBytes;
  }

  /**
   * Reads every record of {@code file} (read from its start; seeking is used to resume after
   * damage) and reports each to {@code sink}.
   *
   * @return the number of records read, which equals the number of calls made to {@code sink}.
   */
  public long read(String inputUri, SeekableByteChannel file, RecordSink sink) {
    return new FileRead(inputUri, file, sink).run();
  }

  /**
   * Reads again the one record at {@code offset} of {@code file}, where {@link #read} found a page:
   * that page as {@link #read} gave it, or empty when no page can be read there. Offsets are record
   * starts in plain and per-record gzip archives. In a file gzipped as a whole they are not (jwarc
   * gives the compressed position it had reached), and no page is found: only {@link #read} finds
   * such a page again.
   */
  public Optional<Page> pageAt(String inputUri, SeekableByteChannel file, long offset) {
    try {
      file.position(offset);
      WarcReader reader = new WarcReader(new StreamView(file));
      reader.setLenient(true);
      Optional<WarcRecord> record = reader.next();
      if (record.isEmpty()) {
        return Optional.empty();
      }
      Outcome outcome = new RecordClassifier(inputUri, maxPageBytes).classify(record.get(), offset);
      if (outcome instanceof Outcome.PageOutcome page) {
        record.get().body().consume();
        return Optional.of(page.page());
      }
      return Optional.empty();
    } catch (IOException | RuntimeException | RecordClassifier.BrokenRecordException e) {
      return Optional.empty();
    }
  }

  /** The state of reading one file. */
  private final class FileRead {
    private final String inputUri;
    private final SeekableByteChannel file;
    private final RecordSink sink;
    private final RecordClassifier classifier;
    private final List<String> warnings = new ArrayList<>();
    private RecordFinder finder;
    private RecordFinder.Framing framing;
    private long told;
    private WarcReader reader;
    private long base;
    private Outcome pending;
    private WarcRecord pendingRecord;

    FileRead(String inputUri, SeekableByteChannel file, RecordSink sink) {
      this.inputUri = inputUri;
      this.file = file;
      this.sink = sink;
      this.classifier = new RecordClassifier(inputUri, maxPageBytes);
    }

    long run() {
      try {
        byte[] head = new byte[16];
        file.position(0);
        int n = Math.max(0, file.read(ByteBuffer.wrap(head)));
        framing = RecordFinder.Framing.of(head, n);
        if (framing == RecordFinder.Framing.UNSUPPORTED) {
          tell(new Outcome.Reject(0, "unsupportedCompression", null,
              RecordFinder.compressionName(head, n) + "-compressed archives are not supported: "
                  + "decompress " + inputUri + " or recompress it with gzip", head));
          return told;
        }
        finder = new RecordFinder(file, framing);
        boolean reading = open();
        while (reading) {
          reading = step();
        }
      } catch (IOException | RuntimeException e) {
        // the file itself failed (an I/O error, not damage): what is left of it is lost
        flushPending();
        tell(new Outcome.Reject(position(), "unreadableRemainder", null,
            "cannot read on in " + inputUri + ": " + describe(e), null));
      }
      return told;
    }

    /** Opens jwarc at the start of the file; false when nothing can be read. */
    private boolean open() throws IOException {
      try {
        reader = readerAt(0);
        return true;
      } catch (IOException | RuntimeException e) {
        return recover(0, failureReason(e), null, e, false);
      }
    }

    /** Reads one record; false when the file has no more. */
    private boolean step() throws IOException {
      if (pending != null) {
        // the pending record's block must be there to its end before it counts
        try {
          pendingRecord.body().consume();
        } catch (IOException | RuntimeException e) {
          return recover(pending.offset(), failureReason(e), urlOf(pendingRecord), e, true);
        }
      }
      warnings.clear();
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        if (pending != null && warnings.stream().anyMatch(w -> w.contains("trailer"))) {
          return recover(pending.offset(), "wrongContentLength", urlOf(pendingRecord),
              new IOException("the record does not end where its Content-Length says, then: " + describe(e)), true);
        }
        flushPending();
        return recover(position(), failureReason(e), null, e, false);
      }
      // a record found after a bad trailer means jwarc skipped only line ends: the pending record stands
      flushPending();
      if (next.isEmpty()) {
        return false;
      }
      return take(next.get());
    }

    /**
     * Classifies a record just read; it stays pending until its end is seen. False when the record
     * was broken and nothing more could be read after it.
     */
    private boolean take(WarcRecord record) throws IOException {
      long offset = position();
      try {
        pending = classifier.classify(record, offset);
        pendingRecord = record;
        return true;
      } catch (RecordClassifier.BrokenRecordException e) {
        return recover(offset, failureReason(e.getCause()), urlOf(record), e.getCause(), true);
      } catch (RuntimeException e) {
        // the record's headers held something jwarc could not interpret (a bad date, say)
        pending = new Outcome.Reject(offset, "badRecord", urlOf(record), describeBadRecord(record, e), null);
        pendingRecord = record;
        return true;
      }
    }

    /**
     * Rejects what could not be read at {@code offset} and resumes at the next record found after
     * it; false when there is none. {@code recordKnown}: the record's header was read.
     */
    private boolean recover(long offset, String reason, String url, Throwable cause, boolean recordKnown)
        throws IOException {
      pending = null;
      pendingRecord = null;
      byte[] excerpt = framing == RecordFinder.Framing.GZIP ? null : excerptAt(offset);
      WarcRecord found = find(offset + 1);
      if (found == null) {
        String why = reason;
        if (!recordKnown && offset == 0 && told == 0) {
          why = "notAnArchive";
        } else if (!recordKnown && reason.equals("unparseableHeader")) {
          why = "unreadableRemainder";
        }
        long size = file.size();
        tell(new Outcome.Reject(offset, why, url, describe(cause) + "; no readable record follows: the rest of "
            + inputUri + " (" + Math.max(0, size - offset) + " bytes from byte " + offset + ") is lost", excerpt));
        return false;
      }
      long resumedAt = position();
      tell(new Outcome.Reject(offset, reason, url, describe(cause) + "; reading resumed at byte " + resumedAt, excerpt));
      return take(found);
    }

    /** Opens jwarc at the first candidate after {@code from} where it reads a record; that record, or null. */
    private WarcRecord find(long from) throws IOException {
      long c = from;
      while (true) {
        long candidate = finder.next(c);
        if (candidate < 0) {
          return null;
        }
        try {
          WarcReader r = readerAt(candidate);
          warnings.clear();
          Optional<WarcRecord> record = r.next();
          if (record.isPresent()) {
            reader = r;
            return record.get();
          }
        } catch (IOException | RuntimeException e) {
          // not a record start after all
        }
        c = candidate + 1;
      }
    }

    private WarcReader readerAt(long offset) throws IOException {
      file.position(offset);
      base = offset;
      // jwarc sees a plain stream: it reads (and so checks) every body instead of seeking over it
      WarcReader r = new WarcReader(new StreamView(file));
      r.setLenient(true);
      r.onWarning(warnings::add);
      return r;
    }

    private long position() {
      return reader == null ? base : base + reader.position();
    }

    private byte[] excerptAt(long offset) {
      try {
        file.position(offset);
        ByteBuffer buf = ByteBuffer.allocate(RecordClassifier.EXCERPT_BYTES);
        file.read(buf);
        buf.flip();
        byte[] bytes = new byte[buf.remaining()];
        buf.get(bytes);
        return bytes;
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }

    private void flushPending() {
      if (pending != null) {
        tell(pending);
        pending = null;
        pendingRecord = null;
      }
    }

    private void tell(Outcome outcome) {
      told++;
      outcome.tell(sink);
    }
  }

  /** The reason a record could not be read, from what jwarc threw. */
  static String failureReason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EOFException) {
        return "truncatedRecord";
      }
      if (t instanceof ZipException) {
        return "corruptGzip";
      }
      if (t instanceof ParsingException || t instanceof NumberFormatException) {
        return "unparseableHeader";
      }
    }
    return e instanceof IOException ? "unreadableRecord" : "unparseableHeader";
  }

  private static String urlOf(WarcRecord record) {
    return record == null ? null : record.headers().first("WARC-Target-URI").orElse(null);
  }

  /** The file as a plain, never-closed stream from its current position. */
  private static final class StreamView implements ReadableByteChannel {
    private final SeekableByteChannel file;

    StreamView(SeekableByteChannel file) {
      this.file = file;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return file.read(dst);
    }

    @Override
    public boolean isOpen() {
      return file.isOpen();
    }

    @Override
    public void close() {
      // the caller owns the file
    }
  }

  /** True when the first KB of {@code payload} holds an HTML document's doctype, or its html, head or body tag. */
  public static boolean looksLikeHtml(byte[] payload) {
    int n = Math.min(payload.length, 1024);
    String head = new String(payload, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return head.contains("<!doctype html") || head.contains("<html") || head.contains("<head")
        || head.contains("<body");
  }

  /**
   * What could be read of a stream: its bytes (null when it holds more than the limit), and the
   * failure that ended it early, if any.
   */
  record Available(byte[] bytes, IOException failure) {

    /** Nothing read: the stream failed at once with {@code e}. */
    static Available nothing(Exception e) {
      return new Available(new byte[0], e instanceof IOException io ? io : new IOException(e));
    }
  }

  /**
   * Reads at most {@code limit} bytes, keeping what was read when the stream fails part way: a
   * body whose HTTP Content-Length or chunking claims more than the record holds still has the
   * bytes the crawler got.
   */
  static Available readAvailable(InputStream in, long limit, long sizeHint) {
    long ceiling = Math.min(limit + 1, Integer.MAX_VALUE - 16);
    // one array sized by the hint (the record's length), read into directly: no copy for most pages
    byte[] buf = new byte[(int) Math.min(ceiling, Math.max(1024, sizeHint + 1))];
    int n = 0;
    try {
      while (true) {
        if (n == buf.length) {
          buf = Arrays.copyOf(buf, (int) Math.min(ceiling, 2L * buf.length));
        }
        int r = in.read(buf, n, buf.length - n);
        if (r < 0) {
          break;
        }
        n += r;
        if (n > limit) {
          return new Available(null, null);
        }
      }
      return new Available(Arrays.copyOf(buf, n), null);
    } catch (IOException e) {
      return new Available(Arrays.copyOf(buf, n), e);
    } catch (RuntimeException e) {
      return new Available(Arrays.copyOf(buf, n), new IOException(e));
    }
  }

  /** Reads at most {@code limit} bytes; returns null when the stream holds more. */
  static byte[] readBounded(InputStream in, long limit) throws IOException {
    int cap = (int) Math.min(limit + 1, Integer.MAX_VALUE - 16);
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(cap, 64 * 1024));
    byte[] buf = new byte[16 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > limit) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** The WARC headers every record has (WARC 1.1, section 5), which jwarc reads as it classifies a record. */
  private static final List<String> MANDATORY_HEADERS = List.of("WARC-Type", "WARC-Record-ID", "WARC-Date");

  /**
   * Why a record whose header jwarc parsed could not be classified: the mandatory WARC headers it
   * lacks, when it lacks one (jwarc then throws "No value present"), else what jwarc threw.
   */
  static String describeBadRecord(WarcRecord record, RuntimeException e) {
    List<String> missing = new ArrayList<>();
    for (String name : MANDATORY_HEADERS) {
      if (record.headers().first(name).isEmpty()) {
        missing.add(name);
      }
    }
    if (missing.isEmpty()) {
      return describe(e);
    }
    return "the record has no " + String.join(", no ", missing) + " header, which every WARC record has ("
        + describe(e) + ")";
  }

  static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof NumberFormatException) {
        // jwarc parses a record's length as it reads its header: "For input string: \"abc\""
        return "a header field that must be a number, such as a Content-Length, is not one (" + t.getMessage() + ")";
      }
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
