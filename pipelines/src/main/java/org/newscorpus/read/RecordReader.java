package org.newscorpus.read;

import java.nio.channels.SeekableByteChannel;
import java.util.Optional;
import org.newscorpus.schema.Page;

/**
 * Reads the records of one archive input: a WARC or ARC file ({@link ArchiveReader}), or the WARC
 * files inside a WACZ ({@link WaczReader}). {@link #of} picks by the file's name; the reading step
 * and the revisit resolution both go through it, so a page's offset means the same to both.
 */
interface RecordReader {

  /**
   * Reads every record of {@code file} and tells {@code sink} what each comes to; returns the
   * number of records read, which equals the number of calls made to {@code sink}.
   */
  long read(String inputUri, SeekableByteChannel file, RecordSink sink);

  /** Reads again the page that {@link #read} found at {@code offset}, or empty when there is none. */
  Optional<Page> pageAt(String inputUri, SeekableByteChannel file, long offset);

  /** The reader of the archive input {@code inputUri}, by its name ({@link InputFormat}). */
  static RecordReader of(String inputUri, long maxPageBytes) {
    if (InputFormat.forFileName(inputUri) == InputFormat.WACZ) {
      return new WaczReader(maxPageBytes);
    }
    ArchiveReader archive = new ArchiveReader(maxPageBytes);
    return new RecordReader() {
      @Override
      public long read(String uri, SeekableByteChannel file, RecordSink sink) {
        return archive.read(uri, file, sink);
      }

      @Override
      public Optional<Page> pageAt(String uri, SeekableByteChannel file, long offset) {
        return archive.pageAt(uri, file, offset);
      }
    };
  }
}
