package news.parallax.entity;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import news.parallax.internal.Hashing;
import news.parallax.internal.Texts;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Entity;
import news.parallax.model.EntityType;
import news.parallax.model.Evidence;
import news.parallax.model.Mention;
import news.parallax.text.Bilingual;
import news.parallax.text.NameGazetteer;

/**
 * Links mention keys across a story's articles and languages. Two keys of the same type are
 * one entity on any of these kinds of evidence (the signal of the recorded {@link Evidence}):
 *
 * <ol>
 *   <li>"same-name": their Latin forms, folded to ASCII and lower case, are equal;
 *   <li>"surname": a person's surname alone and a full name ending with it, or two full names
 *       with the same first and last words;
 *   <li>"spelling": person surnames that differ by a spelling variant ("Zelensky",
 *       "Zelenskyy", "Zelenskiy"): at most {@link #MAX_SPELLING_EDITS} edits on names of at
 *       least {@link #MIN_VARIANT_LENGTH} letters, same first letter, same first name if both
 *       have one;
 *   <li>"cldr": a Chinese name that CLDR gives for the Latin place name ("安克雷奇",
 *       "Anchorage");
 *   <li>"dictionary": a Chinese name ECDICT renders the Latin name (or its surname) with;
 *   <li>"transliteration": a Chinese person or place name whose pinyin sounds like the Latin
 *       surname or place name ({@link Transliteration}) scoring at least
 *       {@link #MIN_TRANSLITERATION}, the best Latin match of that Chinese name and that Chinese
 *       name the best match of the Latin one among the story's names ("co-occurrence" in one
 *       story is the precondition of every link).
 * </ol>
 */
final class EvidenceEntityLinker implements EntityLinker {
  static final int MAX_SPELLING_EDITS = 2;
  static final int MIN_VARIANT_LENGTH = 6;
  /**
   * Calibrated on the seed story (泽连斯基/Zelensky 0.9, 特朗普/Trump 0.875, 安克雷奇/Anchorage
   * 0.875, 拉夫罗夫/Lavrov 1.0) against unrelated pairs of its names, which stay below 0.6.
   */
  static final double MIN_TRANSLITERATION = 0.74;
  /** Names with fewer sound classes than this must match their sounds exactly. */
  static final int MIN_FUZZY_CLASSES = 3;
  /** Place words and nouns, lower case: what kind of place a name names ("base", "highway"). */
  private static final java.util.Set<String> PLACE_WORDS = placeWords();
  /** Chinese place nouns and the English noun of each, where the data gives one (基地 Base). */
  private static final Map<String, String> PLACE_NOUNS_EN = Lexicon.pairs("zh", "place-nouns.txt");
  /** Distinctive words shorter than this ("St", "Al") say too little to join two places. */
  static final int MIN_DISTINCTIVE_LENGTH = 4;
  private static final Transliterator FOLD = Transliterator.getInstance("Any-Latin; Latin-ASCII");

  private record Node(String articleId, String key, EntityType type, String lang, List<String> forms,
      String latin) {}

