package org.newscorpus.dedupe;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.util.VarInt;

/**
 * The byte layout shared by the dedupe stage's coders: variable-length lengths, UTF-8 strings
 * with a null marker, fixed 8-byte longs. Hand-written coders keep the grouped steps free of
 * reflection and their encoding compact and stable.
 */
final class Wire {

  private Wire() {}

  static void writeString(OutputStream out, String s) throws IOException {
    if (s == null) {
      VarInt.encode(0, out);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    VarInt.encode(b.length + 1, out);
    out.write(b);
  }

  static String readString(InputStream in) throws IOException {
    int n = VarInt.decodeInt(in);
    if (n == 0) {
      return null;
    }
    byte[] b = new byte[n - 1];
    new DataInputStream(in).readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  /** Writes the count, then the values big-endian in one block (a shingle set is thousands of bytes). */
  static void writeLongs(OutputStream out, long[] values) throws IOException {
    VarInt.encode(values.length, out);
    ByteBuffer block = ByteBuffer.allocate(values.length * Long.BYTES);
    block.asLongBuffer().put(values);
    out.write(block.array());
  }

  static long[] readLongs(InputStream in) throws IOException {
    int n = VarInt.decodeInt(in);
    byte[] block = new byte[n * Long.BYTES];
    new DataInputStream(in).readFully(block);
    long[] values = new long[n];
    ByteBuffer.wrap(block).asLongBuffer().get(values);
    return values;
  }

  static void writeLong(OutputStream out, long v) throws IOException {
    out.write(ByteBuffer.allocate(Long.BYTES).putLong(v).array());
  }

  static long readLong(InputStream in) throws IOException {
    byte[] b = new byte[Long.BYTES];
    new DataInputStream(in).readFully(b);
    return ByteBuffer.wrap(b).getLong();
  }
}
