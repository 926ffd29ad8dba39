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
  /**
   * An element named like chrome (or the elements of its class together) is the article's
   * wrapper when it holds at least this share of the page's good text... Set on reading the odd
   * wcxb-dev-articles pages (fool.com's "toc-content", a "WidgetWrapper" per section), not fitted.
   */
  static final double NAMED_CHROME_MIN_GOOD_SHARE = 0.5;
  /** ...and at least this share of its own text is good text. */
  static final double NAMED_CHROME_MIN_OWN_GOOD = 0.7;
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
      List<String> paragraphs = body(cut, body, d);
      dropSelfPromotion(paragraphs, d);
      d.paragraphs.addAll(paragraphs);
      HtmlMetadata.readVisibleDate(cut.blocks(), d);
    }
    return d;
  }

  /**
   * The fallback order: each step runs only when the text so far is under
   * {@link #MIN_BODY_CHARS} characters, and the longest text found wins.
   */
  private List<String> body(HtmlBlocks.Cut cut, Element body, PageExtractor.Draft d) {
    Candidates c = new Candidates(cut, titleKey(d));
    Fallback f = new Fallback();
    f.step(c::fromContainer);                           // 1. the container with the most good text
    f.step(() -> c.filtered(c.chrome, null, false));    // 2. every good block outside chrome
    f.step(() -> c.filtered(c.noChrome(), null, false)); // 3. every good block, chrome included
    f.step(() -> splitLines(d.articleBody));            // 4. the JSON-LD articleBody
    f.stepWhenEmpty(() -> longLines(body));             // 5. every long line of the page's text
    return f.best;
  }

  /** The text found so far by the fallback steps, and whether the next step should run. */
  private static final class Fallback {
    List<String> best = new ArrayList<>();
    /** The length of {@link #best}, a repeated paragraph (a caption twice) counted once. */
    int chars;

    void step(java.util.function.Supplier<List<String>> next) {
      if (chars >= MIN_BODY_CHARS) {
        return;
      }
      List<String> found = next.get();
      int n = distinctChars(found);
      if (n > chars) {
        best = found;
        chars = n;
      }
    }

    void stepWhenEmpty(java.util.function.Supplier<List<String>> next) {
      if (best.isEmpty()) {
        best = next.get();
        chars = distinctChars(best);
      }
    }
  }

  private static String titleKey(PageExtractor.Draft d) {
    return d.title == null ? "" : Phrases.norm(d.title);
  }

  /** Every line of the page's text of {@link TextDumpExtractor#MIN_WORDS} words or more. */
  private static List<String> longLines(Element body) {
    List<String> out = new ArrayList<>();
    for (String line : body.wholeText().split("\\R")) {
      String t = Texts.normalizeSpace(line);
      if (Texts.wordLength(t) >= TextDumpExtractor.MIN_WORDS) {
        out.add(t);
      }
    }
    return out;
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

  /**
   * The page's blocks with what the fallback steps share: which blocks are chrome (inside a
   * chrome element that holds at most {@link #MAX_CHROME_SHARE} of the page's text) and the
   * title to drop.
   */
  private final class Candidates {
    final List<Block> blocks;
    final Set<Element> bodyContainers;
    final boolean[] chrome;
    final java.util.function.Predicate<Element> isChrome;
    final String titleKey;

    Candidates(HtmlBlocks.Cut cut, String titleKey) {
      this.blocks = cut.blocks();
      this.bodyContainers = cut.bodyContainers();
      this.titleKey = titleKey;
      int total = 0;
      int totalGood = 0;
      Map<Element, Integer> sizes = new IdentityHashMap<>();
      Map<Element, Integer> goodSizes = new IdentityHashMap<>();
      Map<String, Integer> groupSizes = new java.util.HashMap<>();
      Map<String, Integer> groupGood = new java.util.HashMap<>();
      for (Block b : blocks) {
        total += b.text.length();
        boolean good = isGood(b);
        totalGood += good ? b.text.length() : 0;
        for (Element e : b.chrome) {
          sizes.merge(e, b.text.length(), Integer::sum);
          if (good) {
            goodSizes.merge(e, b.text.length(), Integer::sum);
          }
        }
        if (!b.chrome.isEmpty()) { // the innermost chrome element's class: parts of one kind
          String group = b.chrome.get(b.chrome.size() - 1).className();
          groupSizes.merge(group, b.text.length(), Integer::sum);
          if (good) {
            groupGood.merge(group, b.text.length(), Integer::sum);
          }
        }
      }
      final int all = total;
      final int allGood = totalGood;
      // a name says chrome, the content may say article: an element named like chrome
      // ("paywall", "widget", "toc-content") that holds most of the page's good text, and is
      // itself mostly good text, is the article's wrapper; so are elements of one class that
      // together do (the article cut into "widget" parts)
      java.util.function.Predicate<Element> wrapsArticle = e -> HtmlBlocks.isNamedChrome(e)
          && (holdsArticle(goodSizes.getOrDefault(e, 0), sizes.get(e), allGood)
              || !e.className().isEmpty() && holdsArticle(groupGood.getOrDefault(e.className(), 0),
                  groupSizes.getOrDefault(e.className(), 0), allGood));
      isChrome = e -> sizes.get(e) <= MAX_CHROME_SHARE * all && !wrapsArticle.test(e);
      chrome = new boolean[blocks.size()];
      for (int i = 0; i < blocks.size(); i++) {
        for (Element e : blocks.get(i).chrome) {
          if (isChrome.test(e)) {
            chrome[i] = true;
            break;
          }
        }
      }
    }

    /**
     * Whether an element with {@code good} characters of good text out of {@code all} holds
     * the article: most of the page's good text, and mostly good text itself.
     */
    private static boolean holdsArticle(int good, int all, int pageGood) {
      return good >= NAMED_CHROME_MIN_GOOD_SHARE * pageGood && good >= NAMED_CHROME_MIN_OWN_GOOD * all;
    }

    boolean[] noChrome() {
      return new boolean[blocks.size()];
    }

    List<String> fromContainer() {
      return blocks.isEmpty() ? new ArrayList<>()
          : HtmlExtractor.this.fromContainer(blocks, bodyContainers, chrome, titleKey, isChrome);
    }

    List<String> filtered(boolean[] chromeFlags, Set<Element> within, boolean stopAtEnd) {
      return HtmlExtractor.this.filtered(blocks, chromeFlags, within, titleKey, stopAtEnd);
    }
  }

  /**
   * The text an element holds, in characters: its container score (good text counted fully for
   * its parent, half for its grandparent, a third for the next), its good text, all its text, and
   * its text outside link blocks.
   */
  record ElementStats(double score, int goodChars, int allChars, int textChars) {
    /** What a parent adds to this element, weighed as widening weighs it: good text plus short text. */
    double textWeight() {
      return goodChars + WIDEN_SHORT_WEIGHT * (textChars - goodChars);
    }
  }

  /** Sums of {@link ElementStats} while the blocks are read. */
  private static final class Tally {
    double score;
    int goodChars;
    int allChars;
    int textChars;
  }

  /** The best container, its score, and the text statistics of every element. */
  private record Choice(Element best, double score, Map<Element, ElementStats> stats) {}

  private static Choice choose(List<Block> blocks, Set<Element> bodyContainers, boolean[] chrome) {
    Map<Element, Tally> tallies = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (chrome[i]) {
        continue;
      }
      Block b = blocks.get(i);
      boolean good = isGood(b);
      boolean text = b.linkDensity() <= MAX_LINK_DENSITY;
      int level = 0;
      for (Element e = b.element; e != null; e = e.parent(), level++) {
        Tally t = tallies.computeIfAbsent(e, k -> new Tally());
        if (good && level < 3) {
          t.score += (b.text.length() - b.linkChars) / (level + 1.0);
        }
        if (good) {
          t.goodChars += b.text.length();
        }
        t.allChars += b.text.length();
        if (text) {
          t.textChars += b.text.length();
        }
      }
    }
    Map<Element, ElementStats> stats = new IdentityHashMap<>(tallies.size() * 2);
    tallies.forEach((e, t) -> stats.put(e, new ElementStats(t.score, t.goodChars, t.allChars, t.textChars)));
    Set<Element> looked = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Element best = null;
    double bestScore = 0;
    for (Block b : blocks) { // document order makes ties deterministic
      for (Element e = b.element; e != null; e = e.parent()) {
        ElementStats s = stats.get(e);
        if (s == null) {
          continue;
        }
        if (!looked.add(e)) {
          break; // looked at from an earlier block, and so were all its ancestors: none can win now
        }
        if (s.score() <= 0) {
          continue;
        }
        double score = s.score() * (bodyContainers.contains(e) ? BODY_HINT_BONUS : 1);
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
    Map<Element, ElementStats> stats = choice.stats();
    if (best == null) {
      return new ArrayList<>();
    }
    Element container = best;
    Element root = best.ownerDocument(); // once: it walks the whole way up
    while (container.parent() != null && container.parent() != root) {
      ElementStats inner = stats.get(container);
      ElementStats outer = stats.get(container.parent());
      double addedAll = outer.allChars() - inner.allChars();
      if (addedAll > 0 && outer.textWeight() - inner.textWeight() < WIDEN_MIN_GOOD_SHARE * addedAll) {
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
  private static void joinSiblings(Element container, Map<Element, ElementStats> stats,
      Set<Element> within) {
    Element parent = container.parent();
    if (parent == null || parent == container.ownerDocument()) {
      return;
    }
    ElementStats own = stats.get(container);
    if (own == null) {
      return;
    }
    for (Element sibling : parent.children()) {
      if (sibling == container) {
        continue;
      }
      ElementStats s = stats.get(sibling);
      if (s == null || s.goodChars() < SIBLING_MIN_GOOD_CHARS
          || s.goodChars() < SIBLING_MIN_SHARE * own.goodChars()) {
        continue;
      }
      if (s.textWeight() >= SIBLING_MIN_TEXT_SHARE * s.allChars()) {
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
    Kind[] kind = new Kind[n];
    for (int i = 0; i < n; i++) {
      kind[i] = kind(in.get(i), titleKey);
    }
    List<String> out = new ArrayList<>();
    long[] goodAfter = new long[n + 1];
    for (int i = n - 1; i >= 0; i--) {
      goodAfter[i] = goodAfter[i + 1] + (kind[i] == Kind.GOOD ? in.get(i).text.length() : 0);
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
      if (kind[i] == Kind.GOOD) {
        keep = true;
        seenGood = true;
      } else if (kind[i] == Kind.SHORT) {
        if (b.isHeading()) {
          keep = b.words <= MAX_HEADING_WORDS && (nextKind(kind, i) == Kind.GOOD || container != null && nextIsItem(in, kind, i));
        } else if (b.isItem()) {
          keep = b.linkDensity() <= MAX_GOOD_LINK_DENSITY && (container != null || nextKind(kind, i) != Kind.DROP && prevKind(kind, i) != Kind.DROP);
        } else {
          keep = prevKind(kind, i) == Kind.GOOD && nextKind(kind, i) == Kind.GOOD || seenGood && nextKind(kind, i) == Kind.GOOD && b.words >= GOOD_SENTENCE_WORDS
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

  /** How a block counts for the body: dropped, short (kept by its neighbours), or good text. */
  enum Kind { DROP, SHORT, GOOD }

  /** The kind of one block of a candidate body. */
  private Kind kind(Block b, String titleKey) {
    String norm = b.norm();
    if (norm.isEmpty() || b.linkDensity() > MAX_LINK_DENSITY) {
      return Kind.DROP;
    } else if (!titleKey.isEmpty() && norm.equals(titleKey)) {
      return Kind.DROP; // the headline: it is the title
    } else if (SERVER_MESSAGE.matcher(b.text).lookingAt()) {
      return Kind.DROP; // a script error printed into the page
    } else if (b.words <= TextDumpExtractor.MAX_BOILERPLATE_WORDS && phrases.isBoilerplateNorm(norm)) {
      return Kind.DROP;
    } else if (b.words <= CREDIT_MAX_WORDS && isCredit(b.text)) {
      return Kind.DROP; // an image's caption with its credit
    }
    return isGood(b) ? Kind.GOOD : Kind.SHORT;
  }

  /** The kind of the next block not dropped, or DROP when none follows. */
  private static Kind nextKind(Kind[] kind, int i) {
    for (int j = i + 1; j < kind.length; j++) {
      if (kind[j] != Kind.DROP) {
        return kind[j];
      }
    }
    return Kind.DROP;
  }

  /** Whether the next block not dropped is a list item or table cell. */
  private static boolean nextIsItem(List<Block> in, Kind[] kind, int i) {
    for (int j = i + 1; j < kind.length; j++) {
      if (kind[j] != Kind.DROP) {
        return in.get(j).isItem();
      }
    }
    return false;
  }

  /** The kind of the previous block not dropped, or DROP when none comes before. */
  private static Kind prevKind(Kind[] kind, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (kind[j] != Kind.DROP) {
        return kind[j];
      }
    }
    return Kind.DROP;
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

  /** The length of the paragraphs, each distinct paragraph counted once. */
  private static int distinctChars(List<String> ps) {
    int n = 0;
    for (String p : new java.util.HashSet<>(ps)) {
      n += p.length();
    }
    return n;
  }

  private static List<String> splitLines(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String line : text.split("\\R")) {
      String t = Texts.normalizeSpace(line);
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
