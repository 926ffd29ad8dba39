package news.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Word translation into English from the FreeDict bilingual dictionaries as the system installs
 * them for the dict server ({@code /usr/share/dictd/freedict-<iso3>-eng.index} and
 * {@code .dict.dz}; Debian packages {@code dict-freedict-deu-eng}, {@code -fra-eng},
 * {@code -spa-eng} ...). Read at run time, never copied into Parallax; a language whose
 * dictionary is not installed gets no translations. Each headword keeps at most
 * {@link #MAX_TRANSLATIONS} one-word English translations of its first sense line. A language
 * is loaded on its first look-up, once per process. The folder can be changed with the
 * system property {@code parallax.dictd}.
 *
 * <pre>{@code
 * FreeDict.get().toEnglish("de", "krieg"); // [war]
 * }</pre>
 */
public final class FreeDict {
  /** Translations kept per headword: the first are the common senses. */
  static final int MAX_TRANSLATIONS = 2;
  /** The system's dictd folder. */
  static final String DEFAULT_FOLDER = "/usr/share/dictd";

  private static final FreeDict INSTANCE = new FreeDict(Path.of(
      System.getProperty("parallax.dictd", DEFAULT_FOLDER)));
  private static final String BASE64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final Pattern BRACKETS = Pattern.compile("\\[[^\\]]*\\]|<[^>]*>|\\([^)]*\\)");
  private static final Pattern SEPARATORS = Pattern.compile("[,;]");

  private final Path folder;
  private final Map<String, Map<String, String[]>> byLanguage = new ConcurrentHashMap<>();

  FreeDict(Path folder) {
    this.folder = folder;
  }

  /** The dictionaries of the system folder. */
  public static FreeDict get() {
    return INSTANCE;
  }

  /** Whether a dictionary into English is installed for the language (ISO 639-1). */
  public boolean has(String lang) {
    return !dictionary(lang).isEmpty();
  }

  /** The English translations of a lower-case word, empty when unknown. */
  public List<String> toEnglish(String lang, String word) {
    String[] t = dictionary(lang).get(word);
    return t == null ? List.of() : List.of(t);
  }

  private Map<String, String[]> dictionary(String lang) {
    if (lang == null || lang.length() != 2 || lang.equals("en")) {
      return Map.of();
    }
    return byLanguage.computeIfAbsent(lang, this::load);
  }

  private Map<String, String[]> load(String lang) {
    String iso3;
    try {
      iso3 = new Locale(lang).getISO3Language();
    } catch (java.util.MissingResourceException e) {
      return Map.of();
    }
    Path index = folder.resolve("freedict-" + iso3 + "-eng.index");
    Path dict = folder.resolve("freedict-" + iso3 + "-eng.dict.dz");
    if (!Files.isReadable(index) || !Files.isReadable(dict)) {
      return Map.of();
    }
    try {
      byte[] body;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(dict), 1 << 16)) {
        body = in.readAllBytes();
      }
      Map<String, String[]> out = new HashMap<>();
      for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        if (f.length < 3 || f[0].startsWith("00database") || f[0].indexOf(' ') >= 0
            || out.containsKey(f[0])) {
          continue;
        }
        long offset = decode(f[1]);
        long length = decode(f[2]);
        if (offset < 0 || length <= 0 || offset + length > body.length) {
          continue;
        }
        String[] t = translations(new String(body, (int) offset, (int) length,
            StandardCharsets.UTF_8));
        if (t.length > 0) {
          out.put(f[0].toLowerCase(Locale.ROOT), t);
        }
      }
      return out;
    } catch (IOException | RuntimeException e) {
      System.err.println("parallax: " + dict + ": cannot read the dictionary (" + e.getMessage()
          + "); " + lang + " words stay untranslated");
      return Map.of();
    }
  }

  /** One-word translations on the first sense line of an entry (the line after the headword). */
  static String[] translations(String entry) {
    String[] lines = entry.split("\n");
    List<String> out = new ArrayList<>(MAX_TRANSLATIONS);
    for (int i = 1; i < lines.length && out.isEmpty(); i++) {
      String l = lines[i];
      if (l.isBlank() || Character.isWhitespace(l.charAt(0)) && !l.strip().startsWith("[")) {
        continue;
      }
      for (String part : SEPARATORS.split(BRACKETS.matcher(l).replaceAll(" "))) {
        String w = part.strip().toLowerCase(Locale.ROOT);
        if (w.startsWith("to ")) {
          w = w.substring(3).strip();
        }
        if (w.length() >= 3 && w.chars().allMatch(Character::isLetter) && !out.contains(w)) {
          out.add(w);
        }
        if (out.size() == MAX_TRANSLATIONS) {
          break;
        }
      }
    }
    return out.toArray(new String[0]);
  }

  private static long decode(String s) {
    long v = 0;
    for (int i = 0; i < s.length(); i++) {
      int d = BASE64.indexOf(s.charAt(i));
      if (d < 0) {
        return -1;
      }
      v = v * 64 + d;
    }
    return v;
  }
}
