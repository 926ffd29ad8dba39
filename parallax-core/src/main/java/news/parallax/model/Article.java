package news.parallax.model;

import java.util.List;

/**
 * A clean article: body paragraphs with the site chrome removed, and its metadata.
 *
 * <p>The article text is the paragraphs joined by a blank line; every {@link Span} of later
 * stages points into that text.
 *
 * @param id stable id: a hash of the canonical URL, else of the normalized text
 * @param source the page's source (path, or {@code path#record})
 * @param published ISO-8601 date or date-time (with offset when known), or null
 * @param language ISO 639-1 code of the body's main language, or "und"
 * @param paragraphs the body, one entry per paragraph
 * @param evidence which signal gave each metadata value
 * @param dropped how many blocks or lines extraction removed as chrome
 */
public record Article(
    String id,
    String source,
    String url,
    String outlet,
    String title,
    String author,
    String published,
    String language,
    List<String> paragraphs,
    List<Evidence> evidence,
    int dropped) {

  public Article {
    paragraphs = List.copyOf(paragraphs);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** The body text: paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  /**
   * The field of the {@link Evidence} that records the news agency named in the article's
   * opening dateline ("(AFP) –"); the agency's name is its detail.
   */
  public static final String AGENCY = "agency";

  /** Most words of a title that stands in for an unknown outlet's name. */
  static final int LABEL_TITLE_WORDS = 6;
  /** Most characters of that title (a Chinese title has no spaces between its words). */
  static final int LABEL_TITLE_CHARS = 40;

  /** The news agency named in the article's opening dateline, or null. */
  public String agency() {
    for (Evidence e : evidence) {
      if (e.field().equals(AGENCY)) {
        return e.detail();
      }
    }
    return null;
  }

  /**
   * A short name for citing the article: its outlet, else the agency of its dateline, else the
   * opening words of its title in quotation marks, else "unknown outlet"; never a file name.
   */
  public String sourceLabel() {
    if (outlet != null && !outlet.isBlank()) {
      return outlet;
    }
    String agency = agency();
    if (agency != null) {
      return agency;
    }
    if (title != null && !title.isBlank()) {
      String[] words = title.strip().split("\\s+");
      String opening = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, LABEL_TITLE_WORDS)));
      while (opening.codePointCount(0, opening.length()) > LABEL_TITLE_CHARS) {
        int space = opening.lastIndexOf(' ');
        // whole words where there are spaces; a Chinese title is cut between characters
        opening = space > 0 ? opening.substring(0, space)
            : opening.substring(0, opening.offsetByCodePoints(0, LABEL_TITLE_CHARS));
      }
      return "“" + innerQuotes(opening) + (opening.length() < title.strip().length() ? " …”" : "”");
    }
    return "unknown outlet";
  }

  /** Double quotation marks inside a quoted label made single, so that quotes nest as they should. */
  private static String innerQuotes(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean open = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        open = !open;
        out.append(open ? '‘' : '’');
      } else if (c == '“') {
        open = true;
        out.append('‘');
      } else if (c == '”') {
        open = false;
        out.append('’');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A copy with another id. */
  public Article withId(String newId) {
    return new Article(newId, source, url, outlet, title, author, published, language, paragraphs,
        evidence, dropped);
  }

  /** A copy with the language set. */
  public Article withLanguage(String lang) {
    return new Article(id, source, url, outlet, title, author, published, lang, paragraphs,
        evidence, dropped);
  }

  /**
   * A copy holding at most {@code maxChars} characters of text: the paragraphs that fit, and of
   * the first that does not, what fits up to its last space or sentence end; the article itself
   * when it fits.
   */
  public Article cut(int maxChars) {
    if (text().length() <= maxChars) {
      return this;
    }
    java.util.List<String> kept = new java.util.ArrayList<>();
    int used = 0;
    for (String p : paragraphs) {
      int room = maxChars - used - (kept.isEmpty() ? 0 : 2);
      if (p.length() <= room) {
        kept.add(p);
        used += p.length() + (kept.size() > 1 ? 2 : 0);
        continue;
      }
      if (room > 0) {
        int end = room;
        for (int i = room - 1; i > room / 2; i--) {
          char c = p.charAt(i);
          if (Character.isWhitespace(c) || c == '。' || c == '！' || c == '？') {
            end = i + 1;
            break;
          }
        }
        if (Character.isHighSurrogate(p.charAt(end - 1))) {
          end--;
        }
        String head = p.substring(0, end).strip();
        if (!head.isEmpty()) {
          kept.add(head);
        }
      }
      break;
    }
    return new Article(id, source, url, outlet, title, author, published, language, kept, evidence,
        dropped + paragraphs.size() - kept.size());
  }
}
