package news.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Path page(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static final String HTML = "<html><head><title>Flood barrier holds as river peaks - River Gazette</title>"
      + "<meta property=\"og:site_name\" content=\"River Gazette\"></head><body><nav><a href=\"/\">Home</a></nav>"
      + "<article><h1>Flood barrier holds as river peaks</h1>"
      + "<p>The new flood barrier at Millford held on Sunday night as the river rose to its highest level in thirty years, officials said.</p>"
      + "<p>About two hundred homes had been evacuated as a precaution, and most residents were allowed to return by Monday afternoon.</p>"
      + "</article><footer>© River Gazette</footer></body></html>";

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(Main.USAGE, Cli.run().exit());
    assertEquals(Main.USAGE, Cli.run("analyze").exit());
    assertEquals(Main.USAGE, Cli.run("analyze", "--format", "pdf", "x").exit());
    assertEquals(Main.USAGE, Cli.run("no-such-command").exit());
  }

  @Test
  void extractPrintsOneJsonObjectAPage() throws IOException {
    Path p = page("flood.html", HTML);
    Cli.Result r = Cli.run("extract", p.toString());
    assertEquals(Main.OK, r.exit(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(1, lines.length);
    JsonNode a = JSON.readTree(lines[0]);
    for (String field : new String[] {"id", "source", "url", "outlet", "title", "author", "published", "language", "text"}) {
      assertTrue(a.has(field), "missing " + field);
    }
    assertEquals(p.toString(), a.get("source").asText());
    assertEquals("River Gazette", a.get("outlet").asText());
    assertEquals("en", a.get("language").asText());
    assertTrue(a.get("text").asText().contains("\n\n"), "paragraphs are separated by a blank line");
    assertTrue(!a.get("text").asText().contains("Home"), a.get("text").asText());
  }

  @Test
  void badInputsAreReportedOnStderrAndInErrorsAndExitWithThree() throws IOException {
    page("flood.html", HTML);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("junk.bin"), new byte[] {0, 1, 2, 3, 0, 5, 6, 7});
    Cli.Result r = Cli.run("analyze", "--format", "json", dir.toString());
    assertEquals(Main.SOME_INPUTS_FAILED, r.exit());
    assertTrue(r.err().contains("empty.txt: empty file"), r.err());
    assertTrue(r.err().contains("junk.bin: binary content"), r.err());
    JsonNode run = JSON.readTree(r.out());
    assertEquals("parallax/1", run.get("schema").asText());
    assertEquals(1, run.get("articles").size());
    assertEquals(2, run.get("errors").size());
    assertEquals(1, run.get("stories").size());
  }

  @Test
  void outWritesToAFileInEveryFormat() throws IOException {
    Path p = page("flood.html", HTML);
    for (String format : new String[] {"json", "md", "html"}) {
      Path out = dir.resolve("out." + format);
      Cli.Result r = Cli.run("analyze", "--format", format, "--out", out.toString(), p.toString());
      assertEquals(Main.OK, r.exit(), r.err());
      String text = Files.readString(out);
      assertTrue(text.contains("Flood barrier holds as river peaks"), format + ": " + text);
    }
    assertTrue(Files.readString(dir.resolve("out.html")).startsWith("<!DOCTYPE html>"));
  }
}
