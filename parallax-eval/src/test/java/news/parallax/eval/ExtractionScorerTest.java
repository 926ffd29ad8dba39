package news.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import news.parallax.extract.ExtractionException;
import news.parallax.extract.Extractor;
import news.parallax.model.Article;
import org.junit.jupiter.api.Test;

class ExtractionScorerTest {
  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ExtractionScorerTest.class.getResource("/extract/" + name).toURI());
  }

  @Test
  void hanCharactersAreOneTokenEachAndOtherRunsOneToken() {
    assertEquals(List.of("普", "京", "said", "2", "小", "时", "ok"),
        ExtractionScorer.tokens("普京 said: 2小时 OK!"));
  }

  @Test
  void shinglePrecisionAndRecall() {
    double[] same = ExtractionScorer.shingleScore("一二三四五", "一二三四五");
    assertEquals(1.0, same[2], 1e-9);
    // output 一二三四五六 has 3 shingles, gold 一二三四五 has 2, all shared
    double[] more = ExtractionScorer.shingleScore("一二三四五六", "一二三四五");
    assertEquals(2 / 3.0, more[0], 1e-9);
    assertEquals(1.0, more[1], 1e-9);
    assertEquals(0.0, ExtractionScorer.shingleScore("", "一二三四")[2], 1e-9);
  }

  @Test
  void wordBagCountsEachWordAsOftenAsItOccursInBoth() {
    // output "the cat the cat" (4 tokens), gold "the cat sat" (3): "the" and "cat" once each
    double[] prf = ExtractionScorer.wordScore("The cat, the cat!", "the cat sat");
    assertEquals(0.5, prf[0], 1e-9);
    assertEquals(2 / 3.0, prf[1], 1e-9);
    assertEquals(0.0, ExtractionScorer.wordScore("", "gold")[2], 1e-9);
  }

  @Test
  void halvesSplitNumberedFilesByIdAndOthersByPosition() {
    java.util.function.Function<String, EvalPage> page = src -> new EvalPage(
        new news.parallax.model.Page(src, news.parallax.model.Page.Format.HTML, new byte[0], null,
            null), List.of(), List.of(), "", null);
    List<EvalPage> numbered = List.of(page.apply("d/html/0001.html.gz"),
        page.apply("d/html/0004.html.gz"), page.apply("d/html/0007.html.gz"));
    assertEquals(2, ExtractionDatasets.half(numbered, true).size());
    assertEquals("d/html/0004.html.gz",
        ExtractionDatasets.half(numbered, false).get(0).page().source());
    List<EvalPage> named = List.of(page.apply("d/a1.html"), page.apply("d/b2.html"));
    assertEquals("d/a1.html", ExtractionDatasets.half(named, true).get(0).page().source());
  }

  @Test
  void snippetDatasetCountsWithAndWithoutSnippets() throws Exception {
    ExtractionScore s = ExtractionScorer.score(resource("mini-snippets"), Extractor.standard());
    assertEquals("snippets", s.metric());
    assertEquals(1, s.documents());
    assertEquals(1.0, s.precision(), 1e-9);
    assertEquals(1.0, s.recall(), 1e-9);
    assertEquals(1, s.datesCorrect());
  }

  @Test
  void snippetDatasetWithAnExtractorThatKeepsEverything() throws Exception {
    Extractor all = page -> new Article("id", page.source(), null, null, null, null, null, "und",
        List.of(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)
            .replaceAll("<[^>]+>", " ")), List.of(), 0);
    ExtractionScore s = ExtractionScorer.score(resource("mini-snippets"), all);
    assertEquals(0.5, s.precision(), 1e-9); // 3 with found, 3 without leaked
    assertEquals(1.0, s.recall(), 1e-9);
  }

  @Test
  void shingleDatasetScoresPerPage() throws Exception {
    ExtractionScore s = ExtractionScorer.score(resource("mini-shingles"), Extractor.standard());
    assertEquals("shingles", s.metric());
    assertEquals(1.0, s.f1(), 1e-9);
    assertEquals(1, s.datesGold());
    assertEquals(1, s.datesCorrect());
  }

  @Test
  void failedPagesScoreZero() throws Exception {
    Extractor none = page -> {
      throw new ExtractionException("nothing");
    };
    ExtractionScore s = ExtractionScorer.score(resource("mini-shingles"), none);
    assertEquals(1, s.failures());
    assertEquals(0.0, s.f1(), 1e-9);
  }

  @Test
  void notADatasetIsAClearError() throws Exception {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ExtractionScorer.score(resource("mini-snippets").resolve("cache"), Extractor.standard()));
    assertEquals(true, e.getMessage().contains("not an extraction dataset"));
  }
}
