package news.parallax.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import news.parallax.internal.Texts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article of an HTML page.
 *
 * <p>Metadata comes, in this order, from JSON-LD, OpenGraph and other meta tags, then the
 * {@code <title>} and the first {@code <h1>}. The body is found in four steps:
 *
 * <ol>
 *   <li>remove elements that are never article text (scripts, forms, navigation, footers) and
 *       elements whose class or id names chrome ({@link #CHROME_HINT});
 *   <li>score each text block (paragraph, heading, list item, quote, cell) by its length and
 *       punctuation, less its link text, and credit the score to its parent and grandparent;
 *   <li>take the best-scoring container and keep its blocks in document order, dropping blocks
 *       that are mostly links or boilerplate phrases;
 *   <li>when that yields under {@link #MIN_BODY_CHARS} characters, fall back to every
 *       non-link block of the page.
 * </ol>
 */
final class HtmlExtractor {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** class/id words that mark chrome; language-independent. */
  static final Pattern CHROME_HINT = Pattern.compile(
      "(?i)(^|[-_\\s])(nav|navbar|menu|footer|sidebar|side-bar|comment|comments|share|sharing|social"
          + "|related|recommend|advert|ads|ad-|promo|cookie|consent|login|signin|subscribe|newsletter"
          + "|breadcrumb|breadcrumbs|byline-share|toolbar|popup|modal|banner|tags|pagination)([-_\\s]|$)");
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, figcaption";
  /** A block whose link text is more than this share of its text is navigation. */
  static final double MAX_LINK_DENSITY = 0.5;
  /** Below this many body characters the fallback (step 4) runs. */
  static final int MIN_BODY_CHARS = 200;

  private final Phrases phrases = Phrases.get();

  PageExtractor.Draft extract(String html) {
    Document doc = Jsoup.parse(html);
    PageExtractor.Draft d = new PageExtractor.Draft();
    readJsonLd(doc, d);
    d.set("title", meta(doc, "og:title"), "meta:og:title");
    d.set("outlet", meta(doc, "og:site_name"), "meta:og:site_name");
    d.set("author", meta(doc, "author"), "meta:author");
    d.set("published", meta(doc, "article:published_time"), "meta:article:published_time");
    d.set("published", meta(doc, "pubdate"), "meta:pubdate");
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null) {
      d.set("url", canonical.attr("abs:href").isEmpty() ? canonical.attr("href") : canonical.attr("abs:href"), "link:canonical");
    }
    d.set("url", meta(doc, "og:url"), "meta:og:url");
    Element time = doc.selectFirst("time[datetime]");
    if (time != null) {
      d.set("published", time.attr("datetime"), "time-element");
    }
    if (d.title == null) {
      Titles.Split t = Titles.split(doc.title());
      d.set("title", t.title(), "title-element");
      d.set("outlet", t.site(), "title-suffix");
    }
    Element h1 = doc.selectFirst("h1");
    if (d.title == null && h1 != null) {
      d.set("title", h1.text(), "h1");
    }

    Element body = doc.body();
    if (body == null) {
      return d;
    }
    body.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, "
        + "select, input, textarea, template, [hidden], [aria-hidden=true]").remove();
    for (Element e : new ArrayList<>(body.getAllElements())) {
      if (e != body && e.parent() != null && isChromeByName(e)) {
        e.remove();
      }
    }
    List<String> paragraphs = bodyBlocks(body, d);
    if (paragraphs.stream().mapToInt(String::length).sum() < MIN_BODY_CHARS) {
      paragraphs = allBlocks(body);
    }
    d.paragraphs.addAll(paragraphs);
    return d;
  }

  private List<String> bodyBlocks(Element body, PageExtractor.Draft d) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element block : body.select(BLOCKS)) {
      double s = blockScore(block);
      if (s <= 0) {
        continue;
      }
      Element parent = block.parent();
      if (parent != null) {
        scores.merge(parent, s, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, s / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getValue() > bestScore || e.getValue() == bestScore && best != null
          && e.getKey().siblingIndex() < best.siblingIndex()) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    if (best == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Element block : best.select(BLOCKS)) {
      if (!block.select(BLOCKS.replace("td, ", "")).isEmpty() && block.select(BLOCKS).size() > 1) {
        continue; // a container of blocks: its inner blocks are taken instead
      }
      String text = Texts.normalizeSpace(block.text());
      if (text.isEmpty() || linkDensity(block) > MAX_LINK_DENSITY
          || phrases.isBoilerplate(text) && Texts.wordLength(text) <= TextDumpExtractor.MAX_BOILERPLATE_WORDS) {
        d.dropped++;
        continue;
      }
      if (phrases.isEndMarker(text)) {
        break;
      }
      out.add(text);
    }
    return out;
  }

  private List<String> allBlocks(Element body) {
    List<String> out = new ArrayList<>();
    for (Element block : body.select("p, h1, h2, h3, blockquote, pre")) {
      String text = Texts.normalizeSpace(block.text());
      if (!text.isEmpty() && linkDensity(block) <= MAX_LINK_DENSITY && !phrases.isBoilerplate(text)) {
        out.add(text);
      }
    }
    if (out.isEmpty()) {
      for (String line : body.wholeText().split("\\R")) {
        String t = Texts.normalizeSpace(line);
        if (Texts.wordLength(t) >= TextDumpExtractor.MIN_WORDS) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** Length and punctuation of a block's own text, less its link text. */
  private static double blockScore(Element block) {
    String text = block.text();
    int words = Texts.wordLength(text);
    if (words < 5) {
      return 0;
    }
    double punct = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '.' || c == '，' || c == '。' || c == '、' || c == ';') {
        punct++;
      }
    }
    return (words + 3 * punct) * (1 - linkDensity(block));
  }

  private static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, links / (double) total);
  }

  private static boolean isChromeByName(Element e) {
    String tag = e.tagName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")) {
      return false;
    }
    String names = e.className() + " " + e.id();
    return !names.isBlank() && CHROME_HINT.matcher(names).find();
  }

  private static String meta(Document doc, String name) {
    Element m = doc.selectFirst("meta[property=" + name + "][content], meta[name=" + name + "][content]");
    return m == null ? null : m.attr("content");
  }

  private static void readJsonLd(Document doc, PageExtractor.Draft d) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = JSON.readTree(script.data());
        List<JsonNode> nodes = new ArrayList<>();
        collect(root, nodes);
        for (JsonNode n : nodes) {
          String type = n.path("@type").asText("").toLowerCase(Locale.ROOT);
          if (!type.contains("article") && !type.contains("posting")) {
            continue;
          }
          d.set("title", n.path("headline").asText(null), "json-ld:headline");
          d.set("published", n.path("datePublished").asText(null), "json-ld:datePublished");
          JsonNode author = n.path("author");
          if (author.isArray() && author.size() > 0) {
            author = author.get(0);
          }
          d.set("author", author.isObject() ? author.path("name").asText(null) : author.asText(null), "json-ld:author");
          JsonNode pub = n.path("publisher");
          d.set("outlet", pub.isObject() ? pub.path("name").asText(null) : null, "json-ld:publisher");
          d.set("url", n.path("url").asText(null), "json-ld:url");
        }
      } catch (Exception e) {
        // malformed JSON-LD is common; the other signals still apply
      }
    }
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n.isArray()) {
      n.forEach(c -> collect(c, out));
    } else if (n.isObject()) {
      out.add(n);
      if (n.has("@graph")) {
        collect(n.get("@graph"), out);
      }
    }
  }
}
