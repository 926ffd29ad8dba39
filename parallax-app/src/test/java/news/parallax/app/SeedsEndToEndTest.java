package news.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.parallax.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole path on the five reference pages: one event, five outlets, English and Chinese. */
class SeedsEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path seeds;
  private static Cli.Result json;

  @BeforeAll
  static void run() {
    seeds = Shared.require("seeds");
    json = Cli.run("analyze", "--format", "json", seeds.toString());
  }

  @Test
  void oneStoryHoldsAllFivePagesInEnglishAndChinese() throws Exception {
    assertEquals(Main.OK, json.exit(), json.err());
    JsonNode run = JSON.readTree(json.out());
    assertEquals(5, run.get("articles").size());
    JsonNode story = run.get("stories").get(0);
    assertEquals(5, story.get("articles").size(), story.get("articles").toString());
    List<String> langs = new ArrayList<>();
    story.get("languages").forEach(l -> langs.add(l.asText()));
    assertTrue(langs.contains("en") && langs.contains("zh"), langs.toString());
  }

  @Test
  void articleTextsAreFreeOfSiteChrome() throws Exception {
    JsonNode run = JSON.readTree(json.out());
    // chrome lines of the seed pages: a login form, a font-size menu, a comment form, widgets
    String[] chrome = {"记住我", "电子邮件/用户名", "设置字号", "LEAVE A REPLY", "Please enter your comment",
        "Advertisement", "Did our AI summary help?", "admin4天前未分类7", "版权声明", "相关文章",
        "Translate »"};
    for (JsonNode a : run.get("articles")) {
      String text = a.get("text").asText();
      for (String c : chrome) {
        assertFalse(text.contains(c), a.get("source").asText() + " keeps chrome: " + c);
      }
      List<String> paragraphs = List.of(text.split("\n\n"));
      assertEquals(paragraphs.size(), paragraphs.stream().distinct().count(),
          a.get("source").asText() + " repeats a paragraph");
      for (String p : paragraphs) {
        assertTrue(text.indexOf(p.substring(0, Math.min(60, p.length())))
            == text.lastIndexOf(p.substring(0, Math.min(60, p.length()))) || p.length() < 60,
            a.get("source").asText() + " repeats text: " + p);
      }
    }
  }

  @Test
  void everyArticleIsCitedByAnOutletAnAgencyOrATitleNeverAFileName() throws Exception {
    Cli.Result md = Cli.run("analyze", "--format", "md", seeds.toString());
    try (var files = Files.list(seeds)) {
      for (Path f : files.toList()) {
        assertFalse(md.out().contains(f.getFileName().toString()), "a file name shown to the user: " + f);
      }
    }
    JsonNode run = JSON.readTree(json.out());
    List<String> agencies = new ArrayList<>();
    run.get("articles").forEach(a -> agencies.add(a.path("agency").asText(null)));
    assertTrue(agencies.contains("AFP"), "the AFP dateline of one page is recorded: " + agencies);
  }

  @Test
  void sameInputGivesByteIdenticalJson() {
    Cli.Result again = Cli.run("analyze", "--format", "json", seeds.toString());
    assertEquals(json.out(), again.out());
  }

  /** Another JVM: hash orders of immutable collections change between processes, not within one. */
  @Test
  void anotherProcessGivesByteIdenticalJson() throws Exception {
    Path out = Files.createTempFile("parallax-seeds", ".json");
    try {
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Main.class.getName(),
          "analyze", "--format", "json", "--out", out.toString(), seeds.toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      assertEquals(Main.OK, p.waitFor());
      assertEquals(json.out(), Files.readString(out, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
    }
  }

  @Test
  void markdownBriefCitesItsSources() {
    Cli.Result md = Cli.run("analyze", "--format", "md", seeds.toString());
    assertEquals(Main.OK, md.exit(), md.err());
    assertTrue(md.out().contains("### Sources"), md.out());
    assertTrue(md.out().matches("(?s).*- .+ \\[\\d\\].*"), "brief sentences carry citations");
    assertTrue(md.out().contains("### Where the sources differ"), md.out());
    assertTrue(md.out().contains("### Shared text"), "wire copy between the pages is shown");
    // each value an article states is listed once per wording, however often it repeats it
    for (String line : md.out().split("\n")) {
      if (line.startsWith("- **") && line.contains("(differ)")) {
        List<String> entries = List.of(line.substring(line.indexOf(": ") + 2).split("; "));
        assertEquals(entries.size(), new java.util.HashSet<>(entries).size(), line);
      }
    }
  }
}
