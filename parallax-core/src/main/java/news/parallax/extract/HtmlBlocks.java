package news.parallax.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.parallax.internal.Texts;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Cuts an HTML body into text blocks in one pass: a block is the text between two block-level
 * tags, with its link text counted, the innermost block-level element that holds it, and the
 * chrome elements (by tag or by class/id name) around it. Elements that are never read
 * (scripts, styles, form controls, hidden elements) are skipped whole.
 */
final class HtmlBlocks {
  /** Tags whose content is never article text. */
  private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg",
      "iframe", "object", "embed", "canvas", "button", "select", "input", "textarea", "option",
      "head", "title", "meta", "link", "map", "audio", "video", "picture", "source", "dialog", "menu",
      "figcaption", "rt", "rp");
  /** Tags that start and end a block. */
  private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main",
      "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
      "dl", "dt", "dd", "table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption",
      "blockquote", "pre", "figure", "figcaption", "form", "fieldset", "address", "hr", "center",
      "details", "summary", "body", "html", "legend", "label");
  /** Structural tags that hold chrome. */
  private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "header", "form");

  /** One run of text between block-level tags. */
  static final class Block {
    final String text;
    final int linkChars;
    final Element element;
    /** Chrome elements around the block, outermost first. */
    final List<Element> chrome;
    final boolean inBodyHint;
    /** Length in words, a Han character counting {@link #HAN_WORD_SHARE} of a word. */
    final double words;
    final String tag;

    Block(String text, int linkChars, Element element, List<Element> chrome, boolean inBodyHint) {
      this.text = text;
      this.linkChars = linkChars;
      this.element = element;
      this.chrome = chrome;
      this.inBodyHint = inBodyHint;
      this.words = weightedWords(text);
      this.tag = element.normalName();
    }

    /** {@link Phrases#norm} of the text, made when first needed. */
    private String norm;

    String norm() {
      if (norm == null) {
        norm = Phrases.norm(text);
      }
      return norm;
    }

    double linkDensity() {
      return text.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) text.length());
    }

    boolean isHeading() {
      return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    boolean isItem() {
      return tag.equals("li") || tag.equals("td") || tag.equals("th") || tag.equals("dd")
          || tag.equals("dt");
    }
  }

  private HtmlBlocks() {}

  /**
   * A Han character counts this share of a word when blocks are judged by length: a Chinese
   * word is about two characters long.
   */
  static final double HAN_WORD_SHARE = 0.5;

  /** {@link Texts#wordLength} less {@code 1 - HAN_WORD_SHARE} for each Han character, in one pass. */
  static double weightedWords(String s) {
    int words = 0;
    int han = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Texts.isHan(c)) {
        words++;
        han++;
        inWord = false;
      } else if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else {
        inWord = false;
      }
    }
    return words - (1 - HAN_WORD_SHARE) * han;
  }

  /**
   * The blocks of a body, the containers named or tagged as article bodies, and what a browser
   * would show otherwise ({@link StreamedMarkup}): CDATA sections read as text, streamed parts
   * still hidden, and the placeholders of those parts by id.
   */
  record Cut(List<Block> blocks, Set<Element> bodyContainers, List<CDataNode> cdata,
      List<Element> streamedParts, java.util.Map<String, Element> placeholders) {}

  /** Cuts {@code body} into blocks, first putting markup a browser would show otherwise in place. */
  static Cut of(Element body) {
    Cut cut = cut(body);
    // a part's placeholder may sit inside another part: a few rounds place nested parts
    for (int round = 0; round < MAX_REPAIR_ROUNDS; round++) {
      boolean changed = !cut.cdata().isEmpty() && StreamedMarkup.reparseCdata(cut.cdata());
      changed |= !cut.streamedParts().isEmpty()
          && StreamedMarkup.placeStreamedParts(cut.streamedParts(), cut.placeholders());
      if (!changed) {
        break;
      }
      cut = cut(body);
    }
    return cut;
  }

  /** How many times markup is put in place and the body cut again, at most. */
  private static final int MAX_REPAIR_ROUNDS = 4;

  private static Cut cut(Element body) {
    Walker w = new Walker();
    body.filter(w);
    w.flush();
    return new Cut(w.blocks, w.bodyContainers, w.cdata, w.streamedParts, w.placeholders);
  }

  /** Whether {@code e} is chrome by its class or id name rather than by its tag. */
  static boolean isNamedChrome(Element e) {
    return !CHROME_TAGS.contains(e.normalName());
  }

  private static boolean hidden(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  private static final int CHROME = ClassNames.CHROME;
  private static final int BODY = ClassNames.BODY;

  private static final class Walker implements NodeFilter {
    final List<Block> blocks = new ArrayList<>();
    final Deque<Element> open = new ArrayDeque<>();
    final Deque<Element> chrome = new ArrayDeque<>();
    final StringBuilder text = new StringBuilder();
    final ClassNames names = ClassNames.get();
    final Set<Element> bodyContainers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** What class and id say, by "class#id": pages repeat the same names on many elements. */
    final java.util.Map<String, Integer> nameFlags = new java.util.HashMap<>();
    /** The same for elements with a class and neither id nor itemprop, by class alone. */
    final java.util.Map<String, Integer> classFlags = new java.util.HashMap<>();
    int bodyHints;
    int linkDepth;
    /** The chrome stack, outermost first, shared by the blocks cut while it stays the same. */
    List<Element> around = List.of();

    int names(Element e) {
      if (e.attributesSize() == 0) {
        return 0;
      }
      String cls = e.attr("class");
      String id = e.attr("id");
      String ip = e.attr("itemprop");
      if (cls.isEmpty() && id.isEmpty() && ip.isEmpty()) {
        return 0;
      }
      if (id.isEmpty() && ip.isEmpty()) { // most named elements have a class only
        return classFlags.computeIfAbsent(cls, k -> names.flags(e));
      }
      return nameFlags.computeIfAbsent(cls + "#" + id + "#" + ip, k -> names.flags(e));
    }
    int linkChars;
    boolean space;

    final List<CDataNode> cdata = new ArrayList<>();
    final List<Element> streamedParts = new ArrayList<>();
    final java.util.Map<String, Element> placeholders = new java.util.HashMap<>();

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof CDataNode c) {
        cdata.add(c); // read as markup once re-parsed, never as text
        return FilterResult.SKIP_ENTIRELY;
      }
      if (node instanceof TextNode t) {
        append(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = e.normalName();
      if (SKIP.contains(tag) || hidden(e)) {
        noteStreamed(e, tag);
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br")) {
        lineBreak();
        return FilterResult.CONTINUE;
      }
      if (tag.equals("a")) {
        linkDepth++;
      }
      if (BLOCK.contains(tag)) {
        flush();
        open.push(e);
        if (tag.equals("form") && e.selectFirst("p") != null && e.parent() != null
            && e.parent().normalName().equals("body")) {
          // a form wrapping the page (as some frameworks emit) is not a chrome form
        } else if (CHROME_TAGS.contains(tag) || (names(e) & CHROME) != 0) {
          chrome.push(e);
          around = null;
        }
        if (tag.equals("article") || tag.equals("main") || (names(e) & BODY) != 0) {
          bodyHints++;
          bodyContainers.add(e);
        }
      } else if (tag.equals("img")) {
        return FilterResult.SKIP_ENTIRELY;
      }
      return FilterResult.CONTINUE;
    }

    /** Notes a streamed part ({@code div hidden id="S:n"}) or its placeholder ({@code template id="P:n"}). */
    private void noteStreamed(Element e, String tag) {
      if (e.attributesSize() == 0) {
        return;
      }
      String id = e.id();
      if (id.length() < 3 || id.charAt(1) != ':') {
        return;
      }
      char k = id.charAt(0);
      if (k == 'S' && tag.equals("div")) {
        streamedParts.add(e);
      } else if ((k == 'P' || k == 'B') && tag.equals("template")) {
        placeholders.put(id, e);
      }
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) {
          linkDepth--;
        }
        if (BLOCK.contains(tag)) {
          flush();
          if (!open.isEmpty() && open.peek() == e) {
            open.pop();
          }
          if (!chrome.isEmpty() && chrome.peek() == e) {
            chrome.pop();
            around = null;
          }
          if (bodyContainers.contains(e)) {
            bodyHints--;
          }
        } else if (tag.equals("td") || tag.equals("th")) {
          append(" ");
        }
      }
      return FilterResult.CONTINUE;
    }

    private void append(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c > ' ' && c < 0x7F) { // printable ASCII, the common case: neither space nor skipped
          put(c);
          continue;
        }
        if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u2060' || c == '\uFEFF') {
          continue; // soft hyphens and zero-width characters are not text
        }
        if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000') {
          space = true;
          continue;
        }
        put(c);
      }
    }

    /** Appends a text character, after one space where white space came before it. */
    private void put(char c) {
      if (space && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
        text.append(' ');
      }
      space = false;
      text.append(c);
      if (linkDepth > 0) {
        linkChars++;
      }
    }

    private void lineBreak() {
      if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
        text.append('\n');
      }
      space = false;
    }

    void flush() {
      int end = text.length();
      while (end > 0 && text.charAt(end - 1) == '\n') {
        end--;
      }
      if (end > 0 && !open.isEmpty()) {
        if (around == null) { // the chrome stack changed since the last block
          List<Element> outerFirst = new ArrayList<>(chrome);
          java.util.Collections.reverse(outerFirst);
          around = List.copyOf(outerFirst);
        }
        blocks.add(new Block(text.substring(0, end), Math.min(linkChars, end), open.peek(),
            around, bodyHints > 0));
      }
      text.setLength(0);
      linkChars = 0;
      space = false;
    }
  }
}
