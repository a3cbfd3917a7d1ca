/**
 * The run's accounting: tally keys emitted by every stage, summed in the pipeline, and turned into
 * {@code _SUMMARY.json} by {@link org.newscorpus.accounting.RunSummary}.
 */
package org.newscorpus.accounting;
