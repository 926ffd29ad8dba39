package news.parallax.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.parallax.extract.HtmlBlocks.Block;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page's metadata, recording the signal that gave each value. Every field takes
 * the first signal that has it, in this order:
 *
 * <ul>
 *   <li>title: JSON-LD headline, {@code og:title}, {@code twitter:title}, the {@code <title>}
 *       without its site suffix, the first {@code <h1>};
 *   <li>author(s): JSON-LD author names, {@code meta name=author}, {@code article:author},
 *       {@code itemprop=author}, {@code rel=author} links;
 *   <li>published: JSON-LD datePublished, publication meta tags, {@code itemprop=datePublished},
 *       {@code <time>}, the URL path, then a date in the visible text near the top;
 *   <li>outlet: {@code og:site_name}, JSON-LD publisher, {@code application-name}, the title's
 *       site suffix, then the domain;
 *   <li>url: {@code <link rel=canonical>}, {@code og:url}, JSON-LD url;
 *   <li>language: {@code <html lang>}, {@code content-language}, {@code og:locale}.
 * </ul>
 */
final class HtmlMetadata {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Meta tags that carry the publication date, most specific first. */
  private static final List<String> DATE_META = List.of("article:published_time",
      "og:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate",
      "publish-date", "publish_date", "publication_date", "date", "dc.date.issued", "dc.date",
      "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
      "cxenseparse:recs:publishtime", "citation_publication_date");
  /**
   * A visible date is looked for in this many blocks from the top of the page: in effect the
   * whole page, since it is the last signal tried (menus of a few hundred links come first on
   * many pages). On trafilatura-eval, date accuracy 0.780 at 80 blocks, 0.806 at 150, 0.824 at
   * 300, 0.834 at 1,000 and above.
   */
  static final int VISIBLE_DATE_BLOCKS = 1000;
  /** A visible date is looked for only in blocks this short (in words): bylines and datelines. */
  static final int VISIBLE_DATE_MAX_WORDS = 25;

  private HtmlMetadata() {}

  static void read(Document doc, String url, PageExtractor.Draft d) {
    java.util.Map<String, String> metas = metas(doc);
    Signals signals = new Signals();
    doc.traverse(signals); // one pass for every signal below
    Element itemAuthor = signals.itemAuthor;
    Element relAuthor = signals.relAuthor;
    Element itemDate = signals.itemDate;
    Element time = signals.time;
    Element canonical = signals.canonical;
    Element h1 = signals.h1;
    List<Element> jsonLd = signals.jsonLd;
    readJsonLd(jsonLd, d);
    d.set("title", meta(metas, "og:title"), "meta:og:title");
    d.set("title", meta(metas, "twitter:title"), "meta:twitter:title");
    for (String name : List.of("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author")) {
      String a = meta(metas, name);
      if (a != null && !a.contains("://") && !a.startsWith("@")) {
        d.set("author", a.replaceFirst("(?i)^by\\s+", ""), "meta:" + name);
      }
    }
    if (itemAuthor != null) {
      d.set("author", itemAuthor.hasAttr("content") ? itemAuthor.attr("content") : shortText(itemAuthor), "itemprop:author");
    }
    if (relAuthor != null) {
      d.set("author", shortText(relAuthor), "rel:author");
    }
    for (String name : DATE_META) {
      String raw = meta(metas, name);
      d.set("published", Dates.parse(raw), "meta:" + name, raw);
    }
    if (itemDate != null) {
      String raw = itemDate.hasAttr("content") ? itemDate.attr("content")
          : itemDate.hasAttr("datetime") ? itemDate.attr("datetime") : itemDate.text();
      d.set("published", Dates.parse(raw), "itemprop:datePublished", raw);
    }
    if (time != null) {
      d.set("published", Dates.parse(time.attr("datetime")), "time-element", time.attr("datetime"));
      localDay(time, d);
    }
    if (canonical != null) {
      String href = canonical.attr("abs:href").isEmpty() ? canonical.attr("href") : canonical.attr("abs:href");
      if (href.startsWith("http")) {
        d.set("url", href, "link:canonical");
      }
    }
    String og = meta(metas, "og:url");
    if (og != null && og.startsWith("http")) {
      d.set("url", og, "meta:og:url");
    }
    d.set("published", Dates.fromUrl(url), "url-path", url);
    d.set("published", Dates.fromUrl(d.url), "url-path", d.url);
    readAnyJsonLdDate(jsonLd, d);
    d.set("outlet", meta(metas, "og:site_name"), "meta:og:site_name");
    d.set("outlet", meta(metas, "application-name"), "meta:application-name");
    Titles.Split t = Titles.split(doc.title());
    d.set("title", t.title(), "title-element");
    d.set("outlet", t.site(), "title-suffix");
    if (h1 != null) {
      d.set("title", h1.text(), "h1");
    }
    Element html = doc.firstElementChild();
    String lang = html == null ? "" : html.attr("lang");
    String signal = "html:lang";
    if (lang.isBlank()) {
      lang = meta(metas, "content-language");
      signal = "meta:content-language";
      if (lang == null) {
        Element he = doc.selectFirst("meta[http-equiv~=(?i)content-language][content]");
        lang = he == null ? meta(metas, "og:locale") : he.attr("content");
        signal = he == null ? "meta:og:locale" : "meta:http-equiv";
      }
    }
    d.set("language", languageCode(lang), signal, lang);
  }

