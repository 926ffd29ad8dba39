package news.parallax.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API over the seed stories: records, filters, pagination, ETags, problems, limits. */
class ServerApiTest {
  private static Server server;
  private static Http http;

  @BeforeAll
  static void start() {
    server = Server.start(Fixtures.shared(), ServeSettings.defaults().withPort(0).withRate(0)
        .withMaxUploadBytes(64 * 1024));
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void healthCountsWhatTheStoreHolds() throws Exception {
    JsonNode h = http.json("/api/health");
    assertEquals("parallax/1", h.get("schema").asText());
    assertEquals("ok", h.get("status").asText());
    assertEquals(6, h.get("articles").asInt(), "five seeds and one hostile page");
  }

  @Test
  void theSeedStoryIsOneStoryOfFiveWithItsComparisons() throws Exception {
    String id = http.largestStory();
    JsonNode story = http.json("/api/stories/" + id).get("story");
    assertEquals(5, story.get("articles").size());
    StoryData.StoryEntry entry = Fixtures.shared().story(id).orElseThrow();
    java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
    news.parallax.report.JsonReport.writeStoryLine(entry.view(), entry::article, written);
    assertEquals(Http.JSON.readTree(written.toByteArray()), story,
        "the stored record is the story record of its current view and members");
    JsonNode comparisons = http.json("/api/stories/" + id + "/comparisons").get("comparisons");
    JsonNode duration = null;
    for (JsonNode c : comparisons) {
      if (c.get("attribute").asText().equals("talks.duration")) {
        duration = c;
      }
    }
    assertNotNull(duration, "the seeds compare the duration of the talks");
    Set<String> articles = new HashSet<>();
    duration.get("claims").forEach(c -> articles.add(c.get("article").asText()));
    assertEquals(4, articles.size(), "four articles state the duration");
    for (JsonNode c : duration.get("claims")) {
      assertTrue(c.get("sentence").asText().contains(c.get("text").asText()), c.toString());
    }
    assertEquals(5, http.json("/api/stories/" + id + "/articles").get("articles").size());
    assertTrue(http.json("/api/stories/" + id + "/quotes").get("quotes").size() > 0);
    assertTrue(http.json("/api/stories/" + id + "/claims").get("claims").size() >= 5);
  }

  @Test
  void cursorPagesWalkEveryStoryOnce() throws Exception {
    for (String order : List.of("newest", "largest")) {
      int total = http.json("/api/health").get("stories").asInt();
      List<String> seen = new ArrayList<>();
      String cursor = null;
      do {
        JsonNode page = http.json("/api/stories?limit=1&order=" + order
            + (cursor == null ? "" : "&cursor=" + cursor));
        page.get("stories").forEach(s -> seen.add(s.get("id").asText()));
        cursor = page.get("next").isNull() ? null : page.get("next").asText();
      } while (cursor != null && seen.size() <= total);
      assertEquals(total, seen.size(), order + ": " + seen);
      assertEquals(total, new HashSet<>(seen).size(), order + ": " + seen);
    }
  }

  @Test
  void filtersNarrowTheList() throws Exception {
    assertEquals(1, http.json("/api/stories?language=zh").get("stories").size());
    assertEquals(0, http.json("/api/stories?language=sw").get("stories").size());
    assertEquals(1, http.json("/api/stories?entity=%E6%B3%BD%E8%BF%9E%E6%96%AF%E5%9F%BA").get("stories").size(),
        "the Chinese spelling of Zelensky finds the seed story");
    assertEquals(1, http.json("/api/stories?q=ferry").get("stories").size());
    assertEquals(0, http.json("/api/stories?since=2999-01-01").get("stories").size());
    assertTrue(http.json("/api/search?q=Anchorage").get("results").size() >= 1);
    JsonNode entities = http.json("/api/entities?q=Zelensky").get("entities");
    assertTrue(entities.size() >= 1);
    assertTrue(entities.get(0).get("aliasesByLanguage").size() >= 1);
  }

  @Test
  void readsCarryETagsAndAnswer304() throws Exception {
    String id = http.largestStory();
    HttpResponse<String> first = http.get("/api/stories/" + id);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertTrue(etag.startsWith("\"") && etag.endsWith("\""), etag);
    HttpResponse<String> again = http.get("/api/stories/" + id, "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    assertEquals(200, http.get("/api/stories/" + id, "If-None-Match", "\"other\"").statusCode());
    assertEquals(304, http.get("/stories/" + id, "If-None-Match",
        http.get("/stories/" + id).headers().firstValue("ETag").orElseThrow()).statusCode());
  }

