package org.newscorpus.dedupe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Story;

/**
 * Assembles one story from its member articles: picks the canonical article by {@link
 * CanonicalOrder}, marks every member with the story's id and size, and builds the {@link Story}
 * record.
 */
public final class StoryAssembler {

  /** A story and its members, canonical first. */
  public record Assembled(Story story, List<Article> articles) {}

  private StoryAssembler() {}

  /**
   * Assembles a story from exact copies: every non-canonical member links to the canonical one
   * with similarity 1.
   */
  public static Assembled exactCopies(Iterable<Article> members) {
    List<Article> sorted = new ArrayList<>();
    for (Article a : members) {
      sorted.add(Article.newBuilder(a).build());
    }
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("members must not be empty");
    }
    sorted.sort(CanonicalOrder.INSTANCE);
    Article canonical = sorted.get(0);
    String storyId = canonical.getId();
    int size = sorted.size();
    List<Article> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Article a = sorted.get(i);
      a.setStoryId(storyId);
      a.setIsCanonical(i == 0);
      a.setDuplicateOf(i == 0 ? null : storyId);
      a.setSimilarity(i == 0 ? null : 1.0f);
      a.setStorySize(size);
      out.add(a);
    }
    return new Assembled(story(out), out);
  }

  /** The story record of members already marked, canonical first. */
  public static Story story(List<Article> membersCanonicalFirst) {
    Article canonical = membersCanonicalFirst.get(0);
    TreeSet<String> sites = new TreeSet<>();
    TreeSet<String> sources = new TreeSet<>();
    TreeSet<String> languages = new TreeSet<>();
    TreeSet<String> others = new TreeSet<>();
    LocalDate first = null;
    for (Article a : membersCanonicalFirst) {
      sites.add(a.getSite());
      sources.add(a.getSource());
      if (a.getLanguage() != null) {
        languages.add(a.getLanguage());
      }
      if (a != canonical) {
        others.add(a.getId());
      }
      LocalDate d = a.getPublishedDate();
      if (d != null && (first == null || d.isBefore(first))) {
        first = d;
      }
    }
    List<String> ids = new ArrayList<>();
    ids.add(canonical.getId());
    ids.addAll(others);
    return Story.newBuilder()
        .setStoryId(canonical.getId())
        .setCanonicalUrl(canonical.getUrl())
        .setTitle(canonical.getTitle())
        .setFirstPublished(first)
        .setArticleCount(membersCanonicalFirst.size())
        .setSites(new ArrayList<>(sites))
        .setSources(new ArrayList<>(sources))
        .setLanguages(new ArrayList<>(languages))
        .setArticleIds(ids)
        .build();
  }
}
