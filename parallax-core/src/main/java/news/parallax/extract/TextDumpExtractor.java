package news.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import news.parallax.internal.Texts;

/**
 * Cleans a page that was flattened to plain text, one block a line, chrome included.
 *
 * <p>The first line that is not boilerplate and has {@link #MIN_TITLE_WORDS} words is the title (with a trailing " - Site" or "| Site" taken as the
 * outlet). Then each line is judged on its own:
 *
 * <ol>
 *   <li>a line starting with an end marker ("LEAVE A REPLY", "版权声明") ends the body;
 *   <li>boilerplate phrases, list bullets, repeats of the title and lines ending with a colon
 *       are chrome;
 *   <li>a line in a different script from the page's main script is chrome (menus of a
 *       Chinese site around an English article);
 *   <li>what is left is body when it is long enough ({@link #MIN_WORDS} words, or
 *       {@link #MIN_SENTENCE_WORDS} when it ends like a sentence).
 * </ol>
 */
final class TextDumpExtractor {
  /** A line of at least this many words (Han characters count one) is body text. */
  static final int MIN_WORDS = 12;
  /** A line ending with sentence punctuation needs only this many words. */
  static final int MIN_SENTENCE_WORDS = 5;
  /** A title has at least this many words. */
  static final int MIN_TITLE_WORDS = 3;
  /** Boilerplate phrases match only lines up to this long, so body text is never cut by them. */
  static final int MAX_BOILERPLATE_WORDS = 32;

  private final Phrases phrases = Phrases.get();

  PageExtractor.Draft extract(String text) {
    PageExtractor.Draft d = new PageExtractor.Draft();
    List<String> lines = new ArrayList<>();
    for (String raw : text.split("\\R")) {
      String line = Texts.normalizeSpace(raw);
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    if (lines.isEmpty()) {
      return d;
    }
    int first = 0;
    while (first < lines.size() - 1 && (phrases.isBoilerplate(lines.get(first))
        || Texts.wordLength(lines.get(first)) < MIN_TITLE_WORDS)) {
      first++;
    }
    String titleLine = lines.get(first);
    Titles.Split split = Titles.split(titleLine);
    d.set("title", split.title(), "first-line");
    d.set("outlet", split.site(), "title-suffix");
    String titleKey = Phrases.norm(split.title());
    boolean han = mainScriptIsHan(lines);
    for (int i = first + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (phrases.isEndMarker(line)) {
        d.dropped += lines.size() - i;
        break;
      }
      if (isChrome(line, titleKey, han)) {
        d.dropped++;
        continue;
      }
      d.paragraphs.add(line);
    }
    return d;
  }

  private boolean isChrome(String line, String titleKey, boolean han) {
    String n = Phrases.norm(line);
    if (phrases.isBoilerplate(line) && Texts.wordLength(line) <= MAX_BOILERPLATE_WORDS) {
      return true;
    }
    if (line.startsWith("•") || line.startsWith("·") || line.startsWith("* ")) {
      return true;
    }
    if (!titleKey.isEmpty() && n.contains(titleKey) && n.length() < titleKey.length() * 2) {
      return true;
    }
    char last = line.charAt(line.length() - 1);
    if (last == ':' || last == '：' || last == '|') {
      return true;
    }
    boolean lineHan = Texts.hanCount(line) * 2 > letterCount(line);
    if (lineHan != han) {
      return true;
    }
    int words = Texts.wordLength(line);
    boolean sentence = ".!?。！？”\"’…)）".indexOf(last) >= 0;
    return words < (sentence ? MIN_SENTENCE_WORDS : MIN_WORDS);
  }

  /** Whether most letters of the page's longer lines are Han characters. */
  private static boolean mainScriptIsHan(List<String> lines) {
    long han = 0;
    long letters = 0;
    for (String l : lines) {
      if (Texts.wordLength(l) >= MIN_WORDS) {
        han += Texts.hanCount(l);
        letters += letterCount(l);
      }
    }
    return han * 2 > letters;
  }

  private static int letterCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
