/**
 * JMH benchmarks of the stages alone, on pages of the benchmark corpus: extraction ({@link
 * org.newscorpus.bench.jmh.ExtractBenchmark}) and signatures plus dedupe ({@link
 * org.newscorpus.bench.jmh.DedupeBenchmark}). They call the stages through {@link
 * org.newscorpus.bench.jmh.Stages}, the one place to change when a stage's entry point changes.
 */
package org.newscorpus.bench.jmh;
