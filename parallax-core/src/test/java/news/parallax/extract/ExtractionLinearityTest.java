package news.parallax.extract;

import java.nio.charset.StandardCharsets;
import news.parallax.model.Page;
import news.parallax.testing.Linearity;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Extraction costs in proportion to the page: a table nested 5,000 deep and eight times that
 * (the widening step once walked to the document root at every step up), and one paragraph of
 * text 16,000 characters long and eight times that.
 */
class ExtractionLinearityTest {
  private final Extractor extractor = Extractor.standard();

  @Test
  void deeplyNestedTableGrowsLinearly() {
    String para = Linearity.oneParagraph(Linearity.resource("quote/en-talks.txt"), 2_000);
    // the unit: parsing the same page, whose 40,000-deep tree alone is slower per node than
    // the 5,000-deep one on a machine with small caches
    Linearity.assertLinear("extraction, nested tables",
        scale -> {
          Page page = nestedTables(para, scale);
          return () -> extract(page);
        },
        scale -> {
          String html = new String(nestedTables(para, scale).body(), StandardCharsets.UTF_8);
          return () -> Jsoup.parse(html);
        });
  }

  @Test
  void longParagraphGrowsLinearly() {
    String text = Linearity.resource("quote/en-talks.txt");
    Linearity.assertLinear("extraction, one long paragraph", scale -> {
      String html = "<html><head><title>Long</title></head><body><article><p>"
          + Linearity.oneParagraph(text, 16_000 * scale) + "</p></article></body></html>";
      Page page = new Page("long.html", Page.Format.HTML, html.getBytes(StandardCharsets.UTF_8),
          StandardCharsets.UTF_8, null);
      return () -> extract(page);
    });
  }

  private static Page nestedTables(String para, int scale) {
    int depth = 5_000 * scale;
    StringBuilder sb = new StringBuilder("<html><head><title>Nested</title></head><body>");
    sb.append("<table><tr><td>".repeat(depth)).append("<p>").append(para).append("</p>");
    sb.append("</td></tr></table>".repeat(depth)).append("</body></html>");
    return new Page("nested.html", Page.Format.HTML, sb.toString().getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8, null);
  }

  private void extract(Page page) {
    try {
      extractor.extract(page);
    } catch (ExtractionException e) {
      throw new AssertionError(page.source() + ": " + e.getMessage(), e);
    }
  }
}
