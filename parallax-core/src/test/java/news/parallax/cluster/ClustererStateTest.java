package news.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.Story;
import org.junit.jupiter.api.Test;

/** A saved and restored clusterer continues exactly as the one that never stopped. */
class ClustererStateTest {
  /** A stream of the fixtures under new ids, over ten days, so that stories open and retire. */
  static List<AnalyzedArticle> stream() {
    List<AnalyzedArticle> base = List.of(CentroidClustererTest.WIRE, CentroidClustererTest.DAILY,
        CentroidClustererTest.ZH, CentroidClustererTest.PERU, CentroidClustererTest.FOOTBALL,
        Fixtures.article("ru-quake-chile", "ru", "2024-03-04"));
    List<AnalyzedArticle> out = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      AnalyzedArticle a = base.get((i * 7) % base.size());
      Article x = a.article();
      String day = "2024-03-" + String.format("%02d", 1 + i / 6);
      Article y = new Article("a" + i, x.source(), null, null, null, null, day, x.language(),
          x.paragraphs(), x.evidence(), 0);
      out.add(new AnalyzedArticle(y, a.sentences(), a.mentions(), a.quotes(), a.claims()));
    }
    return out;
  }

  @Test
  void restoredClustererGivesTheSameStoriesAndChanges() throws Exception {
    List<AnalyzedArticle> stream = stream();
    for (int cut : new int[] {0, 7, 23, 41, 60}) {
      StoryClusterer whole = StoryClusterer.standard();
      StoryClusterer first = StoryClusterer.standard();
      List<StoryChanges> wholeChanges = new ArrayList<>();
      List<StoryChanges> splitChanges = new ArrayList<>();
      for (int i = 0; i < stream.size(); i++) {
        whole.add(stream.get(i));
        if (i % 10 == 9) {
          wholeChanges.add(whole.changes());
        }
      }
      StoryClusterer c = first;
      for (int i = 0; i < stream.size(); i++) {
        if (i == cut) {
          ByteArrayOutputStream state = new ByteArrayOutputStream();
          c.save(state);
          c = StoryClusterer.restore(ClusterSettings.DEFAULT, new ByteArrayInputStream(state.toByteArray()));
        }
        c.add(stream.get(i));
        if (i % 10 == 9) {
          splitChanges.add(c.changes());
        }
      }
      assertEquals(wholeChanges, splitChanges, "cut at " + cut);
      assertEquals(whole.stories(), c.stories(), "cut at " + cut);
    }
  }

  @Test
  void forgettingClosedStoriesChangesNoOpenOne() throws Exception {
    List<AnalyzedArticle> stream = stream();
    StoryClusterer keep = StoryClusterer.standard();
    StoryClusterer forget = StoryClusterer.standard();
    for (int i = 0; i < stream.size(); i++) {
      keep.add(stream.get(i));
      forget.add(stream.get(i));
      if (i % 5 == 4) {
        assertEquals(keep.changes(), forget.changes());
        forget.forgetClosed();
        if (i == 29) {
          ByteArrayOutputStream state = new ByteArrayOutputStream();
          forget.save(state);
          forget = StoryClusterer.restore(ClusterSettings.DEFAULT,
              new ByteArrayInputStream(state.toByteArray()));
        }
      }
    }
    assertEquals(keep.changes(), forget.changes());
    assertTrue(forget.stories().size() < keep.stories().size(), "closed stories were dropped");
  }

  @Test
  void changesReplayedGiveTheCurrentStories() {
    StoryClusterer c = StoryClusterer.standard();
    Map<String, List<String>> known = new HashMap<>();
    List<AnalyzedArticle> stream = stream();
    for (int i = 0; i < stream.size(); i++) {
      c.add(stream.get(i));
      if (i % 4 == 3) {
        StoryChanges ch = c.changes();
        ch.gone().forEach(known::remove);
        for (Story s : ch.changed()) {
          known.put(s.id(), s.articles());
        }
      }
    }
    StoryChanges last = c.changes();
    last.gone().forEach(known::remove);
    last.changed().forEach(s -> known.put(s.id(), s.articles()));
    Map<String, List<String>> expected = new HashMap<>();
    c.stories().forEach(s -> expected.put(s.id(), s.articles()));
    assertEquals(expected, known);
    assertTrue(c.changes().changed().isEmpty(), "a read with nothing new changes nothing");
  }
}
