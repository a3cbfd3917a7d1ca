package org.newscorpus.dedupe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Story;

/**
 * Assembles one story from the fingerprints of its members (one connected component of verified
 * links): picks the canonical article, gives every member its {@link StoryMark}, and builds the
 * {@link Story} record.
 *
 * <p>In a fresh run the canonical article is the first member by the story's {@link
 * CanonicalOrder#forStory} order and the story id is its id. In an incremental run ({@code
 * --previousOutput}), a story that holds articles which were canonical in the earlier dataset
 * keeps the story id of the first of them (the incumbent), and the incumbent stays canonical
 * unless a new original (not a credited copy) published on a strictly earlier day has appeared;
 * then the first member by the order takes its place, and the story id still stays, so that ids
 * users stored keep pointing at the story.
 *
 * <p>{@code similarity} is the Jaccard similarity of the member's shingle set to the canonical
 * article's: 1.0 for the same normalised text, lower for edited copies and excerpts.
 */
public final class StoryAssembler {

  /** A story and the marks of its members by article id. */
  public record Assembled(Story story, Map<String, StoryMark> marks) {}

  private StoryAssembler() {}

  /** Assembles the story of these members (any order; an id given twice counts once). */
  public static Assembled assemble(Collection<Fingerprint> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("members must not be empty");
    }
    TreeMap<String, Fingerprint> byId = new TreeMap<>();
    for (Fingerprint f : members) {
      byId.merge(f.id(), f, (x, y) -> CanonicalOrder.INSTANCE.compare(x, y) <= 0 ? x : y);
    }
    List<Fingerprint> sorted = new ArrayList<>(byId.values());
    sorted.sort(CanonicalOrder.forStory(sorted));
    Fingerprint incumbent = null;
    for (Fingerprint f : sorted) {
      if (f.previousCanonical()) {
        incumbent = f;
        break;
      }
    }
    Fingerprint canonical = incumbent == null ? sorted.get(0) : keepOrReplace(incumbent, sorted);
    String storyId = incumbent == null ? canonical.id() : incumbent.previousStoryId();
    int size = sorted.size();
    Map<String, StoryMark> marks = new LinkedHashMap<>();
    for (Fingerprint f : sorted) {
      marks.put(
          f.id(),
          f == canonical
              ? new StoryMark(storyId, true, null, null, size)
              : new StoryMark(storyId, false, canonical.id(), similarity(f, canonical), size));
    }
    return new Assembled(story(storyId, canonical, sorted), marks);
  }

  /** The story record of an article that is a story by itself. */
  public static Story alone(Article a, String storyId) {
    return Story.newBuilder()
        .setStoryId(storyId)
        .setCanonicalUrl(a.getUrl())
        .setTitle(a.getTitle())
        .setFirstPublished(a.getPublishedDate())
        .setArticleCount(1)
        .setSites(List.of(a.getSite()))
        .setSources(List.of(a.getSource()))
        .setLanguages(a.getLanguage() == null ? List.of() : List.of(a.getLanguage()))
        .setArticleIds(List.of(a.getId()))
        .build();
  }

  /** The similarity recorded for a member linked to {@code canonical}. */
  static float similarity(Fingerprint member, Fingerprint canonical) {
    if (member.sameTextAs(canonical)) {
      return 1.0f;
    }
    return (float) Similarity.of(member.shingles(), canonical.shingles()).jaccard();
  }

  private static Fingerprint keepOrReplace(Fingerprint incumbent, List<Fingerprint> sorted) {
    for (Fingerprint f : sorted) {
      if (f == incumbent) {
        return incumbent;
      }
      if (!f.isPrevious() && !f.isCreditedCopy() && CanonicalOrder.strictlyEarlier(f, incumbent)) {
        return sorted.get(0);
      }
    }
    return incumbent;
  }

  private static Story story(String storyId, Fingerprint canonical, List<Fingerprint> members) {
    TreeSet<String> sites = new TreeSet<>();
    TreeSet<String> sources = new TreeSet<>();
    TreeSet<String> languages = new TreeSet<>();
    TreeSet<String> others = new TreeSet<>();
    LocalDate first = null;
    for (Fingerprint f : members) {
      sites.add(f.site());
      sources.add(f.source());
      if (f.language() != null) {
        languages.add(f.language());
      }
      if (f != canonical) {
        others.add(f.id());
      }
      LocalDate d = f.publishedDate();
      if (d != null && (first == null || d.isBefore(first))) {
        first = d;
      }
    }
    List<String> ids = new ArrayList<>(members.size());
    ids.add(canonical.id());
    ids.addAll(others);
    return Story.newBuilder()
        .setStoryId(storyId)
        .setCanonicalUrl(canonical.url())
        .setTitle(canonical.title())
        .setFirstPublished(first)
        .setArticleCount(members.size())
        .setSites(new ArrayList<>(sites))
        .setSources(new ArrayList<>(sources))
        .setLanguages(new ArrayList<>(languages))
        .setArticleIds(ids)
        .build();
  }
}
