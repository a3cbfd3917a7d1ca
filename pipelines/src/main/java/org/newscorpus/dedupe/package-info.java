/**
 * Deduplication: groups articles that carry the same story, picks one canonical article per story
 * by a total order, and builds the story records. {@link org.newscorpus.dedupe.TextNormalizer},
 * {@link org.newscorpus.dedupe.CanonicalOrder} and {@link org.newscorpus.dedupe.StoryAssembler}
 * are plain classes; {@link org.newscorpus.dedupe.DedupeStories} is the Beam stage.
 */
package org.newscorpus.dedupe;
