/**
 * Deduplication: finds republished copies of a story across sites, links them into stories, picks
 * one canonical article per story by a total order, and builds the story records.
 *
 * <p>Plain classes hold the logic and are tested with plain JUnit: {@link
 * org.newscorpus.dedupe.TextNormalizer}, {@link org.newscorpus.dedupe.Shingles}, {@link
 * org.newscorpus.dedupe.MinHash}, {@link org.newscorpus.dedupe.Signer}, {@link
 * org.newscorpus.dedupe.CandidatePairs}, {@link org.newscorpus.dedupe.Similarity}, {@link
 * org.newscorpus.dedupe.ComponentRounds}, {@link org.newscorpus.dedupe.CanonicalOrder} and {@link
 * org.newscorpus.dedupe.StoryAssembler}, all set by one {@link org.newscorpus.dedupe.DedupeConfig}.
 * {@link org.newscorpus.dedupe.DedupeStories} is the Beam stage; its steps are composites of
 * thin {@code ...Fn} adapters.
 */
package org.newscorpus.dedupe;
