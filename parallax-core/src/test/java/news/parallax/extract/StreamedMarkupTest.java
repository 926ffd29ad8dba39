package news.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import news.parallax.model.Article;
import news.parallax.model.Page;
import news.parallax.model.PageHints;
import org.junit.jupiter.api.Test;

/** Markup a browser shows otherwise than the parse reads it: CDATA in content, streamed parts. */
class StreamedMarkupTest {
  private static final String SENTENCE = "The council voted on Tuesday to rebuild the old harbour"
      + " wall before the winter storms, after two years of delays and rising costs. ";

  private static Article extract(String html) throws ExtractionException {
    return Extractor.standard().extract(new Page("test.html", Page.Format.HTML,
        html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
        new PageHints("https://example.org/a", null, null, null)));
  }

  @Test
  void cdataInAForumPostIsMarkupNotText() throws Exception {
    // an unclosed CDATA section: the parser alone reads the rest of the page as one text node
    String html = "<html><body><article><p>" + SENTENCE + "</p><p>Code: <![CDATA[ x ></p>"
        + "<div class=\"post\"><p>" + SENTENCE.replace("Tuesday", "Monday") + "</p><p>"
        + SENTENCE.replace("Tuesday", "Friday") + "</p></div></article></body></html>";
    String text = extract(html).text();
    assertFalse(text.contains("<p>") || text.contains("<div") || text.contains("</"), text);
    assertTrue(text.contains("Monday") && text.contains("Friday"), text);
  }

  @Test
  void streamedPartsAreReadWhereTheirPlaceholderStands() throws Exception {
    String html = "<html><body><nav><a href=/>Home</a></nav><main><h1>Harbour</h1>"
        + "<template id=\"B:0\"></template><div>Loading paragraph...</div>"
        + "<p>" + SENTENCE + "</p></main><footer>All rights reserved</footer>"
        + "<div hidden id=\"S:0\"><p>" + SENTENCE.replace("council", "mayor").repeat(3) + "</p>"
        + "<template id=\"P:1\"></template></div>"
        + "<div hidden id=\"S:1\"><p>The streamed second part of the article is read too, in its place.</p></div>"
        + "</body></html>";
    String text = extract(html).text();
    assertTrue(text.startsWith("The mayor voted"), text);
    assertTrue(text.contains("The streamed second part"), text);
    assertFalse(text.contains("Loading paragraph"), text);
  }

  @Test
  void articleInsideElementsNamedLikeChromeIsKept() throws Exception {
    StringBuilder html = new StringBuilder("<html><body><div class=\"menu\"><a href=/>Home</a>"
        + "<a href=/news>News</a></div><h1>Harbour</h1>");
    for (int i = 0; i < 4; i++) { // the article cut into parts a page builder calls widgets
      html.append("<div class=\"widget-wrapper\"><h2>Part ").append(i).append("</h2><p>")
          .append(SENTENCE.replace("Tuesday", "day " + i)).append(SENTENCE).append("</p></div>");
    }
    html.append("<div class=\"paywall\"><p>").append(SENTENCE.replace("council", "board"))
        .append("</p></div><div class=\"sidebar\"><p>Subscribe to our newsletter today.</p></div>")
        .append("</body></html>");
    String text = extract(html.toString()).text();
    assertTrue(text.contains("day 0") && text.contains("day 3"), text);
    assertFalse(text.contains("newsletter"), text);
  }
}
