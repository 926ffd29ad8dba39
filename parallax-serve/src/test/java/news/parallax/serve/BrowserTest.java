package news.parallax.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in Debian's Chromium against {@code serve} on loopback over the seeds and hostile
 * fixture pages: the comparison table, citations on hover, live updates, inert script payloads,
 * and the basics (no console errors, labelled controls, alt text, no horizontal scroll).
 * The live ingest runs last but one: it adds an article to the seed story the other tests read;
 * then a changed version of that page becomes the article's second revision.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  private static Server server;
  private static Http http;
  private static Browser browser;
  private static String base;

  @BeforeAll
  static void start() {
    browser = Browser.start();
    server = Server.start(Fixtures.fresh(), ServeSettings.defaults().withPort(0).withRate(0));
    http = new Http(server);
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static void open(String path) {
    browser.driver.get(base + path);
  }

  @Test
  void theStoryPageShowsTheDurationComparisonWithEachOutletsValue() throws Exception {
    String id = seedStory();
    JsonNode found = null;
    for (JsonNode c : http.json("/api/stories/" + id + "/comparisons").get("comparisons")) {
      if (c.get("attribute").asText().equals("talks.duration")) {
        found = c;
      }
    }
    JsonNode duration = found;
    String label = duration.get("label").asText();
    open("/stories/" + id);
    WebElement row = browser.driver.findElements(By.cssSelector("table.differ tbody tr")).stream()
        .filter(r -> r.findElement(By.tagName("th")).getText().equals(label))
        .findFirst().orElseThrow();
    List<WebElement> cells = row.findElements(By.tagName("td"));
    long filled = cells.stream().skip(1).filter(c -> !c.getText().isBlank()).count();
    Set<String> articles = new HashSet<>();
    duration.get("claims").forEach(c -> articles.add(c.get("article").asText()));
    assertEquals(articles.size(), filled, "one filled column per source stating the duration");
    assertEquals(4, filled);
    String rowText = row.getText();
    for (JsonNode c : duration.get("claims")) {
      assertTrue(rowText.contains(c.get("text").asText()), c.get("text").asText() + " in " + rowText);
      assertTrue(rowText.contains(c.get("normalized").asText()), c.get("normalized").asText());
    }
    assertEquals(duration.get("verdict").asText(), cells.get(0).getText());
    browser.fullScreenshot("story-page", 1200);
  }

  @Test
  void hoveringACitationShowsItsSourceSentence() throws Exception {
    String id = seedStory();
    open("/stories/" + id);
    WebElement cite = browser.driver.findElements(By.cssSelector(".brief a.cite")).stream()
        .filter(a -> a.getText().startsWith("[1]")).findFirst().orElseThrow();
    WebElement tip = cite.findElement(By.className("tip"));
    assertFalse(tip.isDisplayed(), "hidden until hovered");
    new Actions(browser.driver).moveToElement(cite).perform();
    new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> tip.isDisplayed());
    String sentence = tip.getText();
    assertFalse(sentence.isBlank());
    String first = http.json("/api/stories/" + id).get("story").get("articles").get(0).asText();
    String text = http.json("/api/articles/" + first).get("article").get("text").asText();
    assertTrue(text.contains(sentence), "the tip is a sentence of article [1]: " + sentence);
    assertTrue(cite.getAttribute("href").contains("/articles/" + first + "#s"));
    browser.screenshot("citation-hover");
  }

  @Test
  @Order(Integer.MAX_VALUE - 1)
  void aLiveIngestAddsTheArticleToTheOpenStoryPage() throws Exception {
    String id = seedStory();
    open("/stories/" + id);
    int before = browser.driver.findElements(By.cssSelector("#sources li")).size();
    new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> server.listeners() > 0);
    var r = http.post("/api/pages?name=example-wire-alaska-summit.html", "text/html",
        Fixtures.resource("example-wire-alaska-summit.html"));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains(id), "the page joins the seed story: " + r.body());
    new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d ->
        d.findElements(By.cssSelector("#sources li")).size() == before + 1);
    assertTrue(browser.driver.findElement(By.id("sources")).getText().contains("Example Wire"));
    assertFalse(browser.driver.findElement(By.id("live")).getText().isBlank());
    browser.screenshot("live-update");
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void aChangedPageShowsItsRevisionsWithTheDifferenceAndOnTheTimeline() throws Exception {
    var r = http.post("/api/pages?name=example-wire-alaska-summit-updated.html", "text/html",
        Fixtures.resource("example-wire-alaska-summit-updated.html"));
    assertEquals(200, r.statusCode(), r.body());
    String article = Http.JSON.readTree(r.body()).get("articles").get(0).asText();
    open("/articles/" + article);
    WebElement revisions = browser.driver.findElement(By.id("revisions"));
    assertTrue(revisions.getText().contains("Revision 2"), revisions.getText());
    List<String> inserted = revisions.findElements(By.tagName("ins")).stream().map(WebElement::getText).toList();
    List<String> deleted = revisions.findElements(By.tagName("del")).stream().map(WebElement::getText).toList();
    assertTrue(String.join(" ", inserted).contains("forty"), inserted.toString());
    assertTrue(String.join(" ", deleted).contains("three"), deleted.toString());
    assertTrue(revisions.findElement(By.tagName("ins")).isDisplayed(), "the newest revision is open");
    assertTrue(browser.driver.findElement(By.cssSelector(".text")).getText().contains("forty minutes"),
        "the reader shows the latest text");
    browser.driver.executeScript("document.getElementById('revisions').scrollIntoView()");
    browser.screenshot("article-revisions");
    open("/stories/" + seedStory());
    List<WebElement> changed = browser.driver.findElements(By.cssSelector("#timeline li.revised"));
    assertEquals(1, changed.size());
    assertTrue(changed.get(0).getText().contains("Example Wire"), changed.get(0).getText());
    assertTrue(changed.get(0).findElement(By.tagName("a")).getAttribute("href")
        .endsWith("/articles/" + article + "#revisions"));
  }

  @Test
  void scriptPayloadsInPagesStayInert() throws Exception {
    JsonNode hostile = http.json("/api/stories?q=ferry").get("stories").get(0);
    String story = hostile.get("id").asText();
    String article = http.json("/api/stories/" + story).get("story").get("articles").get(0).asText();
    for (String path : List.of("/", "/stories/" + story, "/articles/" + article, "/search?q=ferry")) {
      open(path);
      assertNull(browser.driver.executeScript("return window.__xss === undefined ? null : String(window.__xss)"),
          "a payload ran on " + path);
      assertTrue(browser.driver.findElements(By.cssSelector("main img, main script, main svg")).isEmpty(), path);
      for (WebElement a : browser.driver.findElements(By.cssSelector("a[href]"))) {
        assertFalse(a.getAttribute("href").toLowerCase(java.util.Locale.ROOT).startsWith("javascript:"), path);
      }
    }
    open("/articles/" + article);
    String text = browser.driver.findElement(By.tagName("main")).getText();
    assertTrue(text.contains("<script>window.__xss='title'</script>"), "the title is shown as text");
    assertTrue(text.contains("onerror"), "the outlet and author are shown as text");
    browser.screenshot("hostile-article");
  }

  @Test
  void pagesHaveNoConsoleErrorsLabelledControlsAltTextAndFitAPhone() throws Exception {
    String id = seedStory();
    String article = http.json("/api/stories/" + id).get("story").get("articles").get(0).asText();
    List<String> problems = new ArrayList<>();
    for (int width : new int[] {1280, 375}) {
      browser.size(width, 900);
      for (String path : List.of("/", "/stories/" + id, "/articles/" + article, "/search?q=Putin")) {
        browser.consoleErrors();
        open(path);
        Thread.sleep(300);
        for (String e : browser.consoleErrors()) {
          problems.add(path + " console: " + e);
        }
        for (WebElement img : browser.driver.findElements(By.tagName("img"))) {
          if (img.getAttribute("alt") == null) {
            problems.add(path + " image without alt: " + img.getAttribute("src"));
          }
        }
        for (WebElement c : browser.driver.findElements(By.cssSelector("input, select, textarea"))) {
          String cid = c.getAttribute("id");
          boolean labelled = c.getAttribute("aria-label") != null
              || cid != null && !browser.driver.findElements(By.cssSelector("label[for='" + cid + "']")).isEmpty();
          if (!labelled) {
            problems.add(path + " unlabelled control " + c.getAttribute("name"));
          }
        }
        Object overflow = browser.driver.executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (((Number) overflow).intValue() > 0) {
          problems.add(path + " scrolls sideways by " + overflow + " px at " + width + " px");
        }
        if (width == 375 && path.startsWith("/stories/")) {
          browser.fullScreenshot("story-page-phone", 375);
        }
      }
    }
    browser.size(1280, 1000);
    assertEquals(List.of(), problems);
    open("/stories/" + id);
    assertTrue(browser.driver.findElements(By.cssSelector("#quotes blockquote[lang='zh'], #entities [lang='zh']"))
        .size() > 0, "Chinese text is marked as such");
  }

  private static String seedStory() throws Exception {
    for (JsonNode s : http.json("/api/stories?order=largest").get("stories")) {
      if (s.get("languages").toString().contains("zh")) {
        return s.get("id").asText();
      }
    }
    throw new AssertionError("no seed story");
  }
}
