/**
 * Evaluation of extraction against gold sets, as a product feature: {@link
 * org.newscorpus.evaluate.EvaluateExtraction} (run by {@code scripts/evaluate-extraction.sh}) reads a
 * gold set ({@link org.newscorpus.evaluate.GoldSets}: the WCXB ground truth, trafilatura's snippet
 * set, htmldate's date set, or a user's own JSONL), runs every page through the pipeline's own
 * {@link org.newscorpus.extract.ArticleExtractor} and prints the figures the field publishes: the
 * body metric of the public article-extraction benchmark ({@link
 * org.newscorpus.evaluate.TextMetrics}), trafilatura's pooled snippet scores ({@link
 * org.newscorpus.evaluate.SnippetScore}) and htmldate's date accuracy ({@link
 * org.newscorpus.evaluate.DateScore}).
 */
package org.newscorpus.evaluate;