  @Test
  void errorsAreProblemDetails() throws Exception {
    HttpResponse<String> missing = http.get("/api/stories/nope");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    JsonNode p = Http.JSON.readTree(missing.body());
    assertEquals(404, p.get("status").asInt());
    assertEquals("Not Found", p.get("title").asText());
    assertEquals("/api/problems/not-found", p.get("type").asText());
    assertEquals("/api/stories/nope", p.get("instance").asText());
    assertTrue(p.get("detail").asText().contains("nope"));

    HttpResponse<String> bad = http.get("/api/stories?limit=5000");
    assertEquals(400, bad.statusCode());
    assertTrue(Http.JSON.readTree(bad.body()).get("detail").asText().contains("limit"));
    assertEquals(400, http.get("/api/stories?cursor=%21%21").statusCode());
    assertEquals(400, http.get("/api/search").statusCode());
    assertEquals(404, http.get("/api/no-such-route").statusCode());
    HttpResponse<String> page = http.get("/stories/nope");
    assertEquals(404, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
  }

  @Test
  void uploadsOverTheLimitAreRefused() throws Exception {
    byte[] big = new byte[65 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<String> r = http.post("/api/pages?name=big.txt", "text/plain", big);
    assertEquals(413, r.statusCode(), r.body());
    assertEquals("/api/problems/too-large", Http.JSON.readTree(r.body()).get("type").asText());
    HttpResponse<String> empty = http.post("/api/pages", "text/html", new byte[0]);
    assertEquals(400, empty.statusCode());
  }

  @Test
  void everyPageCarriesTheSecurityHeadersAndCorsIsOff() throws Exception {
    for (String path : List.of("/", "/api/health", "/stories/" + http.largestStory())) {
      HttpResponse<String> r = http.get(path, "Origin", "https://elsewhere.example");
      String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertTrue(csp.contains("script-src 'self'"), csp);
      assertFalse(csp.contains("unsafe-inline"), csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
      assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), path);
    }
  }

  @Test
  void theOpenApiFileDocumentsEveryApiRoute() throws Exception {
    JsonNode spec = http.json("/api/openapi.json");
    assertTrue(spec.get("openapi").asText().startsWith("3."));
    for (String path : List.of("/api/health", "/api/stories", "/api/stories/{id}", "/api/stories/{id}/articles",
        "/api/stories/{id}/quotes", "/api/stories/{id}/claims", "/api/stories/{id}/comparisons",
        "/api/articles/{id}", "/api/entities", "/api/search", "/api/pages", "/api/events")) {
      assertNotNull(spec.get("paths").get(path), path);
    }
  }

  @Test
  void pageContentIsEscapedAndPageUrlsAreNeverJavascriptLinks() throws Exception {
    String story = http.json("/api/stories?q=ferry").get("stories").get(0).get("id").asText();
    JsonNode s = http.json("/api/stories/" + story).get("story");
    String article = s.get("articles").get(0).asText();
    assertTrue(http.json("/api/articles/" + article).get("article").get("title").asText().contains("<script>"),
        "the API keeps the title as given (JSON is data)");
    for (String path : List.of("/", "/stories/" + story, "/articles/" + article, "/search?q=ferry")) {
      String html = http.get(path).body();
      assertFalse(html.contains("<script>window"), path);
      assertFalse(html.contains("<img src=x"), path);
      assertFalse(html.contains("<b>returns"), path);
      assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("href=\"javascript:"), path);
      assertTrue(html.contains("&lt;script&gt;") || html.contains("&lt;img"), path + " shows the payload as text");
    }
  }

  @Test
  void corsAllowsOnlyTheConfiguredOrigins() throws Exception {
    try (Server s = Server.start(Fixtures.shared(), ServeSettings.defaults().withPort(0).withRate(0)
        .withCorsOrigins(List.of("https://newsroom.example")))) {
      Http h = new Http(s);
      assertEquals("https://newsroom.example", h.get("/api/health", "Origin", "https://newsroom.example")
          .headers().firstValue("Access-Control-Allow-Origin").orElse(null));
      assertNull(h.get("/api/health", "Origin", "https://other.example")
          .headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }
  }

  @Test
  void pastTheRateRequestsGet429WithRetryAfter() throws Exception {
    try (Server s = Server.start(Fixtures.shared(), ServeSettings.defaults().withPort(0).withRate(2))) {
      Http h = new Http(s);
      List<Integer> codes = new ArrayList<>();
      HttpResponse<String> last = null;
      for (int i = 0; i < 10; i++) {
        last = h.get("/api/health");
        codes.add(last.statusCode());
      }
      assertTrue(codes.contains(200) && codes.contains(429), codes.toString());
      assertEquals(429, last.statusCode());
      assertTrue(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()) >= 1);
      assertEquals("/api/problems/rate-limited", Http.JSON.readTree(last.body()).get("type").asText());
    }
  }

  @Test
  void postedPagesAreIngestedAndReported() throws Exception {
    StoreStoryData data = Fixtures.empty();
    try (Server s = Server.start(data, ServeSettings.defaults().withPort(0).withRate(0))) {
      Http h = new Http(s);
      HttpResponse<String> r = h.post("/api/pages?name=alaska.html", "text/html",
          Fixtures.resource("example-wire-alaska-summit.html"));
      assertEquals(200, r.statusCode(), r.body());
      JsonNode report = Http.JSON.readTree(r.body());
      assertEquals(1, report.get("articles").size());
      assertEquals(1, report.get("changedStories").size());
      String article = report.get("articles").get(0).asText();
      assertEquals("Example Wire", h.json("/api/articles/" + article).get("article").get("outlet").asText());
      HttpResponse<String> junk = h.post("/api/pages?name=x.bin", "application/octet-stream",
          new byte[] {0, 1, 2, 3, 0, 0, 0, 9, 8, 7});
      assertEquals(422, junk.statusCode(), junk.body());
      assertTrue(Http.JSON.readTree(junk.body()).get("errors").size() >= 1);
      assertEquals(1, h.json("/api/health").get("articles").asInt());
    }
  }

