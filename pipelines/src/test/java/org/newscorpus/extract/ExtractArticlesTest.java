package org.newscorpus.extract;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Page;
import org.newscorpus.schema.PageFormat;

/** The extraction stage: a credited publisher's name becomes the host the corpus shows for it. */
public class ExtractArticlesTest {

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private static final String BODY =
      "<p>" + "Le Conseil de gouvernement a adopté jeudi un projet de loi sur la réforme du secteur de l'eau. ".repeat(4) + "</p>";

  private static Page html(String url, String head, String body) {
    String page = "<html><head>" + head + "</head><body><article><h1>Titre</h1>" + body + BODY + "</article></body></html>";
    return ArticleExtractorTest.page(url, PageFormat.HTML, page.getBytes(StandardCharsets.UTF_8), false);
  }

  @Test
  public void creditedNameResolvesToTheHostThatPublishesUnderIt() throws IOException {
    Page own = html("https://panorapost.com/politique/eau-1", "<meta property='og:site_name' content='PanoraPost'>", "");
    Page aggregated =
        html("https://fr.maghress-like.com/panorapost/2",
            "<meta property='og:site_name' content='Maghress FR'>",
            "<div class='source'>Publié dans PanoraPost le 17 - 02 - 2021</div>");
    Page seed =
        ArticleExtractorTest.page("file:///seed.txt", PageFormat.TEXT,
            ArticleExtractorTest.resource("/pages/panorapost-seed.txt"), true);
    Page unknown =
        html("https://fr.maghress-like.com/x/3",
            "<meta property='og:site_name' content='Maghress FR'>",
            "<div class='source'>Publié dans Le Courrier de l'Atlas le 01 - 03 - 2021</div>");

    // the publisher's own page comes in the second part (as a resolved revisit would): names
    // resolve across the parts
    PCollectionTuple out =
        PCollectionList.of(
                pipeline.apply("Read", Create.of(aggregated, seed, unknown).withCoder(AvroCoder.specific(Page.class))))
            .and(pipeline.apply("Revisits", Create.of(own).withCoder(AvroCoder.specific(Page.class))))
            .apply(ExtractArticles.create());

    PAssert.that(out.get(ExtractArticles.ARTICLES))
        .satisfies(
            articles -> {
              Map<String, Article> byUrl = new HashMap<>();
              articles.forEach(a -> byUrl.put(a.getUrl(), a));
              assertEquals(4, byUrl.size());
              assertEquals("panorapost.com", byUrl.get("https://panorapost.com/politique/eau-1").getSource());
              Article credited = byUrl.get("https://fr.maghress-like.com/panorapost/2");
              assertEquals("panorapost.com", credited.getSource());
              assertEquals("PanoraPost", credited.getSourceName());
              assertEquals("credit", credited.getDateSource());
              Article seedArticle = byUrl.get("file:///seed.txt");
              assertEquals("panorapost.com", seedArticle.getSource());
              assertEquals("PanoraPost", seedArticle.getSourceName());
              assertEquals("le-courrier-de-l-atlas", byUrl.get("https://fr.maghress-like.com/x/3").getSource());
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  /**
   * The credit join is keyed by name and shard: every shard of a name must get the name's host,
   * or the articles of the other shards keep the slug.
   */
  @Test
  public void creditsOfOneNameSpreadOverShardsAllResolve() {
    List<Page> pages = new ArrayList<>();
    pages.add(html("https://panorapost.com/politique/eau-1", "<meta property='og:site_name' content='PanoraPost'>", ""));
    for (int i = 0; i < 24; i++) {
      pages.add(html("https://fr.maghress-like.com/panorapost/" + i,
          "<meta property='og:site_name' content='Maghress FR'>",
          "<div class='source'>Publié dans PanoraPost le 17 - 02 - 2021</div>"));
    }
    PCollectionTuple out =
        PCollectionList.of(pipeline.apply(Create.of(pages).withCoder(AvroCoder.specific(Page.class))))
            .apply(ExtractArticles.create().withCreditShards(5));

    PAssert.that(out.get(ExtractArticles.ARTICLES))
        .satisfies(
            articles -> {
              Map<String, Integer> bySource = new HashMap<>();
              Set<Integer> shards = new HashSet<>();
              articles.forEach(a -> {
                bySource.merge(a.getSource(), 1, Integer::sum);
                if (!a.getSite().equals(a.getSource())) {
                  shards.add(ResolveCreditedSources.shard(a.getId(), 5));
                }
              });
              assertEquals(Map.of("panorapost.com", 25), bySource);
              assertEquals("the credited articles fall in every shard", Set.of(0, 1, 2, 3, 4), shards);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void creditShardsGrowWithTheExpectedArticles() {
    assertEquals(1, ExtractArticles.creditShardsFor(0));
    assertEquals(1, ExtractArticles.creditShardsFor(ExtractArticles.ARTICLES_PER_CREDIT_SHARD));
    assertEquals(2, ExtractArticles.creditShardsFor(ExtractArticles.ARTICLES_PER_CREDIT_SHARD + 1));
    assertEquals(ExtractArticles.MAX_CREDIT_SHARDS, ExtractArticles.creditShardsFor(Long.MAX_VALUE));
  }
}
