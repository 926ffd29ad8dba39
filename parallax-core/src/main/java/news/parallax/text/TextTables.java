package news.parallax.text;

import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.parallax.internal.PackedTable;
import news.parallax.model.EntityType;

/**
 * Packs the zh↔en dictionary and the name gazetteer into compact tables at build time, and
 * reads them back at run time (a tenth of a second instead of some 9 s of parsing). A table is
 * used only when it was packed from the same code and data as the class path holds now.
 *
 * <pre>{@code
 * java news.parallax.text.TextTables target/classes   // what the build runs
 * }</pre>
 */
public final class TextTables {
  static final String BILINGUAL = "news/parallax/text/bilingual.bin";
  static final String GAZETTEER = "news/parallax/text/gazetteer.bin";

  private static final String[] BILINGUAL_SOURCES = {
      "news/parallax/text/TextTables.class", "news/parallax/text/Bilingual.class",
      "news/parallax/text/ChineseNames.class",
      "news/parallax/text/Bilingual$Name.class", "ecdict.csv", "news/parallax/text/en/name-glosses.txt"};
  private static final String[] GAZETTEER_SOURCES = {
      "news/parallax/text/TextTables.class", "news/parallax/text/Bilingual.class",
      "news/parallax/text/Bilingual$Name.class", "ecdict.csv", "news/parallax/text/en/name-glosses.txt",
      "news/parallax/text/NameGazetteer.class"};

  private TextTables() {}

  /** Packs the tables under the given classes folder, unless they are already current. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: TextTables CLASSES_DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    String bilingualKey = bilingualKey();
    String gazetteerKey = gazetteerKey();
    if (current(BILINGUAL, bilingualKey) && current(GAZETTEER, gazetteerKey)) {
      return;
    }
    Bilingual dictionary = Bilingual.parse();
    writeBilingual(dictionary, dir.resolve(BILINGUAL), bilingualKey);
    writeGazetteer(NameGazetteer.build(dictionary), dir.resolve(GAZETTEER), gazetteerKey);
  }

  private static boolean current(String resource, String key) throws IOException {
    try (PackedTable.Reader r = PackedTable.open(resource, key)) {
      return r != null;
    }
  }

  private static String bilingualKey() {
    return PackedTable.key(BILINGUAL_SOURCES);
  }

  private static String gazetteerKey() {
    return PackedTable.key(GAZETTEER_SOURCES) + " icu " + VersionInfo.ICU_VERSION;
  }

  static void writeBilingual(Bilingual b, Path file, String key) throws IOException {
    try (PackedTable.Writer w = PackedTable.create(file, key)) {
      w.stringLists(b.enToZh);
      w.stringLists(b.zhToEn);
      w.count(b.names.size());
      for (Bilingual.Name n : b.names) {
        w.string(n.english());
        w.strings(n.chinese());
        w.flag(n.person());
        w.flag(n.place());
        w.flag(n.given());
        w.flag(n.organization());
        w.string(n.gender());
      }
      w.stringSet(b.nameOnly);
      w.stringSet(b.properNouns);
      w.stringLists(b.phraseToZh);
      w.stringLists(b.zhToPhrase);
    }
  }

  /** The packed dictionary, or null when there is none built from the current sources. */
  static Bilingual readBilingual() {
    try (PackedTable.Reader r = PackedTable.open(BILINGUAL, bilingualKey())) {
      if (r == null) {
        return null;
      }
      Map<String, List<String>> enToZh = r.stringLists();
      Map<String, List<String>> zhToEn = r.stringLists();
      int n = r.count();
      List<Bilingual.Name> names = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        names.add(new Bilingual.Name(r.string(), r.strings(), r.flag(), r.flag(), r.flag(), r.flag(),
            r.string()));
      }
      java.util.Set<String> nameOnly = r.stringSet();
      java.util.Set<String> properNouns = r.stringSet();
      return new Bilingual(enToZh, zhToEn, List.copyOf(names), nameOnly, properNouns, r.stringLists(), r.stringLists());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BILINGUAL, e);
    }
  }

  static void writeGazetteer(NameGazetteer g, Path file, String key) throws IOException {
    try (PackedTable.Writer w = PackedTable.create(file, key)) {
      writeKnown(w, g.latin);
      writeKnown(w, g.han);
      w.stringLists(g.latinToHan);
      w.stringLists(g.hanToLatin);
      w.stringSet(g.givenNames);
      List<String> given = g.givenGenders.keySet().stream().sorted().toList();
      w.count(given.size());
      for (String k : given) {
        w.string(k);
        w.string(g.givenGenders.get(k));
      }
      List<Character> chars = g.transliteration.keySet().stream().sorted().toList();
      w.count(chars.size());
      for (Character c : chars) {
        w.count(c);
        w.number(g.transliteration.get(c));
      }
    }
  }

  /** The packed gazetteer, or null when there is none built from the current sources. */
  static NameGazetteer readGazetteer() {
    try (PackedTable.Reader r = PackedTable.open(GAZETTEER, gazetteerKey())) {
      if (r == null) {
        return null;
      }
      Map<String, NameGazetteer.Known> latin = readKnown(r);
      Map<String, NameGazetteer.Known> han = readKnown(r);
      Map<String, List<String>> latinToHan = r.stringLists();
      Map<String, List<String>> hanToLatin = r.stringLists();
      java.util.Set<String> given = r.stringSet();
      int n = r.count();
      Map<String, String> genders = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        genders.put(r.string(), r.string());
      }
      int m = r.count();
      Map<Character, Double> scores = new HashMap<>(m * 2);
      for (int i = 0; i < m; i++) {
        scores.put((char) r.count(), r.number());
      }
      return new NameGazetteer(latin, han, latinToHan, hanToLatin, given, Map.copyOf(genders),
          Map.copyOf(scores));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + GAZETTEER, e);
    }
  }

  private static void writeKnown(PackedTable.Writer w, Map<String, NameGazetteer.Known> m)
      throws IOException {
    List<String> keys = m.keySet().stream().sorted().toList();
    w.count(keys.size());
    for (String k : keys) {
      w.string(k);
      w.string(m.get(k).type().name());
      w.string(m.get(k).source());
    }
  }

  private static Map<String, NameGazetteer.Known> readKnown(PackedTable.Reader r) throws IOException {
    int n = r.count();
    Map<String, NameGazetteer.Known> out = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String k = r.string();
      out.put(k, NameGazetteer.Known.of(EntityType.valueOf(r.string()), r.string()));
    }
    return Map.copyOf(out);
  }
}
