package news.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pinned floors file reads, and its digests are those of {@code sha256sum} listings. */
class GateFloorsTest {
  @TempDir Path dir;

  @Test
  void digestIsTheSha256OfTheSortedSha256sumListing() throws Exception {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/x.txt"), "two\n");
    Files.writeString(dir.resolve("a.txt"), "one\n");
    Files.writeString(dir.resolve("é.txt"), "three\n");
    String listing = sha("one\n") + "  ./a.txt\n" + sha("two\n") + "  ./b/x.txt\n"
        + sha("three\n") + "  ./é.txt\n";
    assertEquals(sha(listing), GateFloors.digest(dir));
  }

  @Test
  void floorsReadAndAnUnknownKeyFails() {
    assertTrue(GateFloors.floor("extraction.trafilatura.f1") > 0.5);
    assertEquals(2, GateFloors.floor("clustering.ecb.distractors.in-ecb-stories.max"));
    assertThrows(IllegalArgumentException.class, () -> GateFloors.floor("no.such.floor"));
  }

  private static String sha(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
