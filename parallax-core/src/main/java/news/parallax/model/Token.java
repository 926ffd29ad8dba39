package news.parallax.model;

/**
 * A word or punctuation token.
 *
 * @param span where it stands in the article text
 * @param text the surface form
 * @param norm the form used for matching (lower case, simplified Chinese)
 * @param tag a part-of-speech or nature tag when known, else ""
 */
public record Token(Span span, String text, String norm, String tag) {}