  /** The elements that carry metadata, found in one walk over the document, in document order. */
  private static final class Signals implements org.jsoup.select.NodeVisitor {
    Element itemAuthor;
    Element relAuthor;
    Element itemDate;
    Element time;
    Element canonical;
    Element h1;
    final List<Element> jsonLd = new ArrayList<>();

    @Override
    public void head(org.jsoup.nodes.Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      switch (e.normalName()) {
        case "script" -> {
          if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
            jsonLd.add(e);
          }
        }
        case "link" -> {
          if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
            canonical = e;
          }
        }
        case "h1" -> h1 = h1 == null ? e : h1;
        case "time" -> {
          if (e.hasAttr("datetime") && (time == null || e.hasAttr("pubdate") && !time.hasAttr("pubdate"))) {
            time = e;
          }
        }
        case "a" -> {
          if (relAuthor == null && e.attr("rel").equalsIgnoreCase("author")) {
            relAuthor = e;
          }
        }
        default -> { }
      }
      String prop = e.attr("itemprop");
      if (!prop.isEmpty()) {
        if (itemAuthor == null && prop.equalsIgnoreCase("author")) {
          Element name = e.selectFirst("[itemprop=name]");
          itemAuthor = name != null ? name : e;
        } else if (itemDate == null && prop.equalsIgnoreCase("datePublished")) {
          itemDate = e;
        }
      }
    }
  }

  /** A date written near the top of the visible text, when no markup gave one. */
  static void readVisibleDate(List<Block> blocks, PageExtractor.Draft d) {
    if (d.published != null) {
      return;
    }
    int n = Math.min(blocks.size(), VISIBLE_DATE_BLOCKS);
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      if (b.words <= VISIBLE_DATE_MAX_WORDS) {
        String date = Dates.parse(b.text);
        if (date != null) {
          d.set("published", date, "visible-text", b.text);
          return;
        }
      }
    }
  }

  static String languageCode(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String t = tag.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    int dash = t.indexOf('-');
    String code = dash > 0 ? t.substring(0, dash) : t;
    return code.matches("[a-z]{2,3}") ? code : null;
  }

  private static String shortText(Element e) {
    String t = e.text();
    return t.length() > 100 ? null : t;
  }

  /** The content of each head meta tag by its property, name or itemprop (lower case; first wins). */
  private static java.util.Map<String, String> metas(Document doc) {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    if (doc.head() == null) {
      return out;
    }
    for (Element m : doc.head().getElementsByTag("meta")) {
      String c = m.attr("content");
      if (c.isBlank()) {
        continue;
      }
      for (String key : new String[] {m.attr("property"), m.attr("name"), m.attr("itemprop")}) {
        if (!key.isEmpty()) {
          out.putIfAbsent(key.toLowerCase(Locale.ROOT), c);
        }
      }
    }
    return out;
  }

  private static String meta(java.util.Map<String, String> metas, String name) {
    return metas.get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The {@code datePublished} of any JSON-LD item (a recipe, a video, a product review) when no
   * article type gave one.
   */
  private static void readAnyJsonLdDate(List<Element> scripts, PageExtractor.Draft d) {
    if (d.published != null) {
      return;
    }
    for (Element script : scripts) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (Exception e) {
        continue;
      }
      List<JsonNode> nodes = new ArrayList<>();
      collect(root, nodes);
      for (JsonNode n : nodes) {
        for (String field : new String[] {"datePublished", "uploadDate", "dateCreated"}) {
          String raw = text(n.path(field));
          String date = Dates.parse(raw);
          if (date != null) {
            d.set("published", date, "json-ld:" + field, raw);
            return;
          }
        }
      }
    }
  }

  /**
   * A publication time given in UTC ("...T02:25:54Z") falls on another calendar day where the
   * story was published when it is near midnight. When the page's {@code <time>} element, which
   * readers see, shows a local time (no zone) on the day before or after, that day is the
   * publication date.
   */
  private static void localDay(Element time, PageExtractor.Draft d) {
    if (d.published == null || !d.published.endsWith("Z")) {
      return;
    }
    String raw = time.attr("datetime");
    String shown = Dates.parse(raw);
    if (shown == null || shown.endsWith("Z") || shown.matches(".*[+-]\\d{2}:\\d{2}$")) {
      return; // the element gives a zone too: nothing says which day is local
    }
    try {
      java.time.LocalDate utc = java.time.OffsetDateTime.parse(d.published).toLocalDate();
      java.time.LocalDate local = java.time.LocalDate.parse(shown.substring(0, 10));
      if (local.equals(utc.minusDays(1)) || local.equals(utc.plusDays(1))) {
        String was = d.published;
        d.published = null;
        d.evidence.removeIf(e -> e.field().equals("published"));
        d.set("published", shown, "time-element", raw + " (local day of " + was + ")");
      }
    } catch (java.time.DateTimeException e) {
      // an unparsable value leaves the date as it was
    }
  }

  private static void readJsonLd(List<Element> scripts, PageExtractor.Draft d) {
    for (Element script : scripts) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (Exception e) {
        continue; // malformed JSON-LD is common; the other signals still apply
      }
      List<JsonNode> nodes = new ArrayList<>();
      collect(root, nodes);
      for (JsonNode n : nodes) {
        String type = n.path("@type").toString().toLowerCase(Locale.ROOT);
        if (!type.contains("article") && !type.contains("posting") && !type.contains("report")
            && !type.contains("webpage")) {
          continue;
        }
        boolean article = !type.contains("webpage");
        d.set("title", text(n.path("headline")), "json-ld:headline");
        String published = text(n.path("datePublished"));
        d.set("published", Dates.parse(published), "json-ld:datePublished", published);
        if (article) {
          d.set("author", authors(n.path("author")), "json-ld:author");
          JsonNode pub = n.path("publisher");
          d.set("outlet", pub.isObject() ? text(pub.path("name")) : null, "json-ld:publisher");
          String u = text(n.path("url"));
          if (u != null && u.startsWith("http")) {
            d.set("url", u, "json-ld:url");
          }
          String body = text(n.path("articleBody"));
          if (body != null && d.articleBody == null) {
            d.articleBody = body;
          }
        }
      }
    }
  }

  private static String authors(JsonNode a) {
    Set<String> names = new LinkedHashSet<>();
    List<JsonNode> list = new ArrayList<>();
    if (a.isArray()) {
      a.forEach(list::add);
    } else {
      list.add(a);
    }
    for (JsonNode x : list) {
      String name = x.isObject() ? text(x.path("name")) : text(x);
      if (name != null && !name.contains("://")) {
        names.add(name.strip());
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static String text(JsonNode n) {
    if (n.isTextual()) {
      return n.asText();
    }
    if (n.isArray() && n.size() > 0 && n.get(0).isTextual()) {
      return n.get(0).asText();
    }
    return null;
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n.isArray()) {
      n.forEach(c -> collect(c, out));
    } else if (n.isObject()) {
      out.add(n);
      if (n.has("@graph")) {
        collect(n.get("@graph"), out);
      }
      if (n.has("mainEntity")) {
        collect(n.get("mainEntity"), out);
      }
    }
  }
}
