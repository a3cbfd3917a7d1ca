/**
 * Benchmarks of the whole pipeline against its floors: the benchmark corpus generator ({@link
 * org.newscorpus.bench.BenchCorpus}), the measured runs ({@link org.newscorpus.bench.BenchRun}) and
 * the table of medians ({@link org.newscorpus.bench.BenchTable}), driven by {@code scripts/bench.sh}.
 */
package org.newscorpus.bench;
