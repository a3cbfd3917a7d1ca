package org.newscorpus.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.newscorpus.schema.Page;

/**
 * Reads a WACZ file (WACZ 1.1.1, the ZIP that browsertrix writes): every WARC and ARC file under
 * its {@code archive/} folder, in place, with {@link ArchiveReader}, in the order they lie in the
 * ZIP. Of the rest of the WACZ, only the list of files in {@code datapackage.json} is read, to
 * tell of a WARC it lists that the ZIP lacks, or holds at another size; its indexes and {@code
 * pages/} are not read (the WARC files hold every capture they list), nor are the sha256 hashes of
 * {@code datapackage.json} checked (that would read every WARC twice).
 *
 * <p>Offsets are the WACZ's own. WACZ stores its WARC files without compression in the ZIP, so
 * each is a byte range of the WACZ, and a record's {@code input_offset} is where its WARC's data
 * starts in the WACZ plus where the record starts in the WARC: a range request on the WACZ at that
 * offset gives the record (its gzip member). {@link #pageAt} maps such an offset back to its WARC.
 *
 * <p>What cannot be read is one rejected record, never silence:
 *
 * <ul>
 *   <li>{@code notAnArchive}: the file is not a ZIP, or holds no WARC or ARC under {@code archive/};
 *   <li>{@code compressedWaczEntry}: a WARC stored compressed in the ZIP (DEFLATED), which WACZ does
 *       not allow: it cannot be read by offset, and the message says to unzip the WACZ and read the
 *       WARC itself. The other WARC files of the WACZ are read;
 *   <li>{@code corruptWacz}: a WARC whose local file header (the ZIP's header before its data) does
 *       not agree with the central directory: it is no local header, it names another file, or it
 *       puts the data where the data cannot be. Where the WARC lies is then unknown, so it is not
 *       read; the message names it, the offset is its header's, and the other WARC files are read;
 *   <li>{@code missingWaczEntry}: a WARC or ARC file that {@code datapackage.json} lists under
 *       {@code archive/} and the ZIP does not hold (it was left out when the WACZ was packed or
 *       repacked): one record per file, at {@code datapackage.json}'s local header, naming it;
 *   <li>{@code truncatedWacz}: the ZIP has no central directory (the file was cut short, or is
 *       still being written). Its WARC files are found by their local headers and read as far as
 *       the file goes (the cut record is {@code truncatedRecord}), and this one record says that
 *       whatever followed the cut is lost.
 * </ul>
 *
 * <p>A WARC whose size in the ZIP is not the one {@code datapackage.json} lists is read all the
 * same, and adds no record: the rejections of its records (a {@code truncatedRecord} where it was
 * cut inside a record) say both sizes.
 */
public final class WaczReader implements RecordReader {

  private final ArchiveReader archives;
  private String listedUri;
  private WaczEntries listed;

  public WaczReader(long maxPageBytes) {
    this.archives = new ArchiveReader(maxPageBytes);
  }

  @Override
  public long read(String inputUri, SeekableByteChannel file, RecordSink sink) {
    WaczEntries wacz;
    try {
      wacz = WaczEntries.of(file);
    } catch (WaczEntries.NotAZipException e) {
      sink.rejected("notAnArchive", 0L, null, inputUri + " is not a WACZ: " + e.getMessage(), head(file));
      return 1;
    } catch (IOException | RuntimeException e) {
      sink.rejected("unreadableFile", 0L, null, "cannot read " + inputUri + ": " + ArchiveReader.describe(e), null);
      return 1;
    }
    if (wacz.archives.isEmpty() && wacz.missing.isEmpty()) {
      reject(inputUri, file, wacz, sink);
      return 1;
    }
    long records = 0;
    for (WaczEntries.Entry entry : wacz.archives) {
      if (entry.corruption() != null) {
        sink.rejected("corruptWacz", entry.headerOffset(), null, entry.name() + " in " + inputUri + ": "
            + entry.corruption() + ". The ZIP is corrupt there: where " + entry.name() + " lies is unknown, so its"
            + " records are not read; the WACZ's other WARC files are read", null);
        records++;
        continue;
      }
      if (!entry.stored()) {
        sink.rejected("compressedWaczEntry", entry.headerOffset(), null, entry.name() + " is stored "
            + entry.methodName() + " in " + inputUri + ", where a WACZ stores its WARC files uncompressed (WACZ "
            + "1.1.1) so that they can be read by offset: unzip the WACZ and read " + entry.name() + " itself", null);
        records++;
        continue;
      }
      // the WARC's own name in messages (offsets in them are the WARC's); pages get the WACZ's
      records += archives.read(inputUri + "!/" + entry.name(), range(file, entry),
          new EntrySink(inputUri, sink, entry, sizeNote(wacz, entry)));
    }
    for (Map.Entry<String, Long> lost : wacz.missing.entrySet()) {
      sink.rejected("missingWaczEntry", wacz.datapackageOffset, null, WaczEntries.DATAPACKAGE + " of " + inputUri
          + " lists " + lost.getKey() + (lost.getValue() < 0 ? "" : " (" + lost.getValue() + " bytes)")
          + ", which the ZIP does not hold: its records are lost; the WACZ's other WARC files are read", null);
      records++;
    }
    if (!wacz.hasDirectory) {
      sink.rejected("truncatedWacz", wacz.entriesEnd, null, inputUri + " has no ZIP central directory: it was cut"
          + " short or is still being written. Its " + wacz.archives.size()
          + " WARC file(s) found before byte " + wacz.entriesEnd + " were read; whatever followed is lost", null);
      records++;
    }
    return records;
  }

