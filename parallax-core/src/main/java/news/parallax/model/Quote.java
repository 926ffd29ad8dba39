package news.parallax.model;

import java.util.List;

/**
 * A statement attributed to a speaker in one article.
 *
 * @param span the quoted content's span in the article text (without quote marks), from its
 *     first part's start to its last part's end
 * @param text the quoted content (its parts joined by a space)
 * @param kind direct (in quote marks), indirect (reported speech) or scare (a short phrase in
 *     quote marks that is no statement)
 * @param cue the attribution cue ("said", "表示"), or "" when none
 * @param speaker who said it, or null when no speaker was found
 * @param parts the content's pieces: one, or several when the attribution interrupts the quote
 *     or the quote runs over several paragraphs
 */
public record Quote(Span span, String text, Kind kind, String cue, Speaker speaker, List<Span> parts) {

  public Quote {
    parts = parts == null || parts.isEmpty() ? List.of(span) : List.copyOf(parts);
  }

  /** A quote in one piece. */
  public Quote(Span span, String text, Kind kind, String cue, Speaker speaker) {
    this(span, text, kind, cue, speaker, List.of(span));
  }

  /** Direct quotation, reported speech, or a scare quote. */
  public enum Kind {
    DIRECT, INDIRECT, SCARE;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
