package org.newscorpus.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.Collections;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * A file of a Beam {@link FileSystems} scheme whose channel cannot seek, made seekable: a seek
 * forward skips bytes, a seek back opens the file again. The archive reader only seeks to resume
 * after damage, so this costs nothing on intact files.
 */
final class ReopeningChannel implements SeekableByteChannel {

  private final ResourceId resource;
  private ReadableByteChannel channel;
  private long position;
  private long size = -1;

  ReopeningChannel(ResourceId resource, ReadableByteChannel opened) {
    this.resource = resource;
    this.channel = opened;
  }

  /** The file as a seekable channel: as opened when its file system allows, else reopened on each seek. */
  static SeekableByteChannel seekable(ReadableByteChannel channel, ResourceId resource) {
    if (channel instanceof SeekableByteChannel seekable) {
      return seekable;
    }
    return new ReopeningChannel(resource, channel);
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    int n = channel.read(dst);
    if (n > 0) {
      position += n;
    }
    return n;
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public SeekableByteChannel position(long newPosition) throws IOException {
    if (newPosition < position) {
      channel.close();
      channel = FileSystems.open(resource);
      position = 0;
    }
    ByteBuffer skip = ByteBuffer.allocate(64 * 1024);
    while (position < newPosition) {
      skip.clear();
      skip.limit((int) Math.min(skip.capacity(), newPosition - position));
      if (read(skip) < 0) {
        break;
      }
    }
    return this;
  }

  @Override
  public long size() throws IOException {
    if (size < 0) {
      MatchResult match = FileSystems.match(Collections.singletonList(resource.toString())).get(0);
      size = match.metadata().get(0).sizeBytes();
    }
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
    return channel.isOpen();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
