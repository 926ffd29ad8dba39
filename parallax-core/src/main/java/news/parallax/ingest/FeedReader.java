package news.parallax.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import news.parallax.model.Page;
import news.parallax.model.PageHints;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads an RSS or Atom feed: each item with a body ({@code content:encoded}, Atom
 * {@code content}, else {@code description}/{@code summary}) is one HTML page named
 * {@code path#n} by its position, with the item's link, title and date as hints and the feed's
 * title as the outlet.
 */
final class FeedReader implements PageReader {

  @Override
  public String name() {
    return "feed";
  }

  @Override
  public boolean accepts(InputFile file) {
    String head = file.head(2048).toLowerCase(Locale.ROOT);
    boolean xml = head.stripLeading().startsWith("<?xml") || head.stripLeading().startsWith("<rss")
        || head.stripLeading().startsWith("<feed");
    return (file.nameEndsWith(".rss", ".atom", ".xml") || xml)
        && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf"));
  }

  @Override
  public void read(InputFile file, PageSink sink) {
    String xml = Charsets.decode(file.bytes(), null, true);
    Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
    Element channelTitle = doc.selectFirst("channel > title, feed > title");
    String outlet = channelTitle == null ? null : channelTitle.text();
    int n = 0;
    for (Element item : doc.select("item, entry")) {
      n++;
      String source = file.source() + "#" + n;
      String body = first(item, "content|encoded", "encoded", "content", "description", "summary");
      if (body == null || body.isBlank()) {
        sink.error(new news.parallax.model.InputError(source, "feed item without content"));
        continue;
      }
      String link = first(item, "link");
      if (link == null || link.isBlank()) {
        Element l = item.selectFirst("link[href]");
        link = l == null ? null : l.attr("href");
      }
      PageHints hints = new PageHints(blankToNull(link), blankToNull(first(item, "title")),
          blankToNull(outlet), blankToNull(first(item, "pubDate", "published", "updated", "dc|date")));
      String html = "<html><body><article>" + body + "</article></body></html>";
      sink.page(new Page(source, Page.Format.HTML, html.getBytes(StandardCharsets.UTF_8),
          StandardCharsets.UTF_8, hints));
    }
    if (n == 0) {
      sink.error(new news.parallax.model.InputError(file.source(), "feed without items"));
    }
  }

  private static String first(Element item, String... tags) {
    for (String t : tags) {
      Element e = item.selectFirst(t);
      if (e != null) {
        String text = e.children().isEmpty() ? e.wholeText() : e.html();
        if (!text.isBlank()) {
          return text.strip();
        }
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