  @Override
  public LinkedEntities link(List<AnalyzedArticle> articles) {
    Map<String, Node> byId = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      String lang = a.language();
      // a key's type is the one most of its mentions have, the first one on a tie; a place
      // that acts as a state or team in some sentences ("Israel's assault") stays a place
      Map<String, EnumMap<EntityType, Integer>> typeCounts = new HashMap<>();
      for (Mention m : a.mentions()) {
        if (!m.role() && m.key() != null && m.type() != EntityType.OTHER) {
          typeCounts.computeIfAbsent(m.key(), k -> new EnumMap<>(EntityType.class)).merge(m.type(), 1, Integer::sum);
        }
      }
      for (Mention m : a.mentions()) {
        if (m.role() || m.key() == null || m.type() == EntityType.OTHER) {
          continue;
        }
        String id = LinkedEntities.articleKey(a.id(), m.key());
        boolean han = Texts.hanCount(m.key()) > 0;
        EnumMap<EntityType, Integer> counts = typeCounts.get(m.key());
        EntityType type = m.type();
        for (Map.Entry<EntityType, Integer> e : counts.entrySet()) {
          if (e.getValue() > counts.get(type)) {
            type = e.getKey();
          }
        }
        if (counts.containsKey(EntityType.PLACE) && counts.containsKey(EntityType.ORGANIZATION)) {
          type = EntityType.PLACE; // a place that acts as a state stays a place
        }
        EntityType keyType = type;
        Node n = byId.computeIfAbsent(id, k -> new Node(a.id(), m.key(), keyType, han ? "zh" : lang,
            new ArrayList<>(), han ? "" : fold(m.key())));
        if (!n.forms().contains(m.text())) {
          n.forms().add(m.text());
        }
      }
    }
    List<Node> nodes = new ArrayList<>(byId.values());
    Union u = new Union(nodes.size());
    // 1. same folded Latin name
    Map<String, Integer> firstByLatin = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (n.latin().isEmpty()) {
        continue;
      }
      Integer j = firstByLatin.putIfAbsent(n.type() + ":" + n.latin(), i);
      if (j != null) {
        u.merge(j, i, "same-name", nodes);
      }
    }
    // 2 and 3. surnames and spelling variants of people
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        Node a = nodes.get(i);
        Node b = nodes.get(j);
        if (a.type() != b.type() || a.latin().isEmpty() || b.latin().isEmpty() || u.same(i, j)) {
          continue;
        }
        String why = latinEvidence(a, b);
        if (why != null) {
          u.merge(i, j, why, nodes);
        }
      }
    }
    // 3b. spellings of one place: the same facility word and the same distinctive name words
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        Node a = nodes.get(i);
        Node b = nodes.get(j);
        if (a.type() == EntityType.PLACE && b.type() == EntityType.PLACE && !a.latin().isEmpty()
            && !b.latin().isEmpty() && !u.same(i, j)) {
          String why = samePlace(a, b);
          if (why != null) {
            u.merge(i, j, "place-name", nodes, " (" + why + ")");
          }
        }
      }
    }
    // 4 to 6. Chinese names against Latin ones
    NameGazetteer gazetteer = NameGazetteer.get();
    List<double[]> translit = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node zh = nodes.get(i);
      if (!zh.latin().isEmpty()) {
        continue;
      }
      for (int j = 0; j < nodes.size(); j++) {
        Node en = nodes.get(j);
        if (en.latin().isEmpty() || en.type() != zh.type() && !placeOrBody(en.type(), zh.type())) {
          continue;
        }
        String why = dictionaryEvidence(zh, en, gazetteer);
        String parts = why == null && zh.type() == EntityType.PLACE && en.type() == EntityType.PLACE
            ? placeParts(zh, en, gazetteer) : null;
        if (parts != null) {
          u.merge(j, i, "dictionary", nodes, " (" + parts + ")");
        } else if (why != null) {
          u.merge(j, i, why, nodes);
        } else if (en.type() == zh.type() && (zh.type() == EntityType.PERSON || zh.type() == EntityType.PLACE)) {
          String target = zh.type() == EntityType.PERSON ? last(en.latin()) : en.latin();
          double s = Transliteration.similarity(chineseCore(zh.key()), target);
          if (s >= MIN_TRANSLITERATION && (s == 1 || Transliteration.classesOfLatin(target).length() >= MIN_FUZZY_CLASSES)) {
            translit.add(new double[] {i, j, s});
          }
        }
      }
    }
    // transliteration: only mutual best matches between a Chinese and a Latin name
    Map<Integer, Double> bestOfZh = new HashMap<>();
    Map<String, Double> bestOfLatin = new HashMap<>();
    for (double[] t : translit) {
      bestOfZh.merge((int) t[0], t[2], Math::max);
      bestOfLatin.merge(latinGroupKey(nodes.get((int) t[1])), t[2], Math::max);
    }
    translit.sort(Comparator.<double[]>comparingDouble(t -> -t[2]).thenComparingDouble(t -> t[0])
        .thenComparingDouble(t -> t[1]));
    for (double[] t : translit) {
      int i = (int) t[0];
      int j = (int) t[1];
      if (t[2] == bestOfZh.get(i) && t[2] == bestOfLatin.get(latinGroupKey(nodes.get(j))) && !u.same(i, j)) {
        u.merge(j, i, "transliteration", nodes, String.format(Locale.ROOT, " (%.2f)", t[2]));
      }
    }
    return entities(articles, nodes, u);
  }

  /**
   * A place and an organisation may be one thing named by its seat ("White House" is an
   * organisation in English text, 白宫 a place to HanLP): dictionary evidence may join them.
   */
  private static boolean placeOrBody(EntityType a, EntityType b) {
    return a == EntityType.PLACE && b == EntityType.ORGANIZATION || a == EntityType.ORGANIZATION && b == EntityType.PLACE;
  }

  private static String latinGroupKey(Node n) {
    return n.type() + ":" + (n.type() == EntityType.PERSON ? last(n.latin()) : n.latin());
  }

  /** The core of a Chinese name: its last part after "·" (弗拉基米尔·普京 → 普京). */
  private static String chineseCore(String key) {
    String[] parts = key.split("[·・]");
    return parts[parts.length - 1];
  }

  private static String dictionaryEvidence(Node zh, Node en, NameGazetteer g) {
    String core = chineseCore(zh.key());
    String full = en.latin();
    String surname = last(full);
    for (String candidate : zh.type() == EntityType.PERSON ? List.of(full, surname) : List.of(full)) {
      List<String> renderings = g.chinese(candidate);
      if (renderings.contains(zh.key()) || renderings.contains(core)) {
        NameGazetteer.Known k = g.latin(candidate);
        return k != null && k.source().startsWith("cldr") ? "cldr" : "dictionary";
      }
      for (String t : Bilingual.get().toChinese(candidate)) {
        if (t.equals(zh.key()) || t.equals(core)) {
          return "dictionary";
        }
      }
    }
    for (String e : Bilingual.get().toEnglish(zh.key())) {
      if (e.equals(full) || zh.type() == EntityType.PERSON && e.equals(surname)) {
        return "dictionary";
      }
    }
    if (full.indexOf(' ') > 0) {
      // a name of several words: "White House" = 白宫
      List<String> renderings = Bilingual.get().phraseToChinese(full);
      if (renderings.contains(zh.key()) || renderings.contains(core)) {
        return "dictionary";
      }
    }
    return null;
  }

  /**
   * Why two Latin place names are one place, or null: both hold the same place word ("base",
   * en/place-words.txt or en/place-nouns.txt, in any case) and the distinctive words (neither
   * place words nor ordinary English words) of one are all among the other's ("Elmendorf Air
   * Force Base", "Joint Base Elmendorf-Richardson": "base", "elmendorf").
   */
  private static String samePlace(Node a, Node b) {
    java.util.Set<String> placeA = placeWordsOf(a);
    java.util.Set<String> shared = new TreeSet<>(placeWordsOf(b));
    shared.retainAll(placeA);
    if (shared.isEmpty()) {
      return null;
    }
    java.util.Set<String> da = distinctive(a);
    java.util.Set<String> db = distinctive(b);
    if (da.isEmpty() || db.isEmpty() || !(da.containsAll(db) || db.containsAll(da))) {
      return null;
    }
    java.util.Set<String> common = new TreeSet<>(da.size() <= db.size() ? da : db);
    return String.join(", ", shared) + "; " + String.join(", ", common);
  }

  private static java.util.Set<String> placeWordsOf(Node n) {
    java.util.Set<String> out = new TreeSet<>();
    for (String form : n.forms()) {
      for (String w : fold(form).split(" ")) {
        if (PLACE_WORDS.contains(w)) {
          out.add(w);
        }
      }
    }
    return out;
  }

  private static java.util.Set<String> distinctive(Node n) {
    java.util.Set<String> out = new TreeSet<>();
    for (String w : fold(n.key().replaceAll("[-–‐]", " ")).split(" ")) {
      if (w.length() >= MIN_DISTINCTIVE_LENGTH && !PLACE_WORDS.contains(w) && !Bilingual.get().isCommonWord(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Why a Chinese place name is a rendering of a longer Latin one, or null: every distinctive
   * word of the Latin name has a dictionary rendering inside the Chinese name, and the Chinese
   * name is longer than them (埃尔门多夫-理查森联合军事基地 holds 埃尔门多夫 for Elmendorf and
   * 理查森 for Richardson).
   */
  private static String placeParts(Node zh, Node en, NameGazetteer g) {
    java.util.Set<String> words = distinctive(en);
    if (words.isEmpty() || placeWordsOf(en).isEmpty()) {
      return null;
    }
    List<String> found = new ArrayList<>();
    int covered = 0;
    for (String w : words) {
      String hit = null;
      for (String r : g.chinese(w)) {
        if (r.length() >= 2 && zh.key().contains(r)) {
          hit = r;
          break;
        }
      }
      if (hit == null) {
        return null;
      }
      found.add(w + " = " + hit);
      covered += hit.length();
    }
    return covered < zh.key().length() ? String.join(", ", found) : null;
  }

  private static String latinEvidence(Node a, Node b) {
    if (a.type() != EntityType.PERSON) {
      return null;
    }
    String la = a.latin();
    String lb = b.latin();
    String sa = last(la);
    String sb = last(lb);
    boolean oneSurnameOnly = la.equals(sa) || lb.equals(sb);
    boolean sameFirst = first(la).equals(first(lb));
    if (sa.equals(sb) && (oneSurnameOnly || sameFirst)) {
      return "surname";
    }
    if (sa.length() >= MIN_VARIANT_LENGTH && sb.length() >= MIN_VARIANT_LENGTH && sa.charAt(0) == sb.charAt(0)
        && editDistance(sa, sb) <= MAX_SPELLING_EDITS && (oneSurnameOnly || sameFirst)) {
      return "spelling";
    }
    return null;
  }

  private LinkedEntities entities(List<AnalyzedArticle> articles, List<Node> nodes, Union u) {
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      groups.computeIfAbsent(u.find(i), k -> new ArrayList<>()).add(i);
    }
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      order.putIfAbsent(articles.get(i).id(), i);
    }
    List<Entity> entities = new ArrayList<>();
    Map<String, String> byKey = new HashMap<>();
    for (Map.Entry<Integer, List<Integer>> g : groups.entrySet()) {
      Map<String, TreeSet<String>> aliases = new TreeMap<>();
      TreeSet<String> arts = new TreeSet<>(Comparator.comparingInt((String x) -> order.getOrDefault(x, Integer.MAX_VALUE))
          .thenComparing(x -> x));
      Map<String, Integer> latinCounts = new TreeMap<>();
      // a place and an organisation joined by a dictionary take the type most keys have
      // ("White House" in three English articles, 白宫 a place in one Chinese one), the first on a tie
      EnumMap<EntityType, Integer> types = new EnumMap<>(EntityType.class);
      EntityType type = null;
      for (int i : g.getValue()) {
        Node n = nodes.get(i);
        aliases.computeIfAbsent(n.lang(), k -> new TreeSet<>()).addAll(n.forms());
        arts.add(n.articleId());
        int votes = types.merge(n.type(), 1, Integer::sum);
        type = type == null || votes > types.get(type) ? n.type() : type;
        if (!n.latin().isEmpty()) {
          latinCounts.merge(n.key(), 1, Integer::sum);
        }
      }
      String name = canonical(latinCounts, aliases);
      String id = "e" + Hashing.id(type.label() + ":" + name).substring(0, 10);
      Map<String, List<String>> aliasLists = new TreeMap<>();
      aliases.forEach((k, v) -> aliasLists.put(k, List.copyOf(v)));
      List<Evidence> evidence = new ArrayList<>(u.evidence(g.getKey()));
      if (latinCounts.isEmpty()) {
        Evidence english = englishName(name, type);
        if (english != null) {
          evidence.add(english);
          name = english.detail().substring(english.detail().indexOf(" → ") + 3) + " (" + name + ")";
        }
      } else if (!aliases.containsKey("zh")) {
        Evidence chinese = chineseName(name, type);
        if (chinese != null) {
          evidence.add(chinese);
        }
      }
      entities.add(new Entity(id, name, type, aliasLists, List.copyOf(arts), evidence));
      for (int i : g.getValue()) {
        byKey.put(LinkedEntities.articleKey(nodes.get(i).articleId(), nodes.get(i).key()), id);
      }
    }
    entities.sort(Comparator.comparingInt((Entity e) -> -e.articles().size()).thenComparing(Entity::name)
        .thenComparing(Entity::id));
    return new LinkedEntities(entities, byKey);
  }

  /**
   * The English name of a name only written in Chinese, as {@code Evidence("name", signal,
   * "拉夫罗夫 → Lavrov")}: CLDR or ECDICT when they list it ("cldr", "dictionary"), else, for a
   * person or a place written in transliteration characters, their Latin spelling
   * ("romanization", {@link Romanization}); null when none applies.
   */
  private static Evidence englishName(String chinese, EntityType type) {
    NameGazetteer g = NameGazetteer.get();
    String core = chineseCore(chinese);
    for (String latin : g.latinOf(chinese)) {
      NameGazetteer.Known k = g.latin(latin);
      return new Evidence("name", k != null && k.source().startsWith("cldr") ? "cldr" : "dictionary",
          chinese + " → " + capitalised(latin));
    }
    for (String phrase : Bilingual.get().phrasesOf(chinese)) {
      return new Evidence("name", "dictionary", chinese + " → " + capitalised(phrase));
    }
    for (String english : Bilingual.get().toEnglish(chinese)) {
      if (Bilingual.get().isProperNoun(english) || type != EntityType.PERSON && !Bilingual.get().isCommonWord(english)) {
        return new Evidence("name", "dictionary", chinese + " → " + capitalised(english));
      }
    }
    String romanized = type == EntityType.PERSON || type == EntityType.PLACE ? Romanization.of(core) : null;
    if (romanized != null) {
      return new Evidence("name", "romanization", chinese + " → " + romanized);
    }
    return type == EntityType.PLACE ? placeName(chinese) : null;
  }

  /**
   * The English name of a Chinese place name that ends with a place noun
   * (zh/place-nouns.txt, second column): the English or romanized name before the noun, then
   * the noun's English word (西沃德高速公路 → "Siwod Highway"); null when no such noun ends it or
   * the part before it has no Latin spelling.
   */
  private static Evidence placeName(String chinese) {
    String noun = null;
    for (Map.Entry<String, String> e : PLACE_NOUNS_EN.entrySet()) {
      if (!e.getValue().isEmpty() && chinese.endsWith(e.getKey()) && chinese.length() > e.getKey().length()
          && (noun == null || e.getKey().length() > noun.length())) {
        noun = e.getKey();
      }
    }
    if (noun == null) {
      return null;
    }
    String head = chinese.substring(0, chinese.length() - noun.length());
    List<String> listed = NameGazetteer.get().latinOf(head);
    String latin = listed.isEmpty() ? Romanization.of(head) : capitalised(listed.get(0));
    if (latin == null) {
      return null;
    }
    return new Evidence("name", listed.isEmpty() ? "romanization" : "dictionary",
        chinese + " → " + latin + " " + PLACE_NOUNS_EN.get(noun));
  }

  /**
   * The Chinese name of a name only written in Latin letters, as {@code Evidence("name-zh",
   * signal, "Kyiv → 基辅")}, when CLDR or ECDICT give one; null otherwise.
   */
  private static Evidence chineseName(String latin, EntityType type) {
    NameGazetteer g = NameGazetteer.get();
    List<String> candidates = type == EntityType.PERSON ? List.of(latin, last(latin)) : List.of(latin);
    for (String candidate : candidates) {
      List<String> renderings = g.chinese(candidate);
      if (!renderings.isEmpty()) {
        NameGazetteer.Known k = g.latin(candidate);
        return new Evidence("name-zh", k != null && k.source().startsWith("cldr") ? "cldr" : "dictionary",
            latin + " → " + renderings.get(0));
      }
    }
    if (type != EntityType.PERSON && latin.indexOf(' ') < 0 && Bilingual.get().isProperNoun(latin)
        && !Bilingual.get().toChinese(latin).isEmpty()) {
      // a proper noun ECDICT renders though it marks no name ("Kremlin" 克里姆林宫)
      return new Evidence("name-zh", "dictionary", latin + " → " + Bilingual.get().toChinese(latin).get(0));
    }
    List<String> phrase = type == EntityType.PERSON ? List.of() : Bilingual.get().phraseToChinese(latin);
    return phrase.isEmpty() ? null : new Evidence("name-zh", "dictionary", latin + " → " + phrase.get(0));
  }

  private static java.util.Set<String> placeWords() {
    java.util.Set<String> out = new java.util.HashSet<>(Lexicon.lower("en", "place-words.txt"));
    out.addAll(Lexicon.lower("en", "place-nouns.txt"));
    return java.util.Set.copyOf(out);
  }

  private static String capitalised(String english) {
    StringBuilder b = new StringBuilder();
    for (String w : english.split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
    }
    return b.toString();
  }

  /** The fullest, then most frequent, Latin name; else the first Chinese alias. */
  private static String canonical(Map<String, Integer> latinCounts, Map<String, TreeSet<String>> aliases) {
    if (!latinCounts.isEmpty()) {
      return latinCounts.entrySet().stream()
          .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> e.getKey().split(" ").length)
              .thenComparingInt(Map.Entry::getValue)
              .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .get().getKey();
    }
    return aliases.values().iterator().next().first();
  }

  private static String last(String s) {
    int i = s.lastIndexOf(' ');
    return i < 0 ? s : s.substring(i + 1);
  }

  private static String first(String s) {
    int i = s.indexOf(' ');
    return i < 0 ? s : s.substring(0, i);
  }

  /** The ASCII lower-case Latin form of a name ("Zelenskyy" → "zelenskyy"). */
  static String fold(String key) {
    return FOLD.transliterate(key).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "")
        .replaceAll(" +", " ").strip();
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Union-find over nodes that keeps the evidence of every merge on the group's root. */
  private static final class Union {
    private final int[] parent;
    private final Map<Integer, List<Evidence>> evidence = new HashMap<>();

    Union(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    boolean same(int a, int b) {
      return find(a) == find(b);
    }

    void merge(int a, int b, String signal, List<Node> nodes) {
      merge(a, b, signal, nodes, "");
    }

    void merge(int a, int b, String signal, List<Node> nodes, String note) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return;
      }
      int root = Math.min(ra, rb);
      int other = Math.max(ra, rb);
      parent[other] = root;
      List<Evidence> ev = evidence.computeIfAbsent(root, k -> new ArrayList<>());
      ev.addAll(evidence.getOrDefault(other, List.of()));
      evidence.remove(other);
      ev.add(new Evidence("alias", signal, nodes.get(a).forms().get(0) + " = " + nodes.get(b).forms().get(0) + note));
    }

    List<Evidence> evidence(int root) {
      return evidence.getOrDefault(root, List.of());
    }
  }
}
