/**
 * Reading: expands {@code --input} into files, reads WARC/ARC archives with jwarc and dump files,
 * and turns each record into a page, a counted skip or a rejected record. Plain classes ({@link
 * org.newscorpus.read.ArchiveReader}, {@link org.newscorpus.read.DumpReader}, {@link
 * org.newscorpus.read.InputFiles}) hold the logic; {@link org.newscorpus.read.ReadArchives} is the
 * Beam stage.
 */
package org.newscorpus.read;
