package org.newscorpus.pipeline;

import org.newscorpus.dedupe.DedupeOptions;
import org.newscorpus.extract.ExtractOptions;
import org.newscorpus.monitor.ProgressOptions;
import org.newscorpus.read.ReadOptions;
import org.newscorpus.report.ReportOptions;
import org.newscorpus.write.WriteOptions;

/** All options of the pipeline: one interface per stage, plus Beam's own (runner and kin). */
public interface NewsCorpusOptions
    extends ReadOptions, ExtractOptions, DedupeOptions, WriteOptions, ProgressOptions, ReportOptions {}
