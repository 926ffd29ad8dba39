package news.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.parallax.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpkAttDocumentsTest {
  private static final String JSON = """
      {"DocumentName": "12 - Test", "Sentences": [
        {"SentenceId": 0, "Tokens": ["„", "Wir", "bleiben", "“", ",", "sagte", "der", "Minister", "."]},
        {"SentenceId": 1, "Tokens": ["Er", "nannte", "das", "''", "gut", "''", "."]}],
       "Annotations": [
        {"Form": "Direct", "Message": ["0:0", "0:1", "0:2", "0:3"], "Source": ["0:6", "0:7"], "Cue": ["0:5"]},
        {"Form": "Indirect", "Message": ["1:2", "1:4"], "Source": ["1:0"], "Cue": ["1:1"]}]}
      """;

  @Test
  void rebuildsTheTextAndMapsTokenSpans(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("12 - Test.json");
    Files.writeString(f, JSON);
    SpkAttDocuments.Document d = SpkAttDocuments.read(f);
    assertEquals("„Wir bleiben“, sagte der Minister. Er nannte das \"gut\".", d.text());
    assertEquals(12, d.id());
    assertEquals(1, d.direct().size());
    assertEquals("„Wir bleiben“", d.direct().get(0).content().get(0).of(d.text()));
    assertEquals("der Minister", d.direct().get(0).source().of(d.text()));
    List<Span> gappy = d.all().get(1).content();
    assertEquals(2, gappy.size(), "tokens that are not next to each other make two pieces");
    assertEquals("gut", gappy.get(1).of(d.text()));
  }

  @Test
  void badTokenReferenceNamesTheFile(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, JSON.replace("\"1:4\"", "\"1:40\""));
    IOException e = assertThrows(IOException.class, () -> SpkAttDocuments.read(f));
    assertEquals(true, e.getMessage().contains("bad.json"), e.getMessage());
  }
}
