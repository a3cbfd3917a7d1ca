/**
 * Writing: the Hive-partitioned Avro datasets (articles, stories, rejected), the in-pipeline
 * accounting, and the output folder's life cycle ({@link org.newscorpus.write.OutputFolder}).
 */
package org.newscorpus.write;
