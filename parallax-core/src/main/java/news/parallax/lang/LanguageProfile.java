package news.parallax.lang;

import java.util.List;

/**
 * The languages and scripts of a text, as a whole and paragraph by paragraph (pages mix them:
 * a Chinese article quoting an English statement, a German page with an English caption).
 *
 * @param language the main language (ISO 639-1, or "und"): the one most letters are in
 * @param script the main script (ISO 15924: "Latn", "Hans", "Hant", "Cyrl", "Arab" ...)
 * @param paragraphs one entry a paragraph, in order
 */
public record LanguageProfile(String language, String script, List<Paragraph> paragraphs) {

  public LanguageProfile {
    paragraphs = List.copyOf(paragraphs);
  }

  /**
   * The language of one paragraph.
   *
   * @param language its language; a paragraph too short to tell takes the main language
   * @param script its main script, or "Zyyy" (common) when it has no letters
   * @param guessed whether the language was inherited rather than identified
   */
  public record Paragraph(String language, String script, boolean guessed) {}

  /** The language of paragraph {@code i}. */
  public String languageOf(int i) {
    return i >= 0 && i < paragraphs.size() ? paragraphs.get(i).language() : language;
  }
}
