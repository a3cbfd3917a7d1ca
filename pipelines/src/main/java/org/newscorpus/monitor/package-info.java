/**
 * Watching a run: {@link org.newscorpus.monitor.ProgressMonitor} runs the pipeline, prints a
 * progress line from its Beam metrics while it runs, and hands back the final counters;
 * {@link org.newscorpus.monitor.Progress} turns counters into that line and its ETA.
 */
package org.newscorpus.monitor;
