package news.parallax.lang;

/**
 * Tells which language a text is written in.
 *
 * <pre>{@code
 * String lang = LanguageIdentifier.standard().identify("普京表示，会谈很有建设性。"); // "zh"
 * }</pre>
 */
public interface LanguageIdentifier {
  /** Returned when the language cannot be told. */
  String UNDETERMINED = "und";

  /** The ISO 639-1 code (or 639-3 when there is none) of the text's language, or "und". */
  String identify(String text);

  /**
   * The languages and scripts of a text given as paragraphs: each paragraph long enough is
   * identified on its own, a shorter one takes the main language (or, when its script differs
   * from the main one, its own identification), and the main language is the one of most
   * letters.
   */
  default LanguageProfile profile(java.util.List<String> paragraphs) {
    String main = identify(String.join("\n", paragraphs));
    java.util.List<LanguageProfile.Paragraph> out = new java.util.ArrayList<>();
    for (String p : paragraphs) {
      String lang = identify(p);
      boolean guessed = lang.equals(UNDETERMINED);
      out.add(new LanguageProfile.Paragraph(guessed ? main : lang, Scripts.of(p), guessed));
    }
    return new LanguageProfile(main, Scripts.of(String.join("\n", paragraphs)), out);
  }

  /** The OpenNLP-model identifier, loaded once per process. */
  static LanguageIdentifier standard() {
    return OpenNlpLanguageIdentifier.instance();
  }
}
