package news.parallax.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes page bytes. The charset is taken, in this order, from: 1. a byte-order mark; 2. the
 * charset the container declared; 3. an HTML {@code <meta charset>} or http-equiv declaration in
 * the first 4 KB; 4. strict UTF-8 when the bytes are valid UTF-8; 5. statistical detection.
 * GB2312 and GBK are read as GB18030, their superset, because pages labelled with the narrower
 * name often use characters only the wider one has. A declaration the bytes contradict is
 * passed over: one of UTF-8 on bytes most of whose non-ASCII sequences are not UTF-8 (detection
 * decides; a stray bad byte in a UTF-8 page does not count), one of another ASCII-based charset
 * on bytes that are valid UTF-8 beyond ASCII (seldom so by chance).
 */
public final class Charsets {
  /** What follows the word "charset" in a meta tag: the charset's name. */
  private static final Pattern CHARSET_VALUE = Pattern.compile(
      "\\G\\s*=\\s*[\"']?\\s*([-\\w.:]+)");
  private static final int META_WINDOW = 4096;

  private Charsets() {}

  /** Decodes {@code bytes}; {@code declared} may be null; {@code html} enables meta sniffing. */
  public static String decode(byte[] bytes, Charset declared, boolean html) {
    String s = new String(bytes, detect(bytes, declared, html));
    return s.indexOf('\uFEFF') < 0 ? s : s.replace("\uFEFF", ""); // one quick scan when none
  }

  /** Chooses the charset of {@code bytes} (see the class comment for the order). */
  public static Charset detect(byte[] bytes, Charset declared, boolean html) {
    Charset bom = fromBom(bytes);
    if (bom != null) {
      return bom;
    }
    Charset said = declared;
    if (said == null && html) {
      String name = metaCharset(new String(bytes, 0, Math.min(META_WINDOW, bytes.length),
          StandardCharsets.ISO_8859_1));
      said = name == null ? null : forName(name);
    }
    boolean utf8 = isUtf8(bytes);
    if (said != null && !contradicts(said, bytes, utf8)) {
      return widen(said);
    }
    if (utf8) {
      return StandardCharsets.UTF_8;
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch match = detector.detect();
    if (match != null) {
      Charset c = forName(match.getName());
      if (c != null) {
        return widen(c);
      }
    }
    return StandardCharsets.UTF_8;
  }

  /**
   * The charset a {@code <meta charset>} or {@code <meta http-equiv content="...; charset=">}
   * names in {@code head}, or null; a linear scan, as pages have many meta tags.
   */
  static String metaCharset(String head) {
    String lower = head.toLowerCase(java.util.Locale.ROOT);
    int at = 0;
    while ((at = lower.indexOf("charset", at)) >= 0) {
      int tagStart = lower.lastIndexOf('<', at);
      int tagEnd = lower.lastIndexOf('>', at);
      at += "charset".length();
      if (tagStart < 0 || tagEnd > tagStart || !lower.startsWith("<meta", tagStart)) {
        continue;
      }
      Matcher m = CHARSET_VALUE.matcher(head);
      m.region(at, head.length());
      if (m.lookingAt()) {
        return m.group(1);
      }
    }
    return null;
  }

  /**
   * Whether the bytes contradict the declared charset: UTF-8 declared on bytes most of whose
   * non-ASCII sequences are not UTF-8, or an ASCII-based charset declared on bytes that are
   * UTF-8 beyond ASCII.
   */
  private static boolean contradicts(Charset said, byte[] bytes, boolean utf8) {
    if (said.equals(StandardCharsets.UTF_8)) {
      return !utf8 && mostlyNotUtf8(bytes);
    }
    return utf8 && "a".equals(new String(new byte[] {'a'}, said)) && !isAscii(bytes);
  }

  /** Whether more of the bytes' non-ASCII sequences are malformed UTF-8 than well-formed. */
  static boolean mostlyNotUtf8(byte[] b) {
    int good = 0;
    int bad = 0;
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int extra = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
          : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
      if (extra == 0) {
        i++;
        continue;
      }
      boolean ok = extra > 0 && i + extra < b.length;
      for (int k = 1; ok && k <= extra; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        good++;
        i += extra + 1;
      } else {
        bad++;
        i++;
      }
    }
    return bad > good;
  }

  private static boolean isAscii(byte[] b) {
    for (byte x : b) {
      if (x < 0) {
        return false;
      }
    }
    return true;
  }

  /** The charset named, or null when Java does not know it. */
  public static Charset forName(String name) {
    try {
      return Charset.forName(name.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static Charset widen(Charset c) {
    String n = c.name().toLowerCase(Locale.ROOT);
    if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("euc-cn")) {
      return Charset.forName("GB18030");
    }
    if (n.equals("iso-8859-1") || n.equals("us-ascii")) {
      return Charset.forName("windows-1252"); // what browsers do, per the WHATWG encoding standard
    }
    return c;
  }

  private static Charset fromBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** Whether the bytes are well-formed UTF-8 (a truncated last sequence is tolerated). */
  static boolean isUtf8(byte[] b) {
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xFF;
      int extra;
      if (c < 0x80) {
        i++;
        continue;
      } else if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
      } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
      } else {
        return false;
      }
      if (i + extra >= n) {
        return true;
      }
      for (int k = 1; k <= extra; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += extra + 1;
    }
    return true;
  }
}
