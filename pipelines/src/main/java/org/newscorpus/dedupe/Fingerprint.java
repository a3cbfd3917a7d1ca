package org.newscorpus.dedupe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.util.VarInt;

/**
 * What the dedupe stage knows of one article while it clusters: the fields that choose the
 * canonical article and build the story record, the key of its exact text, and its shingle set.
 * The article's text itself stays behind; it is joined back only at the end.
 *
 * @param textLength characters of the article's text (the canonical order prefers longer texts)
 * @param pointsElsewhere true when the page names another URL as its canonical ({@link
 *     CanonicalLinks}): an AMP page, a print view, a link with tracking parameters
 * @param wireCopy true when the text opens with a news agency's dateline and the page is not on
 *     that agency's site ({@link WireDateline}): a site running a wire story
 * @param exactHi first 64 bits of the normalised text's digest (the article's {@code content_hash})
 * @param exactLo last 64 bits of that digest
 * @param shingles the shingle set as 32-bit keys ({@link Shingles#keys}), sorted, without repeats
 * @param previousStoryId for an article read from {@code --previousOutput}, its story id there
 * @param previousCanonical true for an article that was canonical in {@code --previousOutput}
 */
public record Fingerprint(
    String id,
    String url,
    String site,
    String source,
    String language,
    String title,
    LocalDate publishedDate,
    int textLength,
    boolean pointsElsewhere,
    boolean wireCopy,
    long exactHi,
    long exactLo,
    int[] shingles,
    String previousStoryId,
    boolean previousCanonical) {

  /** True when the page says it republishes another publisher: its source is not its site. */
  public boolean isCreditedCopy() {
    return !source.equalsIgnoreCase(site);
  }

  /**
   * Of two fingerprints with one id (one capture read twice: a crawl file copied into two input
   * folders), the one to keep: the smaller text digest, as {@link MarkArticleFn} keeps the article
   * with the smaller {@code content_hash}.
   */
  static Fingerprint oneOfSameId(Fingerprint a, Fingerprint b) {
    int hi = Long.compareUnsigned(a.exactHi, b.exactHi);
    return hi < 0 || hi == 0 && Long.compareUnsigned(a.exactLo, b.exactLo) <= 0 ? a : b;
  }

  /** True when both have the same normalised text. */
  public boolean sameTextAs(Fingerprint other) {
    return exactHi == other.exactHi && exactLo == other.exactLo;
  }

  /** True for an article that comes from the earlier dataset of an incremental run. */
  public boolean isPrevious() {
    return previousStoryId != null;
  }

  /** The coder of fingerprints. */
  public static final class Coder extends AtomicCoder<Fingerprint> {
    private static final Coder INSTANCE = new Coder();
    private static final long serialVersionUID = 1L;

    public static Coder of() {
      return INSTANCE;
    }

    @Override
    public void encode(Fingerprint f, OutputStream out) throws IOException {
      Wire.writeString(out, f.id);
      Wire.writeString(out, f.url);
      Wire.writeString(out, f.site);
      Wire.writeString(out, f.source);
      Wire.writeString(out, f.language);
      Wire.writeString(out, f.title);
      Wire.writeLong(out, f.publishedDate == null ? Long.MIN_VALUE : f.publishedDate.toEpochDay());
      VarInt.encode(f.textLength, out);
      out.write((f.pointsElsewhere ? 1 : 0) | (f.wireCopy ? 2 : 0));
      Wire.writeLong(out, f.exactHi);
      Wire.writeLong(out, f.exactLo);
      Wire.writeInts(out, f.shingles);
      Wire.writeString(out, f.previousStoryId);
      out.write(f.previousCanonical ? 1 : 0);
    }

    @Override
    public Fingerprint decode(InputStream in) throws IOException {
      String id = Wire.readString(in);
      String url = Wire.readString(in);
      String site = Wire.readString(in);
      String source = Wire.readString(in);
      String language = Wire.readString(in);
      String title = Wire.readString(in);
      long day = Wire.readLong(in);
      int textLength = VarInt.decodeInt(in);
      int flags = in.read();
      long hi = Wire.readLong(in);
      long lo = Wire.readLong(in);
      int[] shingles = Wire.readInts(in);
      String previousStoryId = Wire.readString(in);
      boolean previousCanonical = in.read() == 1;
      return new Fingerprint(
          id, url, site, source, language, title, day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day),
          textLength, (flags & 1) != 0, (flags & 2) != 0, hi, lo, shingles, previousStoryId, previousCanonical);
    }
  }
}
