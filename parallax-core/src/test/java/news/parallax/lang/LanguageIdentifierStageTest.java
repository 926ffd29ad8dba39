package news.parallax.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import news.parallax.model.Article;
import news.parallax.testing.ArticleStageTestBase;
import news.parallax.testing.HostileText;
import org.junit.jupiter.api.Test;

/** The language identifier passes the checks of every article stage, and names a language. */
class LanguageIdentifierStageTest extends ArticleStageTestBase<String> {
  @Override
  protected Function<Article, String> freshStage() {
    LanguageIdentifier id = LanguageIdentifier.standard();
    return a -> id.identify(a.text());
  }

  @Override
  protected List<List<Reported>> reported(Article article, String language) {
    assertTrue(language.matches("[a-z]{2,3}"), "a language code: " + language);
    return List.of();
  }

  @Test
  void theSamplesAreInTheirLanguages() {
    for (Article a : samples()) {
      assertEquals(a.language(), freshStage().apply(a), a.source());
    }
  }

  @Test
  void aProfileHasOneEntryPerParagraph() {
    Random rnd = new Random(7);
    for (int i = 0; i < 20; i++) {
      Article a = HostileText.article(rnd, "p" + i);
      assertEquals(a.paragraphs().size(), LanguageIdentifier.standard().profile(a.paragraphs())
          .paragraphs().size());
    }
  }
}
