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
 * Reads one WARC or ARC file (WARC 0.17 to 1.1, ARC; per-record gzip, whole-file gzip, Zstandard
 * or LZ4 frames, or none) with jwarc, streaming record by record, and tells a {@link RecordSink}
 * what each record comes to ({@link RecordClassifier}): a page, an expected skip, a revisit to
 * resolve, or a rejection. Gzip members ({@code .warc.gz}, {@code .arc.gz}), Zstandard frames
 * ({@code .warc.zst}, with or without a dictionary) and LZ4 frames ({@code .warc.lz4}) are
 * decompressed by a {@link FrameChannel}, which checks each gzip member's CRC-32 and length (and
 * its header's CRC-16, when it has one), and parsed by jwarc; a record's offset is then the offset
 * of the member or frame that holds it.
 *
 * <p>Damage never ends the file early. When a record cannot be read to its end (the file is
 * truncated, a gzip member or a Zstandard or LZ4 frame is corrupt or fails its checksum, its
 * Content-Length is wrong, its header cannot be parsed), that record is rejected with its offset
 * and reason, and reading resumes at the next record found after it: the next gzip member or frame
 * in a compressed file, else the next line starting with {@code WARC/} (a URL line in an ARC file),
 * confirmed by jwarc parsing a record there. When nothing more can be read, that one rejection says
 * the rest of the file is lost. A gzip member's check comes after its last bytes: in a file gzipped
 * as a whole, its other records were read by then, and the last record is rejected, saying so. A
 * record whose Content-Length is off only by line-end bytes before the next record is read as
 * jwarc reads it. Line ends between records or after the last (blank lines, in any mix of CR and
 * LF) are no damage and no record: they are passed over uncounted, in a plain file as in a member
 * or frame. A bzip2 or xz file is one {@code unsupportedCompression} rejection.
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
   * starts in plain archives, and member or frame starts in gzip, Zstandard and LZ4 archives (one
   * per record, as their writers make them). In a file gzipped or compressed as a whole, or whose
   * member or frame holds several records, they all have its offset, and the first record of it is
   * read: only {@link #read} finds the others again. A page whose member or frame fails its check
   * (which {@link #read} rejected) is not found.
   */
  public Optional<Page> pageAt(String inputUri, SeekableByteChannel file, long offset) {
    FrameChannel frames = null;
    try {
      // the bytes at the offset say how it is framed: going back to the file's start would cost a
      // file system that cannot seek a reopening of the file (ReopeningChannel) for every page
      file.position(offset);
      ByteBuffer read = ByteBuffer.allocate(8192);
      while (read.position() < 4 && file.read(read) >= 0) {
        // a channel may return fewer bytes than asked
      }
      read.flip();
      RecordFinder.Framing framing = RecordFinder.Framing.of(read.array(), read.limit());
      WarcReader reader;
      if (framing.compressed()) {
        // a Zstandard dictionary is at the file's start: only a .warc.zst goes back there
        byte[] dictionary = framing == RecordFinder.Framing.ZSTD ? dictionaryOf(file) : null;
        frames = new FrameChannel(file, offset, framing, dictionary, read);
        // the record may come after line ends in its member or frame, which read passes over
        reader = new WarcReader(frames, StreamView.pastLineEnds(frames));
      } else {
        reader = new WarcReader(new StreamView(file), read);
      }
      reader.setLenient(true);
      Optional<WarcRecord> record = reader.next();
      if (record.isEmpty()) {
        return Optional.empty();
      }
      Outcome outcome = new RecordClassifier(inputUri, maxPageBytes).classify(record.get(), offset);
      if (outcome instanceof Outcome.PageOutcome page) {
        record.get().body().consume();
        if (frames != null && failsItsCheck(reader, frames, offset)) {
          return Optional.empty();
        }
        return Optional.of(page.page());
      }
      return Optional.empty();
    } catch (IOException | RuntimeException | RecordClassifier.BrokenRecordException e) {
      return Optional.empty();
    } finally {
      if (frames != null) {
        frames.close();
      }
    }
  }

  /**
   * True when the member or frame at {@code offset} that holds the record {@code reader} just read
   * fails its check as far as {@link #read} knew before it counted the record: the read of the next
   * record's header, which {@link #read} waits for, comes after the end of a member that holds one
   * record (its trailer is checked there).
   */
  private static boolean failsItsCheck(WarcReader reader, FrameChannel frames, long offset) {
    try {
      reader.next();
    } catch (IOException | RuntimeException e) {
      // what follows the record is not its concern, unless its own frame failed
    }
    return frames.failedAt() == offset;
  }

  /** The first bytes of {@code file} (up to 16), by which its framing is known. */
  private static byte[] head(SeekableByteChannel file) throws IOException {
    return head(file, firstAfterLineEnds(file));
  }

  private static byte[] head(SeekableByteChannel file, long at) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(16);
    file.position(at);
    while (head.hasRemaining() && file.read(head) >= 0) {
      // a channel may return fewer bytes than asked
    }
    return Arrays.copyOf(head.array(), head.position());
  }

  /**
   * The offset of the file's first byte that is no line end: blank lines before the first record
   * (a file joined by hand, a tool that opens with one) say nothing of its format, and no
   * compressed file opens with a CR or LF.
   */
  private static long firstAfterLineEnds(SeekableByteChannel file) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(8192);
    long at = 0;
    file.position(0);
    while (file.read(buffer.clear()) > 0) {
      buffer.flip();
      while (buffer.hasRemaining()) {
        byte b = buffer.get();
        if (b != '\r' && b != '\n') {
          return at;
        }
        at++;
      }
    }
    return at;
  }

  /** The dictionary every frame of a Zstandard file uses, or null. */
  private static byte[] dictionaryOf(SeekableByteChannel file) throws IOException {
    FrameChannel.Dictionary dictionary = FrameChannel.zstdDictionary(file);
    return dictionary == null ? null : dictionary.bytes();
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
    /** The decompressed members or frames jwarc reads, in a gzip, Zstandard or LZ4 file; else null. */
    private FrameChannel frames;
    /** What jwarc reads: the file in a plain file, else {@link #frames}. */
    private StreamView view;
    /**
     * Where in {@link #view} the reader's first record starts (a file offset in a plain file, a
     * position in the decompressed bytes else): where it was opened, or after the line ends it was
     * opened past ({@link #nextRecord}).
     */
    private long readerStart;
    private byte[] dictionary;
    /** Where the first record may start: 0, or the first frame after a Zstandard dictionary. */
    private long start;
    private long told;
    private WarcReader reader;
    private long base;
    private Outcome pending;
    private WarcRecord pendingRecord;
    /** The offset of the last record told, and how many records in a row were told at it. */
    private long lastOffset = -1;
    private int toldAtLastOffset;

    FileRead(String inputUri, SeekableByteChannel file, RecordSink sink) {
      this.inputUri = inputUri;
      this.file = file;
      this.sink = sink;
      this.classifier = new RecordClassifier(inputUri, maxPageBytes);
    }

    long run() {
      try {
        byte[] head = head(file);
        framing = RecordFinder.Framing.of(head, head.length);
        if (framing == RecordFinder.Framing.UNSUPPORTED) {
          tell(new Outcome.Reject(0, "unsupportedCompression", null,
              RecordFinder.compressionName(head, head.length) + "-compressed archives are not supported: "
                  + "decompress " + inputUri + " or recompress it with gzip or zstd", head));
          return told;
        }
        if (framing == RecordFinder.Framing.ZSTD && !readDictionary()) {
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
      } finally {
        if (frames != null) {
          frames.close();
        }
      }
      return told;
    }

    /**
     * Reads the dictionary a Zstandard file may open with; false, after one rejection for the
     * whole file, when it cannot be read (no frame can be decoded without it).
     */
    private boolean readDictionary() throws IOException {
      try {
        FrameChannel.Dictionary found = FrameChannel.zstdDictionary(file);
        if (found != null) {
          dictionary = found.bytes();
          start = found.end();
        }
        return true;
      } catch (FrameChannel.CorruptFrameException | EOFException e) {
        tell(new Outcome.Reject(0, failureReason(e), null, describe(e) + "; no frame can be decoded without it: "
            + inputUri + " (" + file.size() + " bytes) is lost", null));
        return false;
      }
    }

    /** Opens jwarc at the start of the file; false when nothing can be read. */
    private boolean open() throws IOException {
      try {
        reader = readerAt(start);
        return true;
      } catch (IOException | RuntimeException e) {
        return recover(start, failureReason(e), null, e, false);
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
        next = nextRecord();
      } catch (IOException | RuntimeException e) {
        long failedFrame = frames == null ? -1 : frames.failedAt();
        if (failedFrame >= 0) {
          // a damaged member or frame, not what jwarc made of its bytes, is why
          IOException damage = frames.failure();
          if (pending != null && failedFrame == pending.offset()) {
            // the pending record's frame failed at its end (its checksum, say): the record is not whole
            String readBefore = frames.failedItsCheck() ? readBefore(pending.offset()) : "";
            return recover(pending.offset(), failureReason(damage), urlOf(pendingRecord), describe(damage) + readBefore,
                true, !readBefore.isEmpty());
          }
          flushPending();
          return recover(failedFrame, failureReason(damage), null, damage, false);
        }
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
     * The reader's next record, past any line ends (CR and LF, in any mix and number) before its
     * header; empty at the end of the file, line ends alone included. Writers and files joined by
     * hand leave blank lines after a record's two CRLFs (an ARC record's LF), which jwarc's parser
     * refuses (it passes over LFs only before an ARC header): they are no record, and the WARC
     * specification asks readers to pass over them. Whatever else fails to parse there is thrown as
     * jwarc threw it, at the first line end: damage, rejected as before.
     */
    private Optional<WarcRecord> nextRecord() throws IOException {
      try {
        return reader.next();
      } catch (ParsingException | EOFException e) {
        if (frames != null && frames.failedAt() >= 0) {
          throw e;
        }
        long at = readerStart + reader.position();
        ByteBuffer rest;
        try {
          rest = view.afterLineEnds(at);
        } catch (IOException notRead) {
          throw e;
        }
        if (rest == null) {
          throw e;
        }
        if (!rest.hasRemaining()) {
          return Optional.empty();
        }
        long start = view.end() - rest.remaining();
        if (start > at) {
          try {
            WarcReader r = configured(new WarcReader(view, rest));
            Optional<WarcRecord> record = r.next();
            if (record.isPresent()) {
              reader = r;
              readerStart = start;
              return record;
            }
          } catch (IOException | RuntimeException notARecord) {
            // no record after the line ends either
          }
        }
        throw e;
      }
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
        // when its member or frame failed, that is why its block could not be read
        Throwable cause = frames != null && frames.failedAt() == offset ? frames.failure() : e.getCause();
        return recover(offset, failureReason(cause), urlOf(record), cause, true);
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
      return recover(offset, reason, url, describe(cause), recordKnown, false);
    }

    /**
     * {@link #recover}, with what went wrong said by {@code description}; {@code readThrough}: the
     * member or frame at {@code offset} was read to its end, and records before this one came from it.
     */
    private boolean recover(long offset, String reason, String url, String description, boolean recordKnown,
        boolean readThrough) throws IOException {
      pending = null;
      pendingRecord = null;
      boolean plain = framing == RecordFinder.Framing.PLAIN_WARC || framing == RecordFinder.Framing.PLAIN_ARC;
      byte[] excerpt = plain ? excerptAt(offset) : null;
      WarcRecord found = find(offset + 1);
      if (found == null) {
        String why = reason;
        if (!recordKnown && offset == start && told == 0) {
          why = "notAnArchive";
        } else if (!recordKnown && reason.equals("unparseableHeader")) {
          why = "unreadableRemainder";
        }
        long size = file.size();
        String rest = readThrough
            ? "; no readable record follows it"
            : "; no readable record follows: the rest of " + inputUri + " (" + Math.max(0, size - offset)
                + " bytes from byte " + offset + ") is lost";
        tell(new Outcome.Reject(offset, why, url, description + rest, excerpt));
        return false;
      }
      long resumedAt = position();
      tell(new Outcome.Reject(offset, reason, url, description + "; reading resumed at byte " + resumedAt, excerpt));
      return take(found);
    }

    /**
     * What a rejection at {@code offset}, for a gzip member there that failed its check at its end,
     * adds about the records read from it before: they were counted before the failure could be
     * known (in a file gzipped as a whole, all its other records), and may be what was damaged.
     * Empty when there were none.
     */
    private String readBefore(long offset) {
      if (offset != lastOffset) {
        return "";
      }
      return "; the " + (toldAtLastOffset == 1 ? "record" : toldAtLastOffset + " records") + " before this one in the"
          + " same gzip member (offset " + offset + ") " + (toldAtLastOffset == 1 ? "was" : "were")
          + " read before its end was checked, and may hold the damage";
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
      base = offset;
      ReadableByteChannel channel;
      if (framing.compressed()) {
        if (frames != null) {
          frames.close();
        }
        frames = new FrameChannel(file, offset, framing, dictionary, null);
        view = new StreamView(frames, 0);
        readerStart = 0;
      } else {
        file.position(offset);
        // jwarc sees a plain stream: it reads (and so checks) every body instead of seeking over it
        view = new StreamView(file, offset);
        readerStart = offset;
      }
      // the view keeps what jwarc read last, for the line ends after a record (nextRecord) and, in
      // an ARC file, where the record's header starts (recordStartAt)
      return configured(new WarcReader(view));
    }

    private WarcReader configured(WarcReader r) {
      r.setLenient(true);
      r.onWarning(warnings::add);
      return r;
    }

    private long position() {
      if (reader == null) {
        return base;
      }
      long at = readerStart + reader.position();
      if (frames != null) {
        return frames.fileOffsetOf(at);
      }
      return framing == RecordFinder.Framing.PLAIN_ARC ? view.recordStartAt(at) : at;
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
      toldAtLastOffset = outcome.offset() == lastOffset ? toldAtLastOffset + 1 : 1;
      lastOffset = outcome.offset();
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
      if (t instanceof FrameChannel.CorruptFrameException corrupt) {
        return corrupt.reason();
      }
      if (t instanceof ParsingException || t instanceof NumberFormatException) {
        return "unparseableHeader";
      }
    }
    return e instanceof IOException ? "unreadableRecord" : "unparseableHeader";
  }

  private static String urlOf(WarcRecord record) {
    return record == null ? null : RecordClassifier.targetUri(record);
  }

  /**
   * The file, or its decompressed frames, as a plain, never-closed stream from where it is. A view
   * made with a start also keeps the last {@link #RECENT_BYTES} bytes it gave, which {@link
   * #afterLineEnds} and {@link #recordStartAt} look at; its positions are file offsets, or positions
   * in the decompressed bytes.
   */
  private static final class StreamView implements ReadableByteChannel {
    /** More than jwarc reads ahead of a record's first byte to parse its header (one buffer of 8 KB). */
    static final int RECENT_BYTES = 64 * 1024;
    /** The size of jwarc's own buffer, and of the one a reader opened past line ends gets. */
    private static final int BUFFER_BYTES = 8192;
    private final ReadableByteChannel source;
    /** The bytes given last, at their position modulo their length; null when none are kept. */
    private final byte[] recent;
    /** The position of the first byte given. */
    private final long start;
    /** The position after the last byte given. */
    private long end;

    StreamView(ReadableByteChannel source) {
      this.source = source;
      this.recent = null;
      this.start = 0;
    }

    /** A view from {@code start}, where {@code source} is, that keeps the bytes it gives last. */
    StreamView(ReadableByteChannel source, long start) {
      this.source = source;
      this.recent = new byte[RECENT_BYTES];
      this.start = start;
      this.end = start;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      int n = source.read(dst);
      if (n > 0 && recent != null) {
        int kept = Math.min(n, RECENT_BYTES);
        ByteBuffer given = dst.duplicate();
        given.limit(dst.position()).position(dst.position() - kept);
        for (long at = end + n - kept; given.hasRemaining(); ) {
          int slot = (int) (at % RECENT_BYTES);
          int length = Math.min(given.remaining(), RECENT_BYTES - slot);
          given.get(recent, slot, length);
          at += length;
        }
        end += n;
      }
      return n;
    }

    /** The position after the last byte given. */
    long end() {
      return end;
    }

    /**
     * The bytes from the first one at or after {@code offset} that is not a line end (CR or LF),
     * reading on as far as it takes: those the view gave lately from there, and those it read on,
     * ready to be read (empty when the stream ends first). Null when the bytes at {@code offset}
     * are not known.
     */
    ByteBuffer afterLineEnds(long offset) throws IOException {
      if (recent == null || offset < Math.max(start, end - RECENT_BYTES) || offset > end) {
        return null;
      }
      for (long at = offset; at < end; at++) {
        if (!isLineEnd(recent[(int) (at % RECENT_BYTES)])) {
          ByteBuffer rest = ByteBuffer.allocate(Math.max(BUFFER_BYTES, (int) (end - at)));
          for (long b = at; b < end; b++) {
            rest.put(recent[(int) (b % RECENT_BYTES)]);
          }
          return rest.flip();
        }
      }
      return pastLineEnds(this);
    }

    /** The next bytes of {@code channel} from the first that is not a line end, ready to be read; empty at its end. */
    static ByteBuffer pastLineEnds(ReadableByteChannel channel) throws IOException {
      ByteBuffer more = ByteBuffer.allocate(BUFFER_BYTES);
      while (true) {
        more.clear();
        int n = channel.read(more);
        more.flip();
        if (n < 0) {
          return more;
        }
        while (more.hasRemaining() && isLineEnd(more.get(more.position()))) {
          more.get();
        }
        if (more.hasRemaining()) {
          return more;
        }
      }
    }

    private static boolean isLineEnd(byte b) {
      return b == '\r' || b == '\n';
    }

    /**
     * The first byte at or after {@code offset} that is not a line feed, among the bytes this view
     * gave lately: in an ARC file, the first byte of the header line of the record jwarc says is at
     * {@code offset}. After an ARC record jwarc counts one line feed, and its parser passes over any
     * more before the next header without counting them (an ARC file may leave a blank line between
     * records, as example.arc does after its filedesc record). {@code offset} itself when the bytes
     * there are not known.
     */
    long recordStartAt(long offset) {
      if (recent == null || offset < Math.max(start, end - RECENT_BYTES)) {
        return offset;
      }
      for (long at = offset; at < end; at++) {
        byte b = recent[(int) (at % RECENT_BYTES)];
        if (b != '\n') {
          return at;
        }
      }
      return offset;
    }

    @Override
    public boolean isOpen() {
      return source.isOpen();
    }

    @Override
    public void close() {
      // the caller owns the file, and its frames
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
    if (message == null && e instanceof EOFException) {
      // jwarc's parser ran out of bytes ("hi\n", gzipped, is a whole file)
      message = "the data ends before a whole WARC or ARC record header";
    }
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
