package news.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsCommandTest {

  private static String run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      Main.commandLine().execute(args);
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsOneJsonLinePerClaim(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("talks.txt");
    Files.writeString(page, "Leaders end summit without a deal\n\n"
        + "The two leaders met for about three hours in Anchorage on Friday, officials said, "
        + "before a news conference that lasted 12 minutes.\n\n"
        + "At least 12 people were arrested outside the base during the protest, police said.\n");
    List<JsonNode> lines = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String l : run("claims", page.toString()).split("\n")) {
      if (!l.isBlank()) {
        lines.add(json.readTree(l));
      }
    }
    List<String> attributes = lines.stream().map(n -> n.get("attribute").asText()).toList();
    assertEquals(List.of("talks.duration", "press-conference.duration", "people.arrested"), attributes);
    JsonNode talks = lines.get(0);
    assertEquals("about three hours", talks.get("text").asText());
    assertEquals(162.0, talks.get("value").get("low").asDouble(), 1e-9);
    assertTrue(talks.get("sentence").asText().contains("met for about three hours"));
  }

  @Test
  void aMissingInputIsReportedAndTheExitCodeSaysSo(@TempDir Path dir) {
    int code = Main.commandLine().execute("claims", dir.resolve("missing.html").toString());
    assertEquals(Main.SOME_INPUTS_FAILED, code);
  }
}
