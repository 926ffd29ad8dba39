package news.parallax.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the language data files under {@code news/parallax/<capability>/<lang>/}: UTF-8, one
 * entry a line, {@code #} starts a comment line, blank lines ignored.
 */
public final class Resources {
  private Resources() {}

  /** The entries of a data file, or an empty list when the file does not exist. */
  public static List<String> lines(String path) {
    InputStream in = Resources.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
    return out;
  }

  /** The entries of {@code news/parallax/<capability>/<lang>/<file>}. */
  public static List<String> lines(String capability, String lang, String file) {
    return lines("news/parallax/" + capability + "/" + lang + "/" + file);
  }

  /** Whether the resource exists on the class path. */
  public static boolean exists(String path) {
    return Resources.class.getClassLoader().getResource(path) != null;
  }
}
