package news.parallax.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import news.parallax.Analysis;
import news.parallax.Parallax;
import news.parallax.model.BriefSentence;
import news.parallax.testing.Shared;
import org.junit.jupiter.api.Test;

/** The seeds' brief opens with the event and takes no dateline or pointer to the unsaid. */
class SeedBriefTest {
  @Test
  void theBriefOpensWithTheSummit() throws IOException {
    Path seeds = Shared.require("seeds");
    List<Path> files;
    try (Stream<Path> s = Files.list(seeds)) {
      files = s.sorted().toList();
    }
    Analysis a = Parallax.create().analyze(files);
    assertEquals(1, a.stories().size());
    List<BriefSentence> brief = a.stories().get(0).brief();
    String first = brief.get(0).text();
    assertTrue(first.contains("Trump") && first.contains("Putin"), first);
    assertTrue(first.contains("Alaska") || first.contains("Anchorage"), first);
    for (BriefSentence b : brief) {
      assertFalse(b.text().matches("^[A-Z]{3,}.*\\((AFP|AP|Reuters)\\).*"), b.text());
      assertFalse(b.text().contains("all this"), b.text());
    }
  }
}
