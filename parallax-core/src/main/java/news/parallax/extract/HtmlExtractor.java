package news.parallax.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.parallax.extract.HtmlBlocks.Block;
import news.parallax.internal.Texts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article of an HTML page.
 *
 * <p>Metadata comes from {@link HtmlMetadata}. The body is cut into text blocks
 * ({@link HtmlBlocks}); blocks inside chrome (navigation, asides, footers, forms, and elements
 * whose class or id names chrome) are set aside unless that chrome element holds most of the
 * page's text. Each remaining block is judged: <em>good</em> (a sentence or a long run of text
 * with few links), <em>short</em>, or <em>links</em>. The fallback order:
 *
 * <ol>
 *   <li>the container with the most good text (a block's text counts fully for its parent, half
 *       for its grandparent, a third for the next; containers named as article bodies count
 *       {@link #BODY_HINT_BONUS} times), widened to its ancestors while what they add is mostly
 *       text rather than links, and filtered block by block;
 *   <li>when that gives under {@link #MIN_BODY_CHARS} characters: every good block of the page
 *       outside chrome, with short blocks kept only between good ones;
 *   <li>when that is still short: the same, chrome included;
 *   <li>when that is still short: the JSON-LD {@code articleBody};
 *   <li>when nothing else gave text: every line of the page's text of {@link TextDumpExtractor#MIN_WORDS} words or more.
 * </ol>
 *
 * Each step runs only when the one before it gave less than {@link #MIN_BODY_CHARS} characters;
 * the longest result wins when all are short.
 */
final class HtmlExtractor {
  /** Link text above this share makes a block navigation; calibrated on the trafilatura-eval pages. */
  static final double MAX_LINK_DENSITY = 0.5;
  /** A good block has at most this share of link text; calibrated on the trafilatura-eval pages. */
  static final double MAX_GOOD_LINK_DENSITY = 0.3;
  /**
   * A good block has this many words (a Han character counts half)... Calibrated on the
   * trafilatura-eval pages (10 and 20 both scored lower); change with {@link #GOOD_SENTENCE_WORDS}.
   */
  static final int GOOD_WORDS = 15;
  /** ...or this many when it ends like a sentence (4 and 9 scored lower on trafilatura-eval). */
  static final int GOOD_SENTENCE_WORDS = 6;
  /** Below this many body characters the next fallback step runs (a short news item is longer). */
  static final int MIN_BODY_CHARS = 250;
  /** Containers named as article bodies score this many times their text; calibrated on trafilatura-eval. */
  static final double BODY_HINT_BONUS = 1.5;
  /**
   * A chrome element that holds more than this share of the page's text is not chrome;
   * calibrated on trafilatura-eval (0.4 to 0.8 score within 0.0003).
   */
  static final double MAX_CHROME_SHARE = 0.6;
  /**
   * The chosen container widens to its parent while at least this share of what the parent
   * adds is good text; calibrated on the trafilatura-eval pages.
   */
  static final double WIDEN_MIN_GOOD_SHARE = 0.6;
  /**
   * What short text (not good, not links) counts for when widening, against good text's 1;
   * calibrated on trafilatura-eval with {@link #WIDEN_MIN_GOOD_SHARE} (0.5 and 0.8 scored lower).
   */
  static final double WIDEN_SHORT_WEIGHT = 1.0;
  /**
   * When the best container found without the chrome rules scores this many times the best
   * found with them, chrome-named wrappers of that container are taken as not chrome;
   * calibrated on the trafilatura-eval pages.
   */
  static final double RESCUE_RATIO = 2.0;
  /**
   * An end marker ends the body only when the good text after it is less than this share of
   * the good text before it; otherwise it is an inline "read also" and only its block is
   * dropped. Calibrated on the trafilatura-eval pages.
   */
  static final double END_MARKER_MAX_AFTER = 0.5;
  /**
   * A sibling of the chosen (widened) container joins it when it holds at least this many
   * characters of good text... Calibrated on trafilatura-eval (50 to 200 within 0.0002 F1).
   */
  static final int SIBLING_MIN_GOOD_CHARS = 50;
  /** ...and at least this share of the container's good text (0.02 and 0.05 scored 0.0006 higher on trafilatura-eval but lower on zh-web-extraction)... */
  static final double SIBLING_MIN_SHARE = 0.1;
  /**
   * ...and when at least this share of its text is text rather than links, as for widening;
   * calibrated on trafilatura-eval (0.6 scored above 0.7 and 0.8).
   */
  static final double SIBLING_MIN_TEXT_SHARE = 0.6;
  /** A lead is looked for among this many blocks before the body's first one. */
  static final int LEAD_MAX_DISTANCE = 8;
  /** Headings and short blocks longer than this many words are judged as text, not as labels. */
  static final int MAX_HEADING_WORDS = 30;

  /**
   * A server script's error or warning printed into the page ("Warning: Undefined variable
   * $x in /var/www/... on line 12"): never article text, in any language.
   */
  private static final java.util.regex.Pattern SERVER_MESSAGE = java.util.regex.Pattern.compile(
      "(?:Warning|Notice|Deprecated|Strict Standards|Fatal error|Parse error): .{0,400}? on line \\d+");

  private final Phrases phrases = Phrases.get();

  PageExtractor.Draft extract(String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    PageExtractor.Draft d = new PageExtractor.Draft();
    HtmlMetadata.read(doc, url, d);
    Element body = doc.body();
    if (body != null) {
      HtmlBlocks.Cut cut = HtmlBlocks.of(body);
      List<Block> blocks = cut.blocks();
      List<String> paragraphs = body(cut, d);
      int have = chars(new java.util.HashSet<>(paragraphs)); // a repeated caption counts once
      if (have < MIN_BODY_CHARS && d.articleBody != null && d.articleBody.length() > have) {
        paragraphs = splitLines(d.articleBody);
      }
      if (paragraphs.isEmpty()) {
        for (String line : body.wholeText().split("\\R")) {
          String t = Texts.normalizeSpace(line);
          if (Texts.wordLength(t) >= TextDumpExtractor.MIN_WORDS) {
            paragraphs.add(t);
          }
        }
      }
      dropSelfPromotion(paragraphs, d);
      d.paragraphs.addAll(paragraphs);
      HtmlMetadata.readVisibleDate(blocks, d);
    }
    return d;
  }

  /**
   * The last this many paragraphs of a body are checked for the site's appeals to its readers;
   * calibrated on trafilatura-eval (5 scored 0.0007 lower: it reaches into the article).
   */
  static final int SELF_PROMO_LAST = 3;
  /** ...when they have at most this many words (60 scored 0.0001 lower on trafilatura-eval)... */
  static final int SELF_PROMO_WORDS = 40;
  /** ...and the body has at least this many paragraphs (3 scored 0.0007 lower, 5 to 7 within 0.0002). */
  static final int SELF_PROMO_MIN_PARAGRAPHS = 6;

  /**
   * Drops, among the last paragraphs of the body, short ones that name the site itself (its
   * outlet name, or its domain's name): an outlet's appeal at the end of its articles ("Download
   * the X apps", "Follow X on Twitter", "This article is the copyrighted property of X"). Not when
   * the title or the body before them names the site: then the article is about the site's own
   * business (a release note on python.org, a press release by the organisation).
   */
  private static void dropSelfPromotion(List<String> paragraphs, PageExtractor.Draft d) {
    if (paragraphs.size() < SELF_PROMO_MIN_PARAGRAPHS) {
      return;
    }
    List<String> names = new ArrayList<>();
    if (d.outlet != null) {
      names.add(SiteChrome.squash(d.outlet));
    }
    String host = d.url == null ? null : Outlets.fromUrl(d.url);
    if (host != null) {
      String[] parts = host.split("\\.");
      if (parts.length >= 2) {
        names.add(SiteChrome.squash(parts[parts.length - 2].length() <= 3 && parts.length >= 3
            ? parts[parts.length - 3] : parts[parts.length - 2]));
      }
    }
    names.removeIf(n -> n.length() < 4);
    int tail = Math.max(1, paragraphs.size() - SELF_PROMO_LAST);
    String before = null; // squashed title and body before the tail, made when first needed
    for (int i = paragraphs.size() - 1; i >= tail && !names.isEmpty(); i--) {
      String p = paragraphs.get(i);
      if (Texts.wordLength(p) > SELF_PROMO_WORDS) {
        continue;
      }
      String sq = SiteChrome.squash(p);
      for (String n : names) {
        if (!sq.contains(n)) {
          continue;
        }
        if (before == null) {
          before = SiteChrome.squash((d.title == null ? "" : d.title) + " "
              + String.join(" ", paragraphs.subList(0, tail)));
          names.removeIf(before::contains); // the article is about the site's own business
          if (!names.contains(n)) {
            break;
          }
        }
        paragraphs.remove(i);
        break;
      }
    }
  }

  private List<String> body(HtmlBlocks.Cut cut, PageExtractor.Draft d) {
    List<Block> blocks = cut.blocks();
    if (blocks.isEmpty()) {
      return new ArrayList<>();
    }
    int total = 0;
    for (Block b : blocks) {
      total += b.text.length();
    }
    Map<Element, Integer> sizes = new IdentityHashMap<>();
    for (Block b : blocks) {
      for (Element e : b.chrome) {
        sizes.merge(e, b.text.length(), Integer::sum);
      }
    }
    final int total0 = total;
    boolean[] chrome = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      for (Element e : blocks.get(i).chrome) {
        if (sizes.get(e) <= MAX_CHROME_SHARE * total) {
          chrome[i] = true;
          break;
        }
      }
    }
    String titleKey = d.title == null ? "" : Phrases.norm(d.title);
    java.util.function.Predicate<Element> isChrome = e -> sizes.get(e) <= MAX_CHROME_SHARE * total0;
    List<String> best = fromContainer(blocks, cut.bodyContainers(), chrome, titleKey, isChrome);
    if (chars(best) >= MIN_BODY_CHARS) {
      return best;
    }
    List<String> page = filtered(blocks, chrome, null, titleKey, false);
    if (chars(page) > chars(best)) {
      best = page;
    }
    if (chars(best) >= MIN_BODY_CHARS) {
      return best;
    }
    List<String> all = filtered(blocks, new boolean[blocks.size()], null, titleKey, false);
    return chars(all) > chars(best) ? all : best;
  }

  /** The best container, its score, and the text statistics of every element. */
  private record Choice(Element best, double score, Map<Element, double[]> stats) {}

  private static Choice choose(List<Block> blocks, Set<Element> bodyContainers, boolean[] chrome) {
    // [score, good chars, all chars, text chars, looked at when choosing]
    Map<Element, double[]> stats = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (chrome[i]) {
        continue;
      }
      Block b = blocks.get(i);
      boolean good = isGood(b);
      boolean text = b.linkDensity() <= MAX_LINK_DENSITY;
      int level = 0;
      for (Element e = b.element; e != null; e = e.parent(), level++) {
        double[] s = stats.computeIfAbsent(e, k -> new double[5]);
        if (good && level < 3) {
          s[0] += (b.text.length() - b.linkChars) / (level + 1.0);
        }
        if (good) {
          s[1] += b.text.length();
        }
        s[2] += b.text.length();
        if (text) {
          s[3] += b.text.length();
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Block b : blocks) { // document order makes ties deterministic
      for (Element e = b.element; e != null; e = e.parent()) {
        double[] s = stats.get(e);
        if (s == null) {
          continue;
        }
        if (s[4] != 0) {
          break; // looked at from an earlier block, and so were all its ancestors: none can win now
        }
        s[4] = 1;
        if (s[0] <= 0) {
          continue;
        }
        double score = s[0] * (bodyContainers.contains(e) ? BODY_HINT_BONUS : 1);
        if (score > bestScore) {
          bestScore = score;
          best = e;
        }
      }
    }
    return new Choice(best, bestScore, stats);
  }

  private List<String> fromContainer(List<Block> blocks, Set<Element> bodyContainers,
      boolean[] chrome, String titleKey, java.util.function.Predicate<Element> isChrome) {
    Choice choice = choose(blocks, bodyContainers, chrome);
    Choice blind = choose(blocks, bodyContainers, new boolean[blocks.size()]);
    if (blind.best() != null && blind.score() > RESCUE_RATIO * choice.score()) {
      // the main text sits inside elements named like chrome ("has-sidebar", "print-active"):
      // such wrappers of the best text are not chrome
      Set<Element> wrappers = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      for (Element e = blind.best(); e != null; e = e.parent()) {
        wrappers.add(e);
      }
      for (int i = 0; i < blocks.size(); i++) {
        if (chrome[i]) {
          boolean only = true;
          for (Element e : blocks.get(i).chrome) {
            only &= wrappers.contains(e);
          }
          chrome[i] = !only;
        }
      }
      choice = choose(blocks, bodyContainers, chrome);
    }
    Element best = choice.best();
    Map<Element, double[]> stats = choice.stats();
    if (best == null) {
      return new ArrayList<>();
    }
    Element container = best;
    Element root = best.ownerDocument(); // once: it walks the whole way up
    while (container.parent() != null && container.parent() != root) {
      double[] inner = stats.get(container);
      double[] outer = stats.get(container.parent());
      double addedAll = outer[2] - inner[2];
      double addedGood = outer[1] - inner[1];
      double addedText = outer[3] - inner[3];
      if (addedAll > 0 && addedGood + WIDEN_SHORT_WEIGHT * (addedText - addedGood) < WIDEN_MIN_GOOD_SHARE * addedAll) {
        break;
      }
      container = container.parent();
    }
    Set<Element> within = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    within.add(container);
    joinSiblings(container, stats, within);
    addLead(blocks, chrome, within, titleKey, isChrome);
    return filtered(blocks, chrome, within, titleKey, true);
  }

  /**
   * Takes back the article's lead: good blocks just before the body's first good block (between
   * it and the headline, the block equal to the title or an {@code h1}) that are chrome only
   * because they sit in a {@code header} element or an element named like a teaser
   * ({@code extract/lead-names.txt}). A news page's standfirst often sits in the article's header
   * or in a "teaser-text" box, apart from the body's container. When the headline is among the
   * blocks looked at, good blocks between it and the body that are not chrome are the lead too
   * (when their element holds nothing but their text).
   */
  private static void addLead(List<Block> blocks, boolean[] chrome, Set<Element> within,
      String titleKey, java.util.function.Predicate<Element> isChrome) {
    int first = -1; // the body's first good block
    for (int i = 0; i < blocks.size(); i++) {
      if (!chrome[i] && isGood(blocks.get(i)) && isInside(blocks.get(i).element, within)) {
        first = i;
        break;
      }
    }
    ClassNames names = ClassNames.get();
    int headline = -1;
    for (int i = first - 1; i >= 0 && i >= first - LEAD_MAX_DISTANCE; i--) {
      if (!titleKey.isEmpty() && blocks.get(i).norm().equals(titleKey)
          || blocks.get(i).tag.equals("h1")) {
        headline = i;
        break;
      }
    }
    for (int i = first - 1; i > headline && i >= first - LEAD_MAX_DISTANCE; i--) {
      Block b = blocks.get(i);
      if (!chrome[i]) {
        if (isGood(b)) {
          if (headline >= 0 && !isInside(b.element, within) && b.element.childrenSize() == 0) {
            within.add(b.element); // between the headline and the body: its lead
            continue;
          }
          break; // text of its own outside the body: not a lead of it
        }
        continue;
      }
      if (!isGood(b)) {
        continue;
      }
      boolean lead = false;
      boolean other = false;
      for (Element e : b.chrome) {
        if (!isChrome.test(e)) {
          continue;
        }
        if (e.normalName().equals("header") || names.isLead(e)) {
          lead = true;
        } else {
          other = true;
        }
      }
      if (lead && !other) {
        chrome[i] = false;
        within.add(b.element);
      }
    }
  }

  /**
   * Adds to {@code within} the siblings of {@code container} that are mostly text: an article
   * split over sibling containers (a recipe's ingredients and steps, an accordion's panels, a
   * lead and a body in separate wrappers) whose common parent also holds chrome that keeps the
   * widening from reaching it. Chrome siblings have no statistics and never join.
   */
  private static void joinSiblings(Element container, Map<Element, double[]> stats,
      Set<Element> within) {
    Element parent = container.parent();
    if (parent == null || parent == container.ownerDocument()) {
      return;
    }
    double[] own = stats.get(container);
    if (own == null) {
      return;
    }
    for (Element sibling : parent.children()) {
      if (sibling == container) {
        continue;
      }
      double[] s = stats.get(sibling);
      if (s == null || s[1] < SIBLING_MIN_GOOD_CHARS || s[1] < SIBLING_MIN_SHARE * own[1]) {
        continue;
      }
      if (s[1] + WIDEN_SHORT_WEIGHT * (s[3] - s[1]) >= SIBLING_MIN_TEXT_SHARE * s[2]) {
        within.add(sibling);
      }
    }
  }

  /** The blocks inside {@code container} (or all when null) that are article text. */
  private List<String> filtered(List<Block> blocks, boolean[] chrome, Set<Element> container,
      String titleKey, boolean stopAtEnd) {
    List<Block> in = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (!chrome[i] && (container == null || isInside(b.element, container))) {
        in.add(b);
      }
    }
    int n = in.size();
    int[] kind = new int[n]; // 2 good, 1 short, 0 drop
    for (int i = 0; i < n; i++) {
      Block b = in.get(i);
      String norm = b.norm();
      if (norm.isEmpty() || b.linkDensity() > MAX_LINK_DENSITY) {
        kind[i] = 0;
      } else if (!titleKey.isEmpty() && norm.equals(titleKey)) {
        kind[i] = 0;
      } else if (SERVER_MESSAGE.matcher(b.text).lookingAt()) {
        kind[i] = 0; // a script error printed into the page
      } else if (b.words <= TextDumpExtractor.MAX_BOILERPLATE_WORDS && phrases.isBoilerplateNorm(norm)) {
        kind[i] = 0;
      } else if (b.words <= CREDIT_MAX_WORDS && isCredit(b.text)) {
        kind[i] = 0; // an image's caption with its credit
      } else if (isGood(b)) {
        kind[i] = 2;
      } else {
        kind[i] = 1;
      }
    }
    List<String> out = new ArrayList<>();
    long[] goodAfter = new long[n + 1];
    for (int i = n - 1; i >= 0; i--) {
      goodAfter[i] = goodAfter[i + 1] + (kind[i] == 2 ? in.get(i).text.length() : 0);
    }
    boolean seenGood = false;
    for (int i = 0; i < n; i++) {
      Block b = in.get(i);
      if (seenGood && stopAtEnd && b.words <= MAX_HEADING_WORDS && phrases.isEndMarkerNorm(b.norm())) {
        long before = goodAfter[0] - goodAfter[i];
        if (goodAfter[i + 1] < END_MARKER_MAX_AFTER * before) {
          break;
        }
        continue; // an inline "read also" inside the article: only this block goes
      }
      boolean keep;
      if (kind[i] == 2) {
        keep = true;
        seenGood = true;
      } else if (kind[i] == 1) {
        if (b.isHeading()) {
          keep = b.words <= MAX_HEADING_WORDS && (nextKind(kind, i) == 2 || container != null && nextIsItem(in, kind, i));
        } else if (b.isItem()) {
          keep = b.linkDensity() <= MAX_GOOD_LINK_DENSITY && (container != null || nextKind(kind, i) >= 1 && prevKind(kind, i) >= 1);
        } else {
          keep = prevKind(kind, i) == 2 && nextKind(kind, i) == 2 || seenGood && nextKind(kind, i) == 2 && b.words >= GOOD_SENTENCE_WORDS
              // a short paragraph of the article's container between its good text: a line of
              // dialogue, a date line, a one-line answer
              || container != null && seenGood && goodAfter[i + 1] > 0 && b.tag.equals("p");
        }
      } else {
        keep = false;
      }
      if (keep) {
        for (String line : b.text.split("\n")) {
          String t = Texts.normalizeSpace(line);
          if (!t.isEmpty()) {
            out.add(t);
          }
        }
      }
    }
    return out;
  }

  private static int nextKind(int[] kind, int i) {
    for (int j = i + 1; j < kind.length; j++) {
      if (kind[j] != 0) {
        return kind[j];
      }
    }
    return 0;
  }

  /** Whether the next block not dropped is a list item or table cell. */
  private static boolean nextIsItem(List<Block> in, int[] kind, int i) {
    for (int j = i + 1; j < kind.length; j++) {
      if (kind[j] != 0) {
        return in.get(j).isItem();
      }
    }
    return false;
  }

  private static int prevKind(int[] kind, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (kind[j] != 0) {
        return kind[j];
      }
    }
    return 0;
  }

  /**
   * A block this short (in words) with an image credit ({@code extract/credit-words.txt}) is a
   * caption; calibrated on trafilatura-eval (20 scored above 12 and 30).
   */
  static final int CREDIT_MAX_WORDS = 20;
  private static final java.util.regex.Pattern CREDIT = creditPattern();

  /** Whether {@code text} holds an image credit ("Foto: dpa", "AFP / Name", "Getty Images", "©"). */
  static boolean isCredit(String text) {
    return CREDIT.matcher(text).find();
  }

  private static java.util.regex.Pattern creditPattern() {
    List<String> labels = new ArrayList<>();
    List<String> agencies = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> symbols = new ArrayList<>();
    for (String line : news.parallax.internal.Resources.lines("news/parallax/extract/credit-words.txt")) {
      int sp = line.indexOf(' ');
      if (sp < 0) {
        continue;
      }
      String w = java.util.regex.Pattern.quote(line.substring(sp + 1).strip());
      switch (line.substring(0, sp)) {
        case "label" -> labels.add(w);
        case "agency" -> agencies.add(w);
        case "name" -> names.add(w.replace(" ", "\\E[\\s-]*\\Q"));
        case "symbol" -> symbols.add(w);
        default -> { }
      }
    }
    String l = String.join("|", labels);
    String a = String.join("|", agencies);
    List<String> parts = new ArrayList<>(symbols);
    parts.add("\\b(?:" + l + ")\\s*:");
    parts.add("\\((?:" + l + ")\\b");
    parts.add("\\b(?:" + a + ")\\s*/");
    parts.add("/\\s*(?:" + a + ")\\b");
    parts.add("\\b(?:" + String.join("|", names) + ")\\b");
    return java.util.regex.Pattern.compile("(?iu)" + String.join("|", parts));
  }

  static boolean isGood(Block b) {
    if (b.linkDensity() > MAX_GOOD_LINK_DENSITY) {
      return false;
    }
    if (b.words >= GOOD_WORDS) {
      return true;
    }
    char last = b.text.charAt(b.text.length() - 1);
    return b.words >= GOOD_SENTENCE_WORDS && ".!?。！？…\"”»)）:：;；".indexOf(last) >= 0;
  }

  private static boolean isInside(Element e, Set<Element> container) {
    for (Element x = e; x != null; x = x.parent()) {
      if (container.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private static int chars(java.util.Collection<String> ps) {
    int n = 0;
    for (String p : ps) {
      n += p.length();
    }
    return n;
  }

  private static List<String> splitLines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String t = Texts.normalizeSpace(line);
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
