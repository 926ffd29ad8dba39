package news.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import news.parallax.Analysis;
import news.parallax.Parallax;
import news.parallax.Progress;
import news.parallax.Recipe;
import news.parallax.model.Page;
import news.parallax.model.PageHints;
import news.parallax.report.JsonReport;
import news.parallax.testing.Shared;
import org.junit.jupiter.api.Test;

/** What every engine of the store must do; one subclass per engine. */
abstract class StoreContract {
  static final Recipe RECIPE = Recipe.standard();

  /** A store location for one test, empty. */
  abstract String emptyStore() throws Exception;

  private static List<Path> seeds(String... prefixes) throws Exception {
    Path dir = Shared.require("seeds");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> Stream.of(prefixes).anyMatch(p -> f.getFileName().toString().startsWith(p)))
          .sorted().toList();
    }
  }

  @Test
  void seedsIngestedInTwoProcessesEqualOneAnalyze() throws Exception {
    List<Path> all = seeds("00");
    String db = emptyStore();
    try (Store s = Store.open(db, RECIPE)) {
      IngestReport r = s.ingest(seeds("000", "001"), 200, Progress.NONE);
      assertEquals(2, r.articles());
    }
    try (Store s = Store.open(db, RECIPE)) {
      IngestReport r = s.ingest(seeds("002", "003", "004"), 200, Progress.NONE);
      assertEquals(3, r.articles());
      assertEquals(0, s.replayed(), "the clusterer state was saved on close, nothing to replay");
    }
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    Analysis run = Parallax.with(RECIPE).analyze(all);
    JsonReport.write(run, expected);
    try (Store s = Store.open(db)) {
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      s.writeJson(StoryQuery.ALL, got);
      assertEquals(expected.toString(StandardCharsets.UTF_8), got.toString(StandardCharsets.UTF_8));
      assertEquals(1, s.stories(StoryQuery.ALL).size());
      assertEquals(5, s.stories(StoryQuery.ALL).get(0).size());
      // the list line gives the language of the title: three English articles, two Chinese
      StoreReads.Line line = new StoreReads(s).lines().get(0);
      assertEquals(run.stories().get(0).title(), line.title());
      assertEquals("en", line.language(), "the title's language, the one most members are in");

      // every page again: nothing changes
    }
    try (Store s = Store.open(db, RECIPE)) {
      long batches = s.count("batches");
      IngestReport again = s.ingest(all, 2, Progress.NONE);
      assertEquals(5, again.unchanged());
      assertEquals(0, again.articles() + again.revisions() + again.storiesChanged());
      assertEquals(batches, s.count("batches"));
      assertEquals(5, s.count("articles"));

      List<SearchHit> zh = s.search("普京", 10);
      assertTrue(zh.stream().anyMatch(h -> h.kind().equals("article")
          && run.article(h.id()).language().equals("zh")), "普京 finds the Chinese seed: " + zh);
      // every English seed names him (Zelenskyy, Zelenskiy, Zelensky), one spelling finds them
      // all through the story's entity
      List<SearchHit> en = s.search("Zelenskyy", 10);
      for (var a : run.articles()) {
        if (a.language().equals("en")) {
          assertTrue(en.stream().anyMatch(h -> h.id().equals(a.id())), a.id() + " in " + en);
        }
      }
      // the article that spells it so is found by its own words: its snippet shows them
      assertTrue(en.stream().anyMatch(h -> h.snippet().contains("Zelenskyy")), en.toString());
      assertTrue(s.search("qwertyuiop", 10).isEmpty());

      assertEquals(List.of(), s.stories(new StoryQuery("2999-01-01", null, null, 0)));
      assertEquals(1, s.stories(new StoryQuery(null, "zh", null, 0)).size());
      assertEquals(0, s.stories(new StoryQuery(null, "fr", null, 0)).size());

      ByteArrayOutputStream csv = new ByteArrayOutputStream();
      Export.write(s, Export.What.ARTICLES, Export.Format.CSV, csv);
      String text = csv.toString(StandardCharsets.UTF_8);
      assertTrue(text.startsWith("id,revision,url,outlet,title,author,published,language,text\r\n"));
      ByteArrayOutputStream stories = new ByteArrayOutputStream();
      Export.write(s, Export.What.STORIES, Export.Format.JSONL, stories);
      assertEquals(1, stories.toString(StandardCharsets.UTF_8).lines().count());
    }
  }

  @Test
  void aChangedPageAtTheSameAddressIsANewRevisionAndBothAreKept() throws Exception {
    String db = emptyStore();
    PageHints hints = new PageHints("https://example.org/news/1", "Harbour reopens", "Example",
        "2024-05-01");
    Page first = new Page("first.txt", Page.Format.ARTICLE_TEXT, ("The harbour of Port Vale"
        + " reopened on Monday after storms closed it for three days, the port authority said.")
        .getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, hints);
    Page second = new Page("second.txt", Page.Format.ARTICLE_TEXT, ("The harbour of Port Vale"
        + " reopened on Monday after storms closed it for four days, the port authority said,"
        + " correcting an earlier figure.").getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8, hints);
    String id;
    try (Store s = Store.open(db, RECIPE)) {
      assertEquals(1, s.ingest(List.of(first), Progress.NONE).articles());
      IngestReport r = s.ingest(List.of(second), Progress.NONE);
      assertEquals(0, r.articles());
      assertEquals(1, r.revisions());
      assertEquals(1, r.storiesChanged(), "the story's view follows the new revision");
      id = s.storyArticles(s.stories(StoryQuery.ALL).get(0).id()).get(0);
      List<Revision> revs = s.revisions(id);
      assertEquals(2, revs.size());
      assertTrue(revs.get(0).record().contains("three days"));
      assertTrue(revs.get(1).record().contains("four days"));
      assertEquals(1, s.count("stories"));
      assertFalse(s.search("four", 5).isEmpty());
      assertTrue(s.search("three", 5).isEmpty(), "the index holds the current revision");
    }
  }
}
