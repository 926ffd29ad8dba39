package news.parallax.eval;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import news.parallax.testing.Shared;

/**
 * The quality gates' floors and the digests of the data they were measured on, read from the
 * one pinned file {@code gate-floors.properties}.
 *
 * <pre>{@code
 * Path dir = GateFloors.data("eval/polnear/dev");   // skips, or fails in CI, or fails on other data
 * assertTrue(f1 >= GateFloors.floor("quotes.direct.f1"), figures);
 * }</pre>
 */
public final class GateFloors {
  private static final Properties PINNED = load();
  private static final Map<Path, String> DIGESTS = new ConcurrentHashMap<>();

  private GateFloors() {}

  /** The pinned floor (or ceiling) under this key; an unknown key is an error in the test. */
  public static double floor(String key) {
    String value = PINNED.getProperty(key);
    if (value == null) {
      throw new IllegalArgumentException("no floor " + key + " in gate-floors.properties");
    }
    return Double.parseDouble(value.trim());
  }

  /**
   * The shared evaluation path, after checking that its dataset folder ({@code eval/NAME}) still
   * has the digest the floors were measured on; skips as {@link Shared#require} does when absent.
   */
  public static Path data(String relative) {
    Path p = Shared.require(relative);
    Path rel = Path.of(relative).normalize();
    if (rel.getNameCount() < 2 || !rel.getName(0).toString().equals("eval")) {
      throw new IllegalArgumentException("not an evaluation dataset path: " + relative);
    }
    String folder = "eval/" + rel.getName(1);
    String pinned = PINNED.getProperty("data." + folder);
    if (pinned == null) {
      throw new IllegalArgumentException("no digest data." + folder + " in gate-floors.properties");
    }
    Path dir = Shared.require(folder);
    String now = DIGESTS.computeIfAbsent(dir.toAbsolutePath(), GateFloors::digest);
    if (!now.equals(pinned.trim())) {
      fail(dir + " is not the data the floors were measured on (pinned digest " + pinned.trim()
          + ", now " + now + "); measure the figures again and update gate-floors.properties");
    }
    return p;
  }

  /** SHA-256 of the folder's {@code sha256sum} listing, files in byte order of their paths. */
  static String digest(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted((a, b) -> Arrays.compareUnsigned(
          key(dir, a), key(dir, b))).toList();
      MessageDigest listing = sha256();
      for (Path f : files) {
        MessageDigest one = sha256();
        try (InputStream in = Files.newInputStream(f)) {
          byte[] buf = new byte[1 << 16];
          for (int n; (n = in.read(buf)) > 0; ) {
            one.update(buf, 0, n);
          }
        }
        String line = HexFormat.of().formatHex(one.digest()) + "  " + relative(dir, f) + "\n";
        listing.update(line.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(listing.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String relative(Path dir, Path file) {
    return "./" + dir.relativize(file).toString().replace('\\', '/');
  }

  private static byte[] key(Path dir, Path file) {
    return relative(dir, file).getBytes(StandardCharsets.UTF_8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = GateFloors.class.getResourceAsStream("/gate-floors.properties")) {
      if (in == null) {
        throw new IllegalStateException("gate-floors.properties is not on the test class path");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
