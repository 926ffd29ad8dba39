package news.parallax.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Page-supplied text made safe for each output: bidirectional controls, which reverse what
 * follows on screen, taken out; Markdown syntax and HTML-significant characters escaped; line
 * breaks and control characters of one-line messages made visible.
 *
 * <pre>{@code
 * out.write("## " + Untrusted.markdown(story.title()));
 * }</pre>
 */
public final class Untrusted {
  /** JSON escapes that write bidirectional controls as {@code \}{@code uXXXX}, the rest as usual. */
  public static final CharacterEscapes JSON_ESCAPES = new CharacterEscapes() {
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return isBidiControl(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
  };

  private Untrusted() {}

  /**
   * Whether the character changes the direction of the text around it: the embeddings,
   * overrides and isolates (U+202A..U+202E, U+2066..U+2069) and the marks (U+200E, U+200F,
   * U+061C).
   */
  public static boolean isBidiControl(int c) {
    return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F
        || c == 0x061C;
  }

  /** The text without bidirectional controls; null as the empty string. */
  public static String plain(String s) {
    if (s == null) {
      return "";
    }
    for (int i = 0; i < s.length(); i++) {
      if (isBidiControl(s.charAt(i))) {
        StringBuilder b = new StringBuilder(s.length());
        s.chars().filter(c -> !isBidiControl(c)).forEach(c -> b.append((char) c));
        return b.toString();
      }
    }
    return s;
  }

  /**
   * The text as Markdown that shows it literally on one line: HTML-significant characters as
   * entities (no tag, script or autolink can form), Markdown's link, image, emphasis, code and
   * heading syntax escaped with a backslash, line breaks as spaces.
   */
  public static String markdown(String s) {
    String t = plain(s);
    StringBuilder b = new StringBuilder(t.length() + 16);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '\n', '\r', '\t', '\f', '\u000B', '\u2028', '\u2029' -> b.append(' ');
        case '\\', '`', '*', '[', ']', '!', '|', '~', '#' -> b.append('\\').append(c);
        case '_' -> {
          // inside a word ("001_58.txt") an underscore never makes emphasis
          boolean inside = i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)) && i + 1 < t.length()
              && Character.isLetterOrDigit(t.charAt(i + 1));
          b.append(inside ? "_" : "\\_");
        }
        default -> {
          if (c < 0x20) {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    // a leading "-", "+", "=" or "1." would start a list or a heading underline
    if (b.length() > 0 && "-+=".indexOf(b.charAt(0)) >= 0) {
      b.insert(0, '\\');
    }
    return b.toString();
  }

  /**
   * A one-line message field (a file name, a reason) for a terminal: line breaks and other
   * control characters shown as escapes ({@code \n}, {@code \u0007}), so no input can forge a line.
   */
  public static String oneLine(String s) {
    String t = plain(s);
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || c >= 0x80 && c < 0xA0) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