  @Test
  void aChangedPageAtTheSameAddressIsARevisionWithItsDifferenceAndOnTheTimeline() throws Exception {
    StoreStoryData data = Fixtures.empty();
    try (Server s = Server.start(data, ServeSettings.defaults().withPort(0).withRate(0))) {
      Http h = new Http(s);
      JsonNode first = Http.JSON.readTree(h.post("/api/pages?name=summit.html", "text/html",
          Fixtures.resource("example-wire-alaska-summit.html")).body());
      JsonNode second = Http.JSON.readTree(h.post("/api/pages?name=summit-updated.html", "text/html",
          Fixtures.resource("example-wire-alaska-summit-updated.html")).body());
      String id = first.get("articles").get(0).asText();
      assertEquals(id, second.get("articles").get(0).asText(), "the same address keeps its article");
      assertEquals(1, h.json("/api/health").get("articles").asInt());

      JsonNode revisions = h.json("/api/articles/" + id).get("revisions");
      assertEquals(2, revisions.size());
      assertNull(revisions.get(0).get("changes"));
      StringBuilder before = new StringBuilder();
      StringBuilder after = new StringBuilder();
      StringBuilder inserted = new StringBuilder();
      StringBuilder deleted = new StringBuilder();
      for (JsonNode c : revisions.get(1).get("changes")) {
        String kind = c.get("kind").asText();
        if (!kind.equals("inserted")) {
          before.append(c.get("text").asText());
        }
        if (!kind.equals("deleted")) {
          after.append(c.get("text").asText());
        }
        (kind.equals("inserted") ? inserted : kind.equals("deleted") ? deleted : new StringBuilder())
            .append(c.get("text").asText()).append(' ');
      }
      assertEquals(revisions.get(0).get("text").asText(), before.toString());
      assertEquals(revisions.get(1).get("text").asText(), after.toString());
      assertTrue(inserted.toString().contains("forty") && inserted.toString().contains("Updated"), inserted.toString());
      assertTrue(deleted.toString().contains("three") && !deleted.toString().contains("Zelensky"), deleted.toString());

      String story = h.json("/api/articles/" + id).get("story").asText();
      List<String> events = new ArrayList<>();
      String lastTime = "";
      for (JsonNode e : h.json("/api/stories/" + story + "/timeline").get("timeline")) {
        assertEquals(id, e.get("article").asText());
        events.add(e.get("event").asText() + (e.has("revision") ? " " + e.get("revision").asInt() : ""));
        assertTrue(e.get("time").asText().compareTo(lastTime) >= 0, "oldest first: " + e);
        lastTime = e.get("time").asText();
      }
      assertEquals(List.of("published", "joined", "revised 2"), events);

      String reader = h.get("/articles/" + id).body();
      assertTrue(reader.contains("Revision 2") && reader.contains("<ins>") && reader.contains("<del>"), reader);
      assertTrue(h.get("/stories/" + story).body().contains("changed: revision 2"));
    }
  }

  @Test
  void aStoryChangedByAnotherWriterOfTheStoreIsSentToListeners() throws Exception {
    java.nio.file.Path dir = Fixtures.tempDir();
    news.parallax.Recipe recipe = news.parallax.Parallax.create().recipe();
    try (StoreStoryData data = new StoreStoryData(news.parallax.store.Store.open(dir.toString(), recipe));
        Server s = Server.start(data, ServeSettings.defaults().withPort(0).withRate(0))) {
      java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
      HttpResponse<java.util.stream.Stream<String>> events = client.send(java.net.http.HttpRequest
          .newBuilder(java.net.URI.create("http://127.0.0.1:" + s.port() + "/api/events"))
          .header("Accept", "text/event-stream").build(),
          HttpResponse.BodyHandlers.ofLines());
      java.util.concurrent.CompletableFuture<String> story = java.util.concurrent.CompletableFuture
          .supplyAsync(() -> events.body().filter(l -> l.startsWith("data:")).findFirst()
              .map(l -> l.substring(5).trim()).orElse(null));
      try (news.parallax.store.Store other = news.parallax.store.Store.open(dir.toString(), recipe)) {
        other.ingestPages(Fixtures.readResource("example-wire-alaska-summit.html"), 200,
            news.parallax.Progress.NONE);
      }
      String id = story.get(30, java.util.concurrent.TimeUnit.SECONDS);
      assertEquals(new Http(s).largestStory(), id, "the event names the story the other writer made");
    }
  }
}
