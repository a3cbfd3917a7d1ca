package org.newscorpus.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipLong;
import org.apache.commons.compress.archivers.zip.ZipMethod;

/**
 * Where the WARC and ARC files of a WACZ lie in it: the {@code archive/} entries of the ZIP (WACZ
 * 1.1.1), each with its compression method and the byte range of its data. Read from the ZIP's
 * central directory with commons-compress, each WARC's local header checked against it (a corrupt
 * one makes that entry {@link Entry#corruption} and no other); when the file has none (it was cut
 * short, or is still being written), from the local headers before each entry's data, as far as
 * they go. With the central directory, the sizes {@code datapackage.json} lists for its WARC files
 * are {@link #listedSizes}, and those it lists that the ZIP does not hold are {@link #missing};
 * nothing else of {@code datapackage.json} is read.
 */
final class WaczEntries {

  /** The folder of a WACZ that holds its WARC files. */
  static final String ARCHIVE_FOLDER = "archive/";

  /** The WACZ's package descriptor, which lists its files. */
  static final String DATAPACKAGE = "datapackage.json";

  /** The largest {@code datapackage.json} read: a WACZ's lists a few files, a handful of KB. */
  private static final long MAX_DATAPACKAGE_BYTES = 16 << 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The 4 bytes a ZIP's first local file header starts with. */
  private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};

  /**
   * One WARC or ARC file of the WACZ: its name in the ZIP, its compression method, where its local
   * header and its data start in the WACZ, and its data's length (cut at the end of the file); or,
   * when its local header is corrupt, what is wrong with it ({@code corruption}, else null), and no
   * data (offset -1).
   */
  record Entry(String name, int method, long headerOffset, long dataOffset, long size, String corruption) {

    /** True when the data is the WARC itself, as WACZ requires: a range of the WACZ reads it. */
    boolean stored() {
      return method == ZipMethod.STORED.getCode();
    }

    /** True when byte {@code offset} of the WACZ is in this entry's data. */
    boolean holds(long offset) {
      return corruption == null && offset >= dataOffset && offset < dataOffset + size;
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

  /**
   * The WARC and ARC files that {@code datapackage.json} lists under {@code archive/} but the ZIP
   * does not hold, each with the size the listing gives (-1 when it gives none).
   */
  final Map<String, Long> missing;

  /**
   * The size in bytes that {@code datapackage.json} lists for each WARC and ARC file under {@code
   * archive/}, held by the ZIP or not (-1 when it gives none); empty without a listing.
   */
  final Map<String, Long> listedSizes;

  /** Where the local header of {@code datapackage.json} starts, or -1 when the ZIP has none. */
  final long datapackageOffset;

  /** The number of entries the ZIP lists. */
  final int entryCount;

  /** False when the ZIP has no central directory, and the entries were found by their local headers. */
  final boolean hasDirectory;

  /** Where the entries found end: the byte after the last one's data (the file's size at most). */
  final long entriesEnd;

  private WaczEntries(List<Entry> archives, List<String> elsewhere, Map<String, Long> listedSizes, Map<String, Long> missing,
      long datapackageOffset, int entryCount, boolean hasDirectory, long entriesEnd) {
    this.archives = List.copyOf(archives);
    this.elsewhere = List.copyOf(elsewhere);
    this.listedSizes = Collections.unmodifiableMap(new LinkedHashMap<>(listedSizes));
    this.missing = Collections.unmodifiableMap(new LinkedHashMap<>(missing));
    this.datapackageOffset = datapackageOffset;
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
    ZipFile zip;
    try {
      // the local headers are checked one by one (resolve), so that a corrupt one costs only its entry
      zip = ZipFile.builder().setSeekableByteChannel(new ByteRangeChannel(file, 0, size))
          .setIgnoreLocalFileHeader(true).get();
    } catch (IOException | RuntimeException e) {
      if (!startsWithLocalHeader(file)) {
        throw new NotAZipException("it is not a ZIP file: it neither starts with a ZIP local file header nor ends"
            + " with a ZIP central directory", e);
      }
      return fromLocalHeaders(file, size);
    }
    try (zip) {
      return fromDirectory(zip, file, size);
    }
  }

  /** The file is not a ZIP at all. */
  static final class NotAZipException extends IOException {
    private static final long serialVersionUID = 1L;

    NotAZipException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static WaczEntries fromDirectory(ZipFile zip, SeekableByteChannel file, long size) {
    List<ZipArchiveEntry> entries = Collections.list(zip.getEntriesInPhysicalOrder());
    List<Entry> archives = new ArrayList<>();
    List<String> elsewhere = new ArrayList<>();
    long end = 0;
    for (int i = 0; i < entries.size(); i++) {
      ZipArchiveEntry e = entries.get(i);
      if (!isArchive(e)) {
        continue;
      }
      if (!e.getName().startsWith(ARCHIVE_FOLDER)) {
        elsewhere.add(e.getName());
        continue;
      }
      long next = i + 1 < entries.size() ? entries.get(i + 1).getLocalHeaderOffset() : size;
      String corruption = resolve(zip, e, file, next);
      if (corruption != null) {
        archives.add(new Entry(e.getName(), e.getMethod(), e.getLocalHeaderOffset(), -1, 0, corruption));
        continue;
      }
      long dataEnd = Math.min(size, e.getDataOffset() + Math.max(0, e.getCompressedSize()));
      end = Math.max(end, dataEnd);
      archives.add(entry(e, dataEnd));
    }
    ZipArchiveEntry datapackage = zip.getEntry(DATAPACKAGE);
    Map<String, Long> listed = listedSizes(zip, datapackage);
    Map<String, Long> missing = new LinkedHashMap<>();
    listed.forEach((path, bytes) -> {
      if (zip.getEntry(path) == null) {
        missing.put(path, bytes);
      }
    });
    return new WaczEntries(archives, elsewhere, listed, missing, datapackage == null ? -1
        : datapackage.getLocalHeaderOffset(), entries.size(), true, end);
  }

  /**
   * The WARC and ARC files that {@code datapackage} (the WACZ's {@code datapackage.json}, may be
   * null) lists under {@code archive/}, with their listed sizes (-1 when it gives none). A listing
   * that cannot be read, or is over {@link #MAX_DATAPACKAGE_BYTES}, lists none: the WARC files the
   * ZIP holds are read all the same.
   */
  private static Map<String, Long> listedSizes(ZipFile zip, ZipArchiveEntry datapackage) {
    Map<String, Long> listed = new LinkedHashMap<>();
    if (datapackage == null || datapackage.getSize() > MAX_DATAPACKAGE_BYTES) {
      return listed;
    }
    JsonNode resources;
    try (InputStream in = zip.getInputStream(datapackage)) {
      byte[] json = in.readNBytes((int) MAX_DATAPACKAGE_BYTES + 1); // its listed size may lie
      if (json.length > MAX_DATAPACKAGE_BYTES) {
        return listed;
      }
      resources = JSON.readTree(json).path("resources");
    } catch (IOException | RuntimeException e) {
      return listed;
    }
    for (JsonNode resource : resources) {
      String path = resource.path("path").asText("");
      if (path.startsWith(ARCHIVE_FOLDER) && InputFormat.forFileName(path) == InputFormat.ARCHIVE) {
        listed.put(path, Math.max(-1, resource.path("bytes").asLong(-1)));
      }
    }
    return listed;
  }

  /**
   * Checks the local file header of {@code e}, an entry of the central directory, and sets the
   * offset of its data from it; null when the header agrees with the directory, else what is wrong
   * with it. The header must start with a local header's signature, put the entry's data before
   * {@code next} (where the next entry starts) and before the central directory, and name the entry
   * as the directory does.
   */
  private static String resolve(ZipFile zip, ZipArchiveEntry e, SeekableByteChannel file, long next) {
    long header = e.getLocalHeaderOffset();
    String at = "its local file header at byte " + header;
    try {
      byte[] signature = new byte[4];
      ByteBuffer buf = ByteBuffer.wrap(signature);
      file.position(header);
      while (buf.hasRemaining() && file.read(buf) >= 0) {
        // fill
      }
      if (!ZipLong.LFH_SIG.equals(new ZipLong(signature))) {
        return at + " does not start with the signature of one (50 4b 03 04) but with "
            + HexFormat.ofDelimiter(" ").formatHex(signature, 0, buf.position());
      }
    } catch (IOException | RuntimeException x) {
      return at + " cannot be read: " + ArchiveReader.describe(x);
    }
    String past = null;
    try {
      // sets e's data offset from the header's name and extra field lengths; fails when the data
      // would then run into the central directory
      zip.getRawInputStream(e).close();
    } catch (IOException | RuntimeException x) {
      if (e.getDataOffset() < 0) {
        return at + " cannot be read: " + ArchiveReader.describe(x);
      }
      past = "into the central directory";
    }
    long size = Math.max(0, e.getCompressedSize());
    if (past == null && e.getDataOffset() + size > next) {
      past = "past byte " + next + ", where the next entry's header starts";
    }
    if (past != null) {
      return at + " gives lengths of its name and extra field that put its data at byte " + e.getDataOffset()
          + ", from where its " + size + " bytes would run " + past;
    }
    try (InputStream in = new BufferedInputStream(Channels.newInputStream(new ByteRangeChannel(file, header,
            e.getDataOffset() - header)));
        ZipArchiveInputStream local = new ZipArchiveInputStream(in, "UTF-8", true, true)) {
      ZipArchiveEntry l = local.getNextEntry();
      if (!Arrays.equals(l.getRawName(), e.getRawName())) {
        return at + " names " + quote(l.getName()) + " where the central directory names " + quote(e.getName());
      }
    } catch (IOException | RuntimeException x) {
      return at + " cannot be read as one: " + ArchiveReader.describe(x);
    }
    return null;
  }

  private static String quote(String name) {
    return "\"" + (name.length() > 80 ? name.substring(0, 80) + "…" : name) + "\"";
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
    return new WaczEntries(archives, elsewhere, Map.of(), Map.of(), -1, found.size(), false, end);
  }

  private static void sort(ZipArchiveEntry e, long dataEnd, List<Entry> archives, List<String> elsewhere) {
    if (!isArchive(e)) {
      return;
    }
    if (e.getName().startsWith(ARCHIVE_FOLDER)) {
      archives.add(entry(e, dataEnd));
    } else {
      elsewhere.add(e.getName());
    }
  }

  /** True when {@code e} is a WARC or ARC file, by its name. */
  private static boolean isArchive(ZipArchiveEntry e) {
    return !e.isDirectory() && InputFormat.forFileName(e.getName()) == InputFormat.ARCHIVE;
  }

  /** The readable entry {@code e}, whose data (its data offset set) ends at {@code dataEnd}. */
  private static Entry entry(ZipArchiveEntry e, long dataEnd) {
    long dataOffset = e.getDataOffset();
    return new Entry(e.getName(), e.getMethod(), e.getLocalHeaderOffset(), dataOffset,
        Math.max(0, dataEnd - dataOffset), null);
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
