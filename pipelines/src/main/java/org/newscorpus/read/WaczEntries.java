package org.newscorpus.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;

/**
 * Where the WARC and ARC files of a WACZ lie in it: the {@code archive/} entries of the ZIP (WACZ
 * 1.1.1), each with its compression method and the byte range of its data. Read from the ZIP's
 * central directory with commons-compress; when the file has none (it was cut short, or is still
 * being written), from the local headers before each entry's data, as far as they go.
 */
final class WaczEntries {

  /** The folder of a WACZ that holds its WARC files. */
  static final String ARCHIVE_FOLDER = "archive/";

  /** The 4 bytes a ZIP's first local file header starts with. */
  private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};

  /**
   * One WARC or ARC file of the WACZ: its name in the ZIP, its compression method, where its local
   * header and its data start in the WACZ, and its data's length (cut at the end of the file).
   */
  record Entry(String name, int method, long headerOffset, long dataOffset, long size) {

    /** True when the data is the WARC itself, as WACZ requires: a range of the WACZ reads it. */
    boolean stored() {
      return method == ZipMethod.STORED.getCode();
    }

    /** True when byte {@code offset} of the WACZ is in this entry's data. */
    boolean holds(long offset) {
      return offset >= dataOffset && offset < dataOffset + size;
    }

    /** The method's name in the ZIP specification, such as {@code DEFLATED}. */
    String methodName() {
      ZipMethod m = ZipMethod.getMethodByCode(method);
      return m == null || m == ZipMethod.UNKNOWN ? "method " + method : m.name();
    }
  }

  /** The WARC and ARC files under {@code archive/}, in the order of their data in the file. */
  final List<Entry> archives;

  /** The names of WARC and ARC files elsewhere in the ZIP, which a WACZ does not have. */
  final List<String> elsewhere;

  /** The number of entries the ZIP lists. */
  final int entryCount;

  /** False when the ZIP has no central directory, and the entries were found by their local headers. */
  final boolean hasDirectory;

  /** Where the entries found end: the byte after the last one's data (the file's size at most). */
  final long entriesEnd;

  private WaczEntries(List<Entry> archives, List<String> elsewhere, int entryCount, boolean hasDirectory, long entriesEnd) {
    this.archives = List.copyOf(archives);
    this.elsewhere = List.copyOf(elsewhere);
    this.entryCount = entryCount;
    this.hasDirectory = hasDirectory;
    this.entriesEnd = entriesEnd;
  }

  /**
   * The entries of {@code file}, from its central directory, else from its local headers.
   *
   * @throws NotAZipException saying why when {@code file} is not a ZIP at all.
   * @throws IOException when {@code file} cannot be read.
   */
  static WaczEntries of(SeekableByteChannel file) throws IOException {
    long size = file.size();
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new ByteRangeChannel(file, 0, size)).get()) {
      return fromDirectory(Collections.list(zip.getEntriesInPhysicalOrder()), size);
    } catch (IOException | RuntimeException e) {
      if (!startsWithLocalHeader(file)) {
        throw new NotAZipException("it is not a ZIP file: it neither starts with a ZIP local file header nor ends"
            + " with a ZIP central directory", e);
      }
      return fromLocalHeaders(file, size);
    }
  }

  /** The file is not a ZIP at all. */
  static final class NotAZipException extends IOException {
    private static final long serialVersionUID = 1L;

    NotAZipException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static WaczEntries fromDirectory(List<ZipArchiveEntry> entries, long size) {
    List<Entry> archives = new ArrayList<>();
    List<String> elsewhere = new ArrayList<>();
    long end = 0;
    for (ZipArchiveEntry e : entries) {
      long dataEnd = Math.min(size, e.getDataOffset() + Math.max(0, e.getCompressedSize()));
      end = Math.max(end, dataEnd);
      sort(e, dataEnd, archives, elsewhere);
    }
    return new WaczEntries(archives, elsewhere, entries.size(), true, end);
  }

  /**
   * The entries whose local headers can be read from the start of {@code file}. An entry whose
   * header gives no size (its sizes follow its data) and which the file ends in runs to the end.
   */
  private static WaczEntries fromLocalHeaders(SeekableByteChannel file, long size) {
    List<ZipArchiveEntry> found = new ArrayList<>();
    try (InputStream in = new BufferedInputStream(Channels.newInputStream(new ByteRangeChannel(file, 0, size)));
        ZipArchiveInputStream zip = new ZipArchiveInputStream(in, "UTF-8", true, true)) {
      for (ZipArchiveEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        found.add(e);
      }
    } catch (IOException | RuntimeException e) {
      // the file ends (or its bytes stop making sense) here: the entries before stand
    }
    List<Entry> archives = new ArrayList<>();
    List<String> elsewhere = new ArrayList<>();
    long end = 0;
    for (int i = 0; i < found.size(); i++) {
      ZipArchiveEntry e = found.get(i);
      long next = i + 1 < found.size() ? found.get(i + 1).getLocalHeaderOffset() : size;
      long dataEnd = e.getCompressedSize() >= 0 ? Math.min(size, e.getDataOffset() + e.getCompressedSize()) : next;
      end = Math.max(end, dataEnd);
      sort(e, dataEnd, archives, elsewhere);
    }
    return new WaczEntries(archives, elsewhere, found.size(), false, end);
  }

  private static void sort(ZipArchiveEntry e, long dataEnd, List<Entry> archives, List<String> elsewhere) {
    if (e.isDirectory() || InputFormat.forFileName(e.getName()) != InputFormat.ARCHIVE) {
      return;
    }
    if (e.getName().startsWith(ARCHIVE_FOLDER)) {
      long dataOffset = e.getDataOffset();
      archives.add(new Entry(e.getName(), e.getMethod(), e.getLocalHeaderOffset(), dataOffset,
          Math.max(0, dataEnd - dataOffset)));
    } else {
      elsewhere.add(e.getName());
    }
  }

  private static boolean startsWithLocalHeader(SeekableByteChannel file) {
    try {
      ByteBuffer head = ByteBuffer.allocate(LOCAL_HEADER.length);
      file.position(0);
      while (head.hasRemaining() && file.read(head) >= 0) {
        // fill
      }
      return head.position() == LOCAL_HEADER.length && head.flip().equals(ByteBuffer.wrap(LOCAL_HEADER));
    } catch (IOException e) {
      return false;
    }
  }

  /** The entry whose data holds byte {@code offset} of the WACZ, or null. */
  Entry holding(long offset) {
    for (Entry e : archives) {
      if (e.holds(offset)) {
        return e;
      }
    }
    return null;
  }
}
