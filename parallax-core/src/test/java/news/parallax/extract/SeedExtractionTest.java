package news.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import news.parallax.internal.Texts;
import news.parallax.model.Article;
import news.parallax.model.Page;
import news.parallax.testing.Shared;
import org.junit.jupiter.api.Test;

/** The reference pages: every chrome line gone, every article paragraph kept. */
class SeedExtractionTest {
  /** Chrome lines seen on the seed pages; none may survive on any page. */
  private static final List<String> CHROME = List.of("Advertisement", "Read Time", "Quick Read",
      "Did our AI summary help?", "Let us know.", "LEAVE A REPLY", "Please enter your comment!",
      "admin4天前未分类7", "当前位置", "记住我", "电子邮件/用户名", "设置字号", "较小", "版权声明",
      "Translate »", "Topics mentioned in this article", "相关文章", "FT商学院");

  @Test
  void chromeGoneAndArticleParagraphsKept() throws IOException, ExtractionException {
    Path seeds = Shared.require("seeds");
    List<Path> files;
    try (Stream<Path> s = Files.list(seeds)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    Extractor extractor = Extractor.standard();
    for (Path f : files) {
      Article a = extractor.extract(new Page(f.toString(), Page.Format.TEXT_DUMP,
          Files.readAllBytes(f), null, null));
      for (String p : a.paragraphs()) {
        for (String c : CHROME) {
          assertFalse(p.equals(c) || p.startsWith(c), f + ": chrome kept: " + p);
        }
      }
      String text = Texts.normalizeSpace(a.text());
      for (String raw : Files.readAllLines(f)) {
        String line = Texts.normalizeSpace(raw);
        if (isArticleParagraph(line)) {
          String head = line.substring(0, Math.min(line.length(), 120));
          assertTrue(text.contains(head), f + ": article paragraph lost: " + head);
        }
      }
      assertTrue(a.title() != null && !a.title().isBlank(), f + ": no title");
    }
  }

  /**
   * A long line that reads as prose (general properties only): at least 40 words, or 80 Han
   * characters, not a list bullet, not a teaser cut short with "...", not a "Headline|Site" link.
   */
  private static boolean isArticleParagraph(String line) {
    boolean han = Texts.hanCount(line) * 2 > line.length();
    int size = han ? Texts.hanCount(line) : Texts.wordLength(line);
    return size >= (han ? 80 : 40) && !line.startsWith("•") && !line.endsWith("...")
        && !line.endsWith("…") && !line.contains("|");
  }
}
