package news.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import news.parallax.model.Article;
import news.parallax.model.Evidence;
import news.parallax.model.Page;
import news.parallax.model.PageHints;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void keepsArticleBlocksAndDropsChrome() throws Exception {
    Article a = extractor.extract(Fixtures.html("news-site-harbour.html"));
    String text = a.text();
    assertTrue(text.startsWith("The town harbour reopened on Tuesday"), text);
    assertTrue(text.contains("What was repaired"), "a heading of the article is kept");
    assertTrue(text.contains("Lock gates: replaced"), "a list of the article is kept");
    assertTrue(text.contains("said the harbour master, Ellen Marsh."), "a block quote is kept");
    assertTrue(text.endsWith("including the cost of the repairs."), text);
    for (String chrome : new String[] {"Sport", "cookies", "Advertisement", "Share on", "Related articles",
        "Storm leaves town", "Leave a comment", "Great to see the boats", "All rights reserved",
        "Privacy", "By Jane Rowe"}) {
      assertFalse(text.contains(chrome), "chrome kept: " + chrome + "\n" + text);
    }
    assertFalse(text.contains("Harbour reopens after storm repairs"), "the headline is the title, not body");
  }

  @Test
  void readsMetadataWithEvidence() throws Exception {
    Article a = extractor.extract(Fixtures.html("news-site-harbour.html"));
    assertEquals("Harbour reopens after storm repairs", a.title());
    assertEquals("Jane Rowe, Tom Diaz", a.author());
    assertEquals("2024-03-05T09:30+01:00", a.published());
    assertEquals("Coastal Courier", a.outlet());
    assertEquals("https://courier.example/news/2024/03/05/harbour-reopens", a.url());
    assertEquals("en", a.language());
    assertTrue(a.evidence().contains(new Evidence("published", "json-ld:datePublished",
        "2024-03-05T09:30:00+01:00")), a.evidence().toString());
    assertTrue(a.evidence().stream().anyMatch(e -> e.field().equals("url")
        && e.signal().equals("link:canonical")), a.evidence().toString());
  }

  @Test
  void readsGbkPageWithLineBreaksAndVisibleChineseDate() throws Exception {
    Article a = extractor.extract(Fixtures.html("blog-zh-br.gbk.html"));
    assertEquals(3, a.paragraphs().size(), a.text());
    assertTrue(a.paragraphs().get(0).startsWith("本月十日，市园林局组织志愿者"), a.text());
    assertFalse(a.text().contains("版权所有"));
    assertFalse(a.text().contains("当前位置"));
    assertEquals("春季植树活动圆满结束", a.title());
    assertEquals("城市新闻网", a.outlet());
    assertEquals("2023-04-12T10:20", a.published());
    assertTrue(a.evidence().contains(new Evidence("published", "visible-text",
        "发布时间：2023年4月12日 10:20 来源：本网")), a.evidence().toString());
  }

  @Test
  void dateFromUrlWhenMarkupHasNone() throws Exception {
    String html = "<html><body><p>" + "A sentence of the article that is long enough to count. ".repeat(8)
        + "</p></body></html>";
    Article a = extractor.extract(new Page("x.html", Page.Format.HTML,
        html.getBytes(StandardCharsets.UTF_8), null,
        new PageHints("https://site.example/2021/07/09/story-slug/", null, null, null)));
    assertEquals("2021-07-09", a.published());
    assertEquals("site.example", a.outlet());
  }

  @Test
  void joinsArticleSplitOverSiblingContainers() throws Exception {
    StringBuilder links = new StringBuilder("<ul class=\"more-recipes\">");
    for (int i = 0; i < 40; i++) {
      links.append("<li><a href=\"/r").append(i).append("\">Another recipe number ").append(i)
          .append(" with a long name</a></li>");
    }
    links.append("</ul>");
    String html = "<html><body><div class=\"recipe\">"
        + "<div class=\"intro\">"
        + "<p>This bread takes one evening of patience and rewards it with a crisp crust and a soft crumb.</p>".repeat(6)
        + "</div>" + links
        + "<div class=\"steps\"><p>Knead the dough for ten minutes until it is smooth and springs back when pressed.</p>"
        + "<p>Bake at two hundred degrees for forty minutes, then let the loaf cool on a rack.</p></div>"
        + "</div></body></html>";
    Article a = extractor.extract(new Page("bread.html", Page.Format.HTML,
        html.getBytes(StandardCharsets.UTF_8), null, null));
    assertTrue(a.text().contains("rewards it with a crisp crust"), a.text());
    assertTrue(a.text().contains("Bake at two hundred degrees"), "the sibling steps are joined:\n" + a.text());
    assertFalse(a.text().contains("Another recipe number"), a.text());
  }

  @Test
  void dropsServerWarningsAndCookiePrompts() throws Exception {
    String html = "<html><body><article>"
        + "<p>Warning: Creating default object from empty value in /var/www/site/wp-content/themes/x/functions.php on line 28</p>"
        + "<p>" + "The council voted on Monday to keep the library open for another year. ".repeat(5) + "</p>"
        + "<p>Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.</p>"
        + "</article></body></html>";
    Article a = extractor.extract(new Page("w.html", Page.Format.HTML,
        html.getBytes(StandardCharsets.UTF_8), null, null));
    assertTrue(a.text().startsWith("The council voted on Monday"), a.text());
    assertFalse(a.text().contains("on line 28"), a.text());
    assertFalse(a.text().contains("Cookies"), a.text());
  }

  @Test
  void emptyPageIsAClearError() {
    ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(
        new Page("empty.html", Page.Format.HTML, "<html><body><nav>Home</nav></body></html>"
            .getBytes(StandardCharsets.UTF_8), null, null)));
    assertTrue(e.getMessage().contains("no article text"), e.getMessage());
  }

  @Test
  void randomInputNeverThrowsAnythingButExtractionException() {
    Random r = new Random(42);
    String[] pieces = {"<p>", "</p>", "<div class=\"nav\">", "</div>", "<a href=x>", "</a>", "<br>",
        "<script>", "<table><tr><td>", "<li>", "年", "月", "日", "2024-13-45", "Hello world. ",
        "<h1>", "<article>", "<form>", "\u0000", "<!--", "&amp;", "<time datetime=\"x\">",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":[1]}"};
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(200);
      for (int k = 0; k < n; k++) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
      if (r.nextBoolean()) {
        r.nextBytes(bytes);
      }
      for (Page.Format f : Page.Format.values()) {
        try {
          extractor.extract(new Page("random-" + i, f, bytes, null, null));
        } catch (ExtractionException expected) {
          // a page without text is reported, not crashed on
        }
      }
    }
  }

  @Test
  void sameInputSameOutput() throws Exception {
    Article a = extractor.extract(Fixtures.html("news-site-harbour.html"));
    Article b = extractor.extract(Fixtures.html("news-site-harbour.html"));
    assertEquals(a, b);
  }

  private Article html(String html, String url) throws Exception {
    return extractor.extract(new Page("t.html", Page.Format.HTML,
        html.getBytes(StandardCharsets.UTF_8), null,
        url == null ? null : new PageHints(url, null, null, null)));
  }

  private static String paragraphs(String prefix, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("<p>").append(prefix).append(' ').append(i)
          .append(" tells what the council decided and why the harbour needed new gates.</p>");
    }
    return b.toString();
  }

  @Test
  void keepsTheLeadFromTheHeaderOrATeaserBox() throws Exception {
    String nav = "<nav><ul><li><a href=\"/a\">News</a></li><li><a href=\"/b\">Sport</a></li></ul></nav>";
    for (String lead : new String[] {
        "<header class=\"article-header\"><h1>Harbour gates</h1><p>The lead: the town spent two years and four million on the harbour gates.</p></header>",
        "<h1>Harbour gates</h1><div class=\"teaser-text\"><p>The lead: the town spent two years and four million on the harbour gates.</p></div>"}) {
      Article a = html("<html><head><title>Harbour gates</title></head><body>" + nav
          + "<main>" + lead + "<div class=\"article-body\">" + paragraphs("Body", 4)
          + "</div></main><aside class=\"teaser\"><p>Another story the site would like you to read"
          + " next, about something else entirely and long enough to count.</p></aside></body></html>", null);
      assertTrue(a.text().startsWith("The lead: the town spent"), a.text());
      assertFalse(a.text().contains("Another story"), "a teaser after the article stays chrome");
    }
  }

  @Test
  void keepsTheLeadBetweenHeadlineAndBodyOutsideTheBodysContainer() throws Exception {
    Article a = html("<html><head><title>Harbour gates | Courier</title></head><body>"
        + "<div class=\"top\"><h1>Harbour gates</h1><p class=\"intro\">The lead: the town spent two"
        + " years and four million on the harbour gates.</p></div><div class=\"story\">"
        + paragraphs("Body", 15) + "</div><div class=\"more\">" + "<a href=\"/x\">Another story</a> ".repeat(60)
        + "</div></body></html>", null);
    assertTrue(a.text().startsWith("The lead: the town spent"), a.text());
  }

  @Test
  void keepsShortParagraphsBetweenTheArticlesText() throws Exception {
    Article a = html("<html><body><article>" + paragraphs("First", 3) + "<p>Aus China.</p>"
        + paragraphs("Then", 3) + "</article></body></html>", null);
    assertTrue(a.paragraphs().contains("Aus China."), a.text());
  }

  @Test
  void readsElementorWidgetsButNotTheirShareButtons() throws Exception {
    Article a = html("<html><body><div class=\"elementor-widget elementor-widget-text-editor\">"
        + "<div class=\"elementor-widget-container\">" + paragraphs("Body", 4) + "</div></div>"
        + "<div class=\"elementor-widget elementor-widget-share-buttons\"><p>Share this story with"
        + " your friends and family on every network you use, it helps us a lot.</p></div>"
        + "</body></html>", null);
    assertTrue(a.text().contains("Body 0 tells"), a.text());
    assertFalse(a.text().contains("Share this story"), a.text());
  }

  @Test
  void dropsTheSitesOwnAppealAtTheEnd() throws Exception {
    String body = paragraphs("Body", 6);
    Article a = html("<html><head><meta property=\"og:site_name\" content=\"Harbour Courier\"></head>"
        + "<body><article>" + body + "<p>Download the Harbour Courier app for iOS and Android.</p>"
        + "</article></body></html>", "https://www.harbourcourier.example/news/gates");
    assertFalse(a.text().contains("Download the"), a.text());
    assertTrue(a.text().contains("Body 5 tells"), a.text());
    // an article about the site itself keeps it
    Article own = html("<html><head><meta property=\"og:site_name\" content=\"Harbour Courier\">"
        + "</head><body><article><p>Harbour Courier has a new app, the editors announced on"
        + " Monday to all readers.</p>" + body + "<p>Download the Harbour Courier app for iOS.</p>"
        + "</article></body></html>", "https://www.harbourcourier.example/news/app");
    assertTrue(own.text().contains("Download the"), own.text());
  }

  @Test
  void endMarkersMatchWholeWords() {
    Phrases p = Phrases.get();
    assertTrue(p.isEndMarker("Quellen:"));
    assertTrue(p.isEndMarker("Weitere Informationen zum Thema"));
    assertFalse(p.isEndMarker("Quellensteuer ist fällig"), "a longer word is not the phrase");
    assertTrue(p.isEndMarker("相关新闻推荐"), "Han text has no word ends to wait for");
  }

  @Test
  void recognisesImageCredits() {
    for (String credit : new String[] {"Der Hafen am Morgen. (Foto: Getty)", "AFP / MARCO BERTORELLO",
        "Augusta National/Getty Images", "Roman Prymula, photo: Jan Novak", "© Stadt Beispiel",
        "Bild: iStock.com/Name"}) {
      assertTrue(HtmlExtractor.isCredit(credit), credit);
    }
    for (String text : new String[] {"Alle seine Photos entstanden im Sommer am Hafen.",
        "The photographer waited for the boats.", "AFP reported the reopening on Tuesday.",
        "Der Bildungsminister sprach."}) {
      assertFalse(HtmlExtractor.isCredit(text), text);
    }
  }

  @Test
  void textIsInNormalFormC() throws Exception {
    Article a = html("<html><head><title>Gru\u0308n</title></head><body><article>"
        + paragraphs("Gepru\u0308ft", 3) + "</article></body></html>", null);
    assertTrue(a.text().startsWith("Gepr\u00fcft 0"), a.text());
    assertFalse(a.text().contains("\u0308"), "no combining marks left where a composed letter exists");
    assertEquals("Gr\u00fcn", a.title());
  }

  @Test
  void utcTimestampGivesWayToTheLocalDayThePageShows() throws Exception {
    String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2023-11-09T05:30:59Z\"}</script>";
    Article local = html("<html><head>" + ld + "</head><body><article><time datetime=\"2023-11-08 23:30:59\">"
        + "November 8, 2023</time>" + paragraphs("Body", 3) + "</article></body></html>", null);
    assertEquals("2023-11-08T23:30:59", local.published());
    Article zoned = html("<html><head>" + ld + "</head><body><article><time datetime=\"2023-11-08T23:30:59-06:00\">"
        + "November 8, 2023</time>" + paragraphs("Body", 3) + "</article></body></html>", null);
    assertEquals("2023-11-09T05:30:59Z", zoned.published(), "a zoned time says nothing about the local day");
  }
}
