package news.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreeDictTest {
  private static final String B64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private static String b64(long v) {
    StringBuilder b = new StringBuilder();
    do {
      b.insert(0, B64.charAt((int) (v % 64)));
      v /= 64;
    } while (v > 0);
    return b.toString();
  }

  /** Writes a dictd dictionary in the layout FreeDict's Debian packages install. */
  private static void write(Path dir, String iso3, List<String> entries) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    StringBuilder index = new StringBuilder();
    for (String e : entries) {
      byte[] bytes = e.getBytes(StandardCharsets.UTF_8);
      String head = e.substring(0, e.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
      index.append(head).append('\t').append(b64(body.size())).append('\t')
          .append(b64(bytes.length)).append('\n');
      body.write(bytes);
    }
    try (OutputStream out = new GZIPOutputStream(
        Files.newOutputStream(dir.resolve("freedict-" + iso3 + "-eng.dict.dz")))) {
      out.write(body.toByteArray());
    }
    Files.writeString(dir.resolve("freedict-" + iso3 + "-eng.index"), index.toString());
  }

  @Test
  void readsTheFirstSenseLineAsOneWordTranslations(@TempDir Path dir) throws IOException {
    write(dir, "deu", List.of(
        "Krieg /kʁiːk/ <masc, n, sg>\nwar <n>\n see: {Kriege}\n\n",
        "Aalenium /ɑːlˈeːniːˌʊm/ <neut, n, sg>\n [geol.] Aalenian <n>\n         Note: stage\n\n",
        "Abendessen /ˈaːbn̩tˌɛsn̩/ <neut, n, sg>\ndinner, supper; evening meal\n\n",
        "Aachener Printen /x/\n [cook.] hard ginger bread\n\n"));
    FreeDict d = new FreeDict(dir);
    assertEquals(List.of("war"), d.toEnglish("de", "krieg"));
    assertEquals(List.of("aalenian"), d.toEnglish("de", "aalenium"));
    assertEquals(List.of("dinner", "supper"), d.toEnglish("de", "abendessen"));
    assertEquals(List.of(), d.toEnglish("de", "frieden"));
    assertTrue(d.has("de"));
  }

  @Test
  void aLanguageWithoutAnInstalledDictionaryHasNone(@TempDir Path dir) {
    FreeDict d = new FreeDict(dir);
    assertFalse(d.has("fr"));
    assertEquals(List.of(), d.toEnglish("fr", "guerre"));
    assertEquals(List.of(), d.toEnglish("en", "war"));
  }
}
