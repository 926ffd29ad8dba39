package news.parallax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import news.parallax.model.StoryView;
import news.parallax.testing.Shared;
import org.junit.jupiter.api.Test;

/** The README's library example runs as written, and a stage replaced through the recipe builder is the one that runs. */
class ParallaxLibraryTest {
  @Test
  void theReadmeExamplePrintsEveryStory() {
    Path pages = Shared.require("seeds");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    // the README's example, with the seed pages as "pages"
    Analysis run = Parallax.create().analyze(List.of(pages));
    for (StoryView story : run.stories()) {
      out.println(story.title() + ": " + story.story().articles().size() + " articles");
    }
    String printed = buf.toString(StandardCharsets.UTF_8);
    assertFalse(run.stories().isEmpty());
    assertEquals(run.stories().size(), printed.lines().count(), printed);
    assertTrue(printed.lines().allMatch(l -> l.matches(".*: \\d+ articles")), printed);
  }

  @Test
  void aStageReplacedThroughTheBuilderIsTheOneThatRuns() {
    Path pages = Shared.require("seeds");
    AtomicInteger calls = new AtomicInteger();
    Parallax parallax = Parallax.with(Recipe.builder().brief((articles, quotes, comparisons) -> {
      calls.incrementAndGet();
      return List.of();
    }).build());
    Analysis run = parallax.analyze(List.of(pages));
    assertEquals(run.stories().size(), calls.get(), "the replacement wrote every story's brief");
    assertTrue(run.stories().stream().allMatch(s -> s.brief().isEmpty()));
  }
}
