package news.parallax.model;

/**
 * A statement attributed to a speaker in one article.
 *
 * @param span the quoted content's span in the article text (without quote marks)
 * @param text the quoted content
 * @param kind direct (in quote marks) or indirect (reported speech)
 * @param cue the attribution cue ("said", "表示"), or "" when none
 * @param speaker who said it, or null when no speaker was found
 */
public record Quote(Span span, String text, Kind kind, String cue, Speaker speaker) {

  /** Direct quotation or reported speech. */
  public enum Kind {
    DIRECT, INDIRECT, SCARE;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
