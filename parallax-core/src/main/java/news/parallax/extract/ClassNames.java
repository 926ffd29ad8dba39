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

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
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
  /** The listed chrome words of {@link #MIN_PREFIX} letters or more. */
  private final Set<String> chromePrefixes;
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
    this.chromePrefixes = new HashSet<>(words.stream().filter(c -> c.length() >= MIN_PREFIX)
        .toList());
    this.body = new HashSet<>(body);
    this.lead = new HashSet<>(lead);
  }

  static ClassNames get() {
    return INSTANCE;
  }

  /** Whether the element's names mark it as chrome. */
  boolean isChrome(Element e) {
    for (String w : words(e)) {
      if (exceptions.contains(w)) {
        continue;
      }
      if (chrome.contains(w)) {
        return true;
      }
      for (int k = MIN_PREFIX; k < w.length(); k++) { // a listed word that w starts with
        if (chromePrefixes.contains(w.substring(0, k))) {
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
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return true;
    }
    for (String w : words(e)) {
      if (body.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private List<String> words(Element e) {
    String cls = e.attr("class");
    String id = e.attr("id");
    List<String> out = new ArrayList<>();
    if (cls.isEmpty() && id.isEmpty()) {
      return out;
    }
    String names = cls + " " + id;
    for (String name : SPACES.split(names)) {
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
      StringBuilder w = new StringBuilder();
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

  private static void addWord(StringBuilder w, List<String> out) {
    if (w.length() > 0) {
      out.add(w.toString());
      w.setLength(0);
    }
  }
}
