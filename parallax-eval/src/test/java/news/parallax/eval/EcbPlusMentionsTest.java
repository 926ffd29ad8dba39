package news.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import news.parallax.model.EntityType;
import org.junit.jupiter.api.Test;

class EcbPlusMentionsTest {
  @Test
  void tokensBecomeAnArticleAndMarkablesGoldSpans() throws Exception {
    EcbPlusMentions.Document d;
    try (InputStream in = getClass().getResourceAsStream("/entity/ecbplus-mini.xml")) {
      d = EcbPlusMentions.parse("mini_1ecbplus.xml", in);
    }
    assertEquals(List.of("Headline", "Senator Santos arrived in Lisbon.", "She left."), d.article().paragraphs());
    String text = d.article().text();
    assertEquals(3, d.gold().size());
    assertEquals("Senator Santos", d.gold().get(0).span().of(text));
    assertEquals(EntityType.PERSON, d.gold().get(0).type());
    assertEquals("in Lisbon", d.gold().get(1).span().of(text));
    assertEquals(EntityType.PLACE, d.gold().get(1).type());
    assertEquals("She", d.gold().get(2).span().of(text));
    assertEquals(Set.of(1, 2), d.annotated());
  }

  @Test
  void scoresCountOverlapsOneToOne() throws Exception {
    EcbPlusMentions.Document d;
    try (InputStream in = getClass().getResourceAsStream("/entity/ecbplus-mini.xml")) {
      d = EcbPlusMentions.parse("mini_1ecbplus.xml", in);
    }
    EntityEvaluation.Result r = EntityEvaluation.standard().run(List.of(d));
    assertEquals(3, r.all().gold());
    assertEquals(3, r.all().matched(), r.report());
    assertEquals(1.0, r.all().recall());
  }

  @Test
  void missingFolderIsAClearError() {
    IOException e = assertThrows(IOException.class, () -> EcbPlusMentions.read(Path.of("no-such-folder")));
    assertEquals("no-such-folder: not a folder of ECB+ XML files", e.getMessage());
  }

  @Test
  void scoreArithmetic() {
    MentionScore s = new MentionScore(3, 4, 6);
    assertEquals(0.75, s.precision());
    assertEquals(0.5, s.recall());
    assertEquals(0.6, s.f1(), 1e-9);
    assertEquals(new MentionScore(4, 6, 8), s.plus(new MentionScore(1, 2, 2)));
  }
}
