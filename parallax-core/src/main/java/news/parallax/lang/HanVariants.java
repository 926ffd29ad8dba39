package news.parallax.lang;

import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import news.parallax.internal.PackedTable;
import news.parallax.internal.Resources;

/**
 * Which Han characters belong to one variant of written Chinese only: traditional characters
 * that HanLP's converter simplifies, and simplified ones it makes traditional, each converted
 * alone. Packed at build time, since loading HanLP's simplified-to-traditional converter takes
 * close to a second for a table of a few thousand characters.
 *
 * <pre>{@code
 * java news.parallax.lang.HanVariants target/classes   // what the build runs
 * }</pre>
 */
public final class HanVariants {
  static final String TABLE = "news/parallax/lang/han-variants.bin";
  private static final String[] SOURCES = {"news/parallax/lang/HanVariants.class",
      "data/dictionary/tc/t2s.txt", "data/dictionary/tc/s2t.txt"};

  private static volatile HanVariants instance;

  private final BitSet traditionalOnly;
  private final BitSet simplifiedOnly;

  private HanVariants(BitSet traditionalOnly, BitSet simplifiedOnly) {
    this.traditionalOnly = traditionalOnly;
    this.simplifiedOnly = simplifiedOnly;
  }

  /** Packs the table under the given classes folder, unless it is already current. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: HanVariants CLASSES_DIR");
      System.exit(2);
    }
    String key = PackedTable.key(SOURCES);
    try (PackedTable.Reader r = PackedTable.open(TABLE, key)) {
      if (r != null) {
        return;
      }
    }
    HanVariants v = fromConverter();
    try (PackedTable.Writer w = PackedTable.create(Path.of(args[0]).resolve(TABLE), key)) {
      w.strings(List.of(chars(v.traditionalOnly), chars(v.simplifiedOnly)));
    }
  }

  /** The table: packed when current, else built from HanLP's converters. */
  static HanVariants instance() {
    if (instance == null) {
      synchronized (HanVariants.class) {
        if (instance == null) {
          instance = load();
        }
      }
    }
    return instance;
  }

  private static HanVariants load() {
    try (PackedTable.Reader r = PackedTable.open(TABLE, PackedTable.key(SOURCES))) {
      if (r == null) {
        return fromConverter();
      }
      List<String> sets = r.strings();
      return new HanVariants(bits(sets.get(0)), bits(sets.get(1)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TABLE, e);
    }
  }

  /**
   * Every character of HanLP's conversion tables converted alone, both ways: one that the
   * simplifier changes is traditional only unless a phrase of the table keeps it as it is, and
   * the other way round ("斗" alone becomes "鬥", but the table keeps it in "一斗", so it counts
   * for neither).
   */
  static HanVariants fromConverter() {
    BitSet keptTraditional = new BitSet(); // kept by some phrase of s2t.txt (simplified=traditional)
    BitSet keptSimplified = new BitSet(); // kept by some phrase of t2s.txt (traditional=simplified)
    BitSet all = new BitSet();
    kept(SOURCES[2], keptTraditional, all);
    kept(SOURCES[1], keptSimplified, all);
    BitSet traditional = new BitSet();
    BitSet simplified = new BitSet();
    all.stream().forEach(cp -> {
      String c = Character.toString(cp);
      if (!HanLP.convertToSimplifiedChinese(c).equals(c) && !keptSimplified.get(cp)) {
        traditional.set(cp);
      }
      if (!HanLP.convertToTraditionalChinese(c).equals(c) && !keptTraditional.get(cp)) {
        simplified.set(cp);
      }
    });
    return new HanVariants(traditional, simplified);
  }

  /**
   * Reads a conversion table ("from=to" a line): the characters of phrases (more than one
   * character) that the table leaves as they are at the same place, and every character in it.
   */
  private static void kept(String resource, BitSet kept, BitSet all) {
    for (String line : Resources.lines(resource)) {
      int eq = line.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String from = line.substring(0, eq);
      String to = line.substring(eq + 1);
      from.codePoints().forEach(all::set);
      to.codePoints().forEach(all::set);
      if (from.length() > 1 && from.length() == to.length()) {
        for (int k = 0; k < from.length(); k++) {
          if (from.charAt(k) == to.charAt(k)) {
            kept.set(from.charAt(k));
          }
        }
      }
    }
  }

  /** "Hant" when more characters are traditional-only than simplified-only, else "Hans". */
  String of(CharSequence text) {
    int traditional = 0;
    int simplified = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (traditionalOnly.get(cp)) {
        traditional++;
      }
      if (simplifiedOnly.get(cp)) {
        simplified++;
      }
    }
    return traditional > simplified ? "Hant" : "Hans";
  }

  private static String chars(BitSet set) {
    StringBuilder sb = new StringBuilder();
    set.stream().forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static BitSet bits(String chars) {
    BitSet set = new BitSet();
    chars.codePoints().forEach(set::set);
    return set;
  }
}
