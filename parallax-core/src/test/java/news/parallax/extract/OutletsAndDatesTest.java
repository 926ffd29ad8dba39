package news.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import news.parallax.model.Article;
import news.parallax.model.Page;
import news.parallax.model.PageHints;
import org.junit.jupiter.api.Test;

class OutletsAndDatesTest {
  static final String BODY = "<p>The summit in Anchorage ended after about three hours without a deal on Ukraine, "
      + "officials on both sides said on Saturday.</p><p>Neither side announced a date for further talks, "
      + "though a meeting in Moscow was mentioned by the Russian president.</p>";

  static Article extract(String html, String url) throws Exception {
    return Extractor.standard().extract(new Page("p.html", Page.Format.HTML,
        html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, new PageHints(url, null, null, null)));
  }

  @Test
  void anOutletComesFromThePageThenTheListThenTheHost() throws Exception {
    String plain = "<html><head><title>Summit ends</title></head><body><article>" + BODY + "</article></body></html>";
    assertEquals("Reuters", extract(plain, "https://www.reuters.com/world/summit-2025-08-16/").outlet());
    assertEquals("BBC News", extract(plain, "https://news.bbc.co.uk/x").outlet());
    assertEquals("smalltown-gazette.example", extract(plain, "https://www.smalltown-gazette.example/a").outlet());
    String named = "<html><head><meta property=\"og:site_name\" content=\"Reuters Connect\"><title>Summit ends</title></head><body><article>"
        + BODY + "</article></body></html>";
    assertEquals("Reuters Connect", extract(named, "https://www.reuters.com/a").outlet());
  }

  @Test
  void aTextDumpIsCitedByItsDatelinesAgencyOrItsTitleNeverItsFileName() throws Exception {
    String wire = "Summit ends without a deal\n\nANCHORAGE, United States (AFP) – The summit in Anchorage"
        + " ended after about three hours without a deal on Ukraine, officials said.\n\nNeither side"
        + " announced a date for further talks, though Moscow was mentioned.";
    Article afp = Extractor.standard().extract(new Page("dumps/003_9f4e.txt", Page.Format.TEXT_DUMP,
        wire.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null));
    assertNull(afp.outlet(), "the agency wrote it; which outlet carried it is unknown");
    assertEquals("AFP", afp.agency());
    assertEquals("AFP", afp.sourceLabel());
    String plain = wire.replace(" (AFP)", "");
    Article unknown = Extractor.standard().extract(new Page("dumps/001_5823.txt", Page.Format.TEXT_DUMP,
        plain.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, null));
    assertNull(unknown.agency());
    assertEquals("“Summit ends without a deal”", unknown.sourceLabel());
    Article untitled = new Article("x", "dumps/002.txt", null, null, null, null, null, "en",
        java.util.List.of("Text."), java.util.List.of(), 0);
    assertEquals("unknown outlet", untitled.sourceLabel());
    Article longTitle = new Article("x", "dumps/002.txt", null, null,
        "Trump ends Putin’s isolation without reaching a ceasefire in Ukraine", null, null, "en",
        java.util.List.of("Text."), java.util.List.of(), 0);
    assertEquals("“Trump ends Putin’s isolation without …”", longTitle.sourceLabel());
    Article quotedTitle = new Article("x", "dumps/003.txt", null, null,
        "\"No Deal Until A Deal\": Trump, Putin leave summit", null, null, "en",
        java.util.List.of("Text."), java.util.List.of(), 0);
    assertEquals("“‘No Deal Until A Deal’: Trump, …”", quotedTitle.sourceLabel());
  }

  @Test
  void aPublicationTimeSaysHowFarItCanBeTrusted() throws Exception {
    String ld = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-08-16T08:00:00Z\"}</script>"
        + "<title>Summit ends</title></head><body><article>" + BODY + "</article></body></html>";
    assertEquals("high", DateConfidence.of(extract(ld, "https://example.com/a")));
    String none = "<html><head><title>Summit ends</title></head><body><article>" + BODY + "</article></body></html>";
    Article undated = extract(none, "https://example.com/news/summit");
    assertNull(undated.published(), "no date on the page: none is made up");
    assertNull(DateConfidence.of(undated));
    assertEquals("low", DateConfidence.of(extract(none, "https://example.com/2025/08/16/summit")));
  }
}
