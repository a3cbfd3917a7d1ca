package org.newscorpus.dedupe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.util.VarInt;

/**
 * One article in one bucket of one band: the unit of the candidate search. Band numbers below
 * {@link DedupeConfig#lshBands()} are LSH bands (full text, then lede); the band {@link
 * DedupeConfig#exactBand()} holds exact copies, its bucket being the first half of the text digest;
 * the band {@link DedupeConfig#openingBand()} holds texts by their first shingle, paired as an LSH
 * band's are.
 */
public record BucketEntry(int band, long bucket, String id, long exactHi, long exactLo) {

  /** The coder of bucket entries. */
  public static final class Coder extends AtomicCoder<BucketEntry> {
    private static final Coder INSTANCE = new Coder();
    private static final long serialVersionUID = 1L;

    public static Coder of() {
      return INSTANCE;
    }

    @Override
    public void encode(BucketEntry e, OutputStream out) throws IOException {
      VarInt.encode(e.band, out);
      Wire.writeLong(out, e.bucket);
      Wire.writeString(out, e.id);
      Wire.writeLong(out, e.exactHi);
      Wire.writeLong(out, e.exactLo);
    }

    @Override
    public BucketEntry decode(InputStream in) throws IOException {
      int band = VarInt.decodeInt(in);
      long bucket = Wire.readLong(in);
      String id = Wire.readString(in);
      return new BucketEntry(band, bucket, id, Wire.readLong(in), Wire.readLong(in));
    }
  }
}
