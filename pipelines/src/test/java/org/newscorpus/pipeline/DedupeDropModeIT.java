package org.newscorpus.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Story;

/** {@code --dedupe=drop} on the sample corpus: only canonical articles, stories that list every member. */
public class DedupeDropModeIT {

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void dropWritesOneArticlePerStoryAndTheStoriesStillListEveryMember() throws Exception {
    Path out = tmp.getRoot().toPath().resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = NewsCorpusPipeline.run(
        new String[] {"--input=" + NewsCorpusPipelineIT.SAMPLES, "--output=" + out, "--dedupe=drop"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(err.toString(StandardCharsets.UTF_8), 0, code);
    List<Article> articles = NewsCorpusPipelineIT.readAll(out.resolve("articles"), Article.class);
    List<Story> stories = NewsCorpusPipelineIT.readAll(out.resolve("stories"), Story.class);
    assertEquals(stories.size(), articles.size());
    assertTrue(articles.stream().allMatch(Article::getIsCanonical));
    Set<String> canonicalIds = new TreeSet<>();
    articles.forEach(a -> canonicalIds.add(a.getId()));
    int members = 0;
    for (Story s : stories) {
      members += s.getArticleCount();
      assertEquals(s.getArticleCount(), s.getArticleIds().size());
      assertTrue(canonicalIds.contains(s.getArticleIds().get(0).toString()));
    }
    assertEquals("every sample page is a member of a story", 32, members);
    assertTrue("the samples hold republished stories", stories.size() < 32);
  }
}