  /**
   * What each rejection in {@code entry} adds when {@code datapackage.json} lists another size for
   * it than the ZIP holds; empty when the sizes agree or none is listed. No record is added for it:
   * every record the ZIP holds is read and counted once, and the listing alone cannot tell a WARC cut
   * after it was listed (whose cut record, if the cut is inside one, is {@code truncatedRecord}) from
   * one changed or replaced since (which lost nothing).
   */
  private static String sizeNote(WaczEntries wacz, WaczEntries.Entry entry) {
    Long listed = wacz.listedSizes.get(entry.name());
    if (listed == null || listed < 0 || listed == entry.size()) {
      return "";
    }
    long held = entry.size();
    return "; " + WaczEntries.DATAPACKAGE + " lists " + listed + " bytes for " + entry.name() + ", where the ZIP holds "
        + held + " (" + (listed > held ? listed - held + " fewer: the WARC was cut, or changed, after it was listed"
            : held - listed + " more: the WARC was changed after it was listed") + ")";
  }

  /** The one rejection of a WACZ without a WARC file to read. */
  private static void reject(String inputUri, SeekableByteChannel file, WaczEntries wacz, RecordSink sink) {
    if (!wacz.hasDirectory) {
      sink.rejected("truncatedWacz", wacz.entriesEnd, null, inputUri + " has no ZIP central directory and no WARC"
          + " file under " + WaczEntries.ARCHIVE_FOLDER + " before byte "
          + wacz.entriesEnd + ": it was cut short or is still being written", head(file));
      return;
    }
    String message = inputUri + " is a ZIP of " + wacz.entryCount + " entries without a WARC or ARC file under "
        + WaczEntries.ARCHIVE_FOLDER + ", where a WACZ holds them";
    if (!wacz.elsewhere.isEmpty()) {
      message += "; it holds " + String.join(", ", wacz.elsewhere.subList(0, Math.min(5, wacz.elsewhere.size())))
          + (wacz.elsewhere.size() > 5 ? " and " + (wacz.elsewhere.size() - 5) + " more" : "")
          + ": unzip it and read those";
    }
    sink.rejected("notAnArchive", 0L, null, message, head(file));
  }

  @Override
  public Optional<Page> pageAt(String inputUri, SeekableByteChannel file, long offset) {
    try {
      if (!inputUri.equals(listedUri)) {
        listed = WaczEntries.of(file);
        listedUri = inputUri;
      }
      WaczEntries.Entry entry = listed.holding(offset);
      if (entry == null || !entry.stored()) {
        return Optional.empty();
      }
      Optional<Page> page = archives.pageAt(inputUri, range(file, entry), offset - entry.dataOffset());
      page.ifPresent(p -> p.setInputOffset(p.getInputOffset() + entry.dataOffset()));
      return page;
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static SeekableByteChannel range(SeekableByteChannel file, WaczEntries.Entry entry) {
    return new ByteRangeChannel(file, entry.dataOffset(), entry.size());
  }

  /** The first bytes of the file, for a rejection's excerpt; null when they cannot be read. */
  private static byte[] head(SeekableByteChannel file) {
    try {
      ByteBuffer buf = ByteBuffer.allocate(RecordClassifier.EXCERPT_BYTES);
      file.position(0);
      while (buf.hasRemaining() && file.read(buf) >= 0) {
        // fill
      }
      return Arrays.copyOf(buf.array(), buf.position());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Passes on what {@link ArchiveReader} found in one WARC of the WACZ, with its offsets made the
   * WACZ's and its pages the WACZ's, and each rejection's message saying which WARC (whose own
   * offsets it may give) and, when {@code datapackage.json} lists another size for it, that size.
   */
  private static final class EntrySink implements RecordSink {
    private final String inputUri;
    private final RecordSink sink;
    private final WaczEntries.Entry entry;
    /** What every rejection's message ends with: the WARC's size as listed, when it is not what the ZIP holds. */
    private final String sizeNote;

    EntrySink(String inputUri, RecordSink sink, WaczEntries.Entry entry, String sizeNote) {
      this.inputUri = inputUri;
      this.sink = sink;
      this.entry = entry;
      this.sizeNote = sizeNote;
    }

    private Long inWacz(Long offset) {
      return offset == null ? null : offset + entry.dataOffset();
    }

    @Override
    public void page(Page page) {
      sink.page(inWacz(page));
    }

    @Override
    public void revisit(Page stub) {
      sink.revisit(inWacz(stub));
    }

    private Page inWacz(Page page) {
      page.setInputUri(inputUri);
      page.setInputOffset(inWacz(page.getInputOffset()));
      return page;
    }

    @Override
    public void skipped(String reason, Long offset, String url) {
      sink.skipped(reason, inWacz(offset), url);
    }

    @Override
    public void rejected(String reason, Long offset, String url, String message, byte[] excerpt) {
      sink.rejected(reason, inWacz(offset), url, "in " + entry.name() + ", whose byte 0 is byte " + entry.dataOffset()
          + " of the WACZ: " + message + sizeNote, excerpt);
    }
  }
}
