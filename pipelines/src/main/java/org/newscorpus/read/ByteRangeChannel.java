package org.newscorpus.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A read-only view of the bytes {@code [start, start + size)} of a channel, as a channel of its
 * own whose byte 0 is {@code start}: a WARC stored in a WACZ, read in place. Reads and seeks go
 * to the underlying channel, which stays open when the view is closed (its owner closes it).
 */
final class ByteRangeChannel implements SeekableByteChannel {

  private final SeekableByteChannel file;
  private final long start;
  private final long size;
  private long position;
  private boolean open = true;

  ByteRangeChannel(SeekableByteChannel file, long start, long size) {
    if (start < 0 || size < 0) {
      throw new IllegalArgumentException("start and size must not be negative, were " + start + " and " + size);
    }
    this.file = file;
    this.start = start;
    this.size = size;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (position >= size) {
      return -1;
    }
    if (file.position() != start + position) {
      file.position(start + position);
    }
    int limit = dst.limit();
    long left = size - position;
    if (dst.remaining() > left) {
      dst.limit(dst.position() + (int) left);
    }
    try {
      int n = file.read(dst);
      if (n > 0) {
        position += n;
      }
      return n;
    } finally {
      dst.limit(limit);
    }
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public SeekableByteChannel position(long newPosition) {
    if (newPosition < 0) {
      throw new IllegalArgumentException("newPosition must not be negative, was " + newPosition);
    }
    position = newPosition;
    return this;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public SeekableByteChannel truncate(long newSize) {
    throw new NonWritableChannelException();
  }

  @Override
  public boolean isOpen() {
    return open && file.isOpen();
  }

  @Override
  public void close() {
    open = false;
  }
}
