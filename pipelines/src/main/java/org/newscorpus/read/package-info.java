/**
 * Reading: expands {@code --input} into files, reads WARC/ARC archives with jwarc (also those
 * inside a WACZ) and dump files, and turns each record into a page, a counted skip or a rejected
 * record.
 *
 * <p>Plain classes hold the logic: {@link org.newscorpus.read.ArchiveReader} (one file, resuming
 * after damage with {@link org.newscorpus.read.RecordFinder}), {@link
 * org.newscorpus.read.RecordClassifier} (what one record comes to), {@link
 * org.newscorpus.read.ChunkedTransfer} (HTTP chunked transfer coding), {@link
 * org.newscorpus.read.ContentDecoding} (HTTP Content-Encoding), {@link
 * org.newscorpus.read.Truncation} (why a capture is incomplete), {@link
 * org.newscorpus.read.PageDecoder} (charsets), {@link org.newscorpus.read.DumpReader} and {@link
 * org.newscorpus.read.InputFiles}. {@link org.newscorpus.read.WaczReader} reads the WARC files of
 * a WACZ in place ({@link org.newscorpus.read.WaczEntries} finds them in the ZIP); {@link
 * org.newscorpus.read.RecordReader} picks it or {@link org.newscorpus.read.ArchiveReader} by the
 * file's name. {@link org.newscorpus.read.ReadArchives} is the Beam stage; {@link
 * org.newscorpus.read.ResolveRevisits} joins revisits to their original captures.
 */
package org.newscorpus.read;
