package news.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NovelSpeakersTest {
  @Test
  void readsInstancesOfTwentyOneSentences(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>(List.of("Instance index: 7"));
    for (int i = 0; i < 21; i++) {
      lines.add("句子" + i + "。\r");
    }
    lines.addAll(List.of("Speaker: 王明", "Speaker index: 3", "Category: explicit", ""));
    Path f = dir.resolve("dev.txt");
    Files.write(f, lines);
    List<NovelSpeakers.Instance> in = NovelSpeakers.read(f);
    assertEquals(1, in.size());
    assertEquals(7, in.get(0).index());
    assertEquals("句子10。", in.get(0).sentences().get(NovelSpeakers.CENTER));
    assertEquals(3, in.get(0).speaker());
    Files.write(f, lines.subList(0, 10));
    IOException e = assertThrows(IOException.class, () -> NovelSpeakers.read(f));
    assertTrue(e.getMessage().contains("dev.txt:1"), e.getMessage());
  }

  @Test
  void anAliasOrAWordThatHoldsOneIsRight() {
    List<String> aliases = List.of("孙少平", "少平");
    assertTrue(NovelSpeakers.matches("少平", aliases));
    assertTrue(NovelSpeakers.matches("孙少平", aliases));
    assertFalse(NovelSpeakers.matches("孙", aliases), "one character is no name");
    assertFalse(NovelSpeakers.matches("少安", aliases));
  }
}
