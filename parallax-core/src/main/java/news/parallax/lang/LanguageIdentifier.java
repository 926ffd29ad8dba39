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

  /** The OpenNLP-model identifier, loaded once per process. */
  static LanguageIdentifier standard() {
    return OpenNlpLanguageIdentifier.instance();
  }
}
