package news.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import news.parallax.internal.Resources;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and itemprop say about it: site chrome ({@code chrome-names.txt})
 * or the article body ({@code body-names.txt}). A name is cut into words at spaces, "-", "_" and
 * lower-to-upper case changes; the whole name counts as a word too. A word matches a listed word
 * when equal to it, or, for listed words of {@link #MIN_PREFIX} letters or more, when it starts
 * with it. A word listed with a leading "!" is an exception ("commentary" is an article, not
 * comments).
 */
final class ClassNames {
  /** Listed words at least this long also match longer words they start ("share" → "sharebar"). */
  static final int MIN_PREFIX = 5;

  private static final ClassNames INSTANCE = new ClassNames(
      Resources.lines("news/parallax/extract/chrome-names.txt"),
      Resources.lines("news/parallax/extract/body-names.txt"),
      Resources.lines("news/parallax/extract/lead-names.txt"));

  private final Set<String> chrome;
  /** Words listed with a leading "!": never chrome, though they start like a chrome word. */
  private final Set<String> exceptions;
  /**
   * Exceptions with a "-" ("!elementor-widget"): a page builder's prefix that names every
   * content element; a class name starting with one is read without it.
   */
  private final List<String> namePrefixes;
  /**
   * The listed chrome words of {@link #MIN_PREFIX} letters or more, sorted by hash code, and
   * their hash codes, for {@link #startsWithChromePrefix}.
   */
  private final String[] prefixWords;
  private final int[] prefixHashes;
  private final Set<String> body;
  /** Chrome words that also name an article's lead ("teaser-text"), matched as chrome words are. */
  private final Set<String> lead;

  private ClassNames(List<String> chrome, List<String> body, List<String> lead) {
    this.exceptions = new HashSet<>();
    chrome.stream().filter(c -> c.startsWith("!")).forEach(c -> exceptions.add(c.substring(1)));
    this.namePrefixes = chrome.stream().filter(c -> c.startsWith("!") && c.indexOf('-') > 0)
        .map(c -> c.substring(1)).toList();
    List<String> words = chrome.stream().filter(c -> !c.startsWith("!")).toList();
    this.chrome = new HashSet<>(words);
    this.prefixWords = words.stream().filter(c -> c.length() >= MIN_PREFIX).distinct()
        .sorted(java.util.Comparator.comparingInt(String::hashCode)
            .thenComparing(java.util.Comparator.naturalOrder()))
        .toArray(String[]::new);
    this.prefixHashes = new int[prefixWords.length];
    for (int i = 0; i < prefixWords.length; i++) {
      prefixHashes[i] = prefixWords[i].hashCode();
    }
    this.body = new HashSet<>(body);
    this.lead = new HashSet<>(lead);
  }

  static ClassNames get() {
    return INSTANCE;
  }

  /** {@link #flags} bit: the element's names mark it as chrome. */
  static final int CHROME = 1;
  /** {@link #flags} bit: the element's names mark it as the article body. */
  static final int BODY = 2;

  /** Whether the element's names mark it as chrome. */
  boolean isChrome(Element e) {
    return (flags(e) & CHROME) != 0;
  }

  /**
   * What the element's names say, {@link #CHROME} and {@link #BODY} bits, from one reading of
   * its class and id.
   */
  int flags(Element e) {
    boolean bodyProp = e.attr("itemprop").equalsIgnoreCase("articleBody");
    List<String> words = words(e);
    int out = bodyProp ? BODY : 0;
    for (int i = 0; i < words.size() && out != (CHROME | BODY); i++) {
      String w = words.get(i);
      if ((out & CHROME) == 0 && !exceptions.contains(w)
          && (chrome.contains(w) || startsWithChromePrefix(w))) {
        out |= CHROME;
      }
      if ((out & BODY) == 0 && body.contains(w)) {
        out |= BODY;
      }
    }
    return out;
  }

  /**
   * Whether a listed chrome word of {@link #MIN_PREFIX} letters or more is a proper prefix of
   * {@code w}. Each prefix's hash is {@link String#hashCode} built one character at a time, so
   * no prefix string is made; a hash that matches is checked on the characters.
   */
  private boolean startsWithChromePrefix(String w) {
    int h = 0;
    for (int k = 1; k < w.length(); k++) {
      h = 31 * h + w.charAt(k - 1);
      if (k < MIN_PREFIX) {
        continue;
      }
      int at = java.util.Arrays.binarySearch(prefixHashes, h);
      if (at < 0) {
        continue;
      }
      while (at > 0 && prefixHashes[at - 1] == h) {
        at--;
      }
      for (; at < prefixHashes.length && prefixHashes[at] == h; at++) {
        String p = prefixWords[at];
        if (p.length() == k && w.startsWith(p)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the element's names say it may be an article's lead (a word in
   * {@code lead-names.txt}, or a longer word starting with one of them).
   */
  boolean isLead(Element e) {
    for (String w : words(e)) {
      for (String l : lead) {
        if (w.startsWith(l)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the element's names mark it as the article body. */
  boolean isBody(Element e) {
    return (flags(e) & BODY) != 0;
  }

  private List<String> words(Element e) {
    String cls = e.attr("class");
    String id = e.attr("id");
    List<String> out = new ArrayList<>();
    if (cls.isEmpty() && id.isEmpty()) {
      return out;
    }
    String names = cls + " " + id;
    StringBuilder w = new StringBuilder();
    for (int from = 0, to; from < names.length(); from = to + 1) {
      to = from;
      while (to < names.length() && !isSpace(names.charAt(to))) {
        to++;
      }
      if (to == from) {
        continue;
      }
      String name = names.substring(from, to);
      for (String prefix : namePrefixes) {
        if (name.regionMatches(true, 0, prefix, 0, prefix.length())) {
          name = name.substring(prefix.length());
          break;
        }
      }
      if (name.isEmpty()) {
        continue;
      }
      out.add(name.toLowerCase(Locale.ROOT));
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        boolean split = c == '-' || c == '_' || c == ':' || c == '.';
        if (!split && Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
          split = true;
          addWord(w, out);
          w.append(Character.toLowerCase(c));
          continue;
        }
        if (split) {
          addWord(w, out);
        } else {
          w.append(Character.toLowerCase(c));
        }
      }
      addWord(w, out);
    }
    return out;
  }

  /** The characters {@code \s} matches in a regular expression: names are split at them. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static void addWord(StringBuilder w, List<String> out) {
    if (w.length() > 0) {
      out.add(w.toString());
      w.setLength(0);
    }
  }
}
