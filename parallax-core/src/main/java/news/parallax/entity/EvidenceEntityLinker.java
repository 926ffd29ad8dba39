package news.parallax.entity;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Comparator;
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

/**
 * Links mention keys across a story's articles. Two keys are one entity when:
 *
 * <ol>
 *   <li>their Latin forms, folded to ASCII and lower case, are equal ("same-name");
 *   <li>one is a person's surname and the other a full name ending with it ("surname");
 *   <li>their surnames differ only by a spelling variant: an edit distance of at most
 *       {@link #MAX_SPELLING_EDITS} on names of at least {@link #MIN_VARIANT_LENGTH} letters
 *       ("spelling");
 *   <li>a Chinese name translates, through the zh↔en dictionary, to the other's surname or
 *       name ("dictionary").
 * </ol>
 *
 * Each merge is recorded as evidence on the entity.
 */
final class EvidenceEntityLinker implements EntityLinker {
  static final int MAX_SPELLING_EDITS = 2;
  static final int MIN_VARIANT_LENGTH = 6;
  private static final Transliterator FOLD = Transliterator.getInstance("Any-Latin; Latin-ASCII");

  private record Node(String articleId, String key, EntityType type, String lang, List<String> forms) {}

  @Override
  public LinkedEntities link(List<AnalyzedArticle> articles) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      String lang = a.language();
      for (Mention m : a.mentions()) {
        if (m.role() || m.type() == EntityType.OTHER) {
          continue;
        }
        String id = LinkedEntities.articleKey(a.id(), m.key());
        Node n = nodes.computeIfAbsent(id, k -> new Node(a.id(), m.key(), m.type(),
            Texts.hanCount(m.key()) > 0 ? "zh" : lang, new ArrayList<>()));
        if (!n.forms().contains(m.text())) {
          n.forms().add(m.text());
        }
      }
    }
    List<String> ids = new ArrayList<>(nodes.keySet());
    int[] parent = new int[ids.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<Integer, List<Evidence>> evidence = new HashMap<>();
    List<String> latin = new ArrayList<>();
    for (String id : ids) {
      latin.add(latinKey(nodes.get(id)));
    }
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        Node a = nodes.get(ids.get(i));
        Node b = nodes.get(ids.get(j));
        if (!compatible(a.type(), b.type())) {
          continue;
        }
        String why = why(a, latin.get(i), b, latin.get(j));
        if (why != null) {
          int ra = find(parent, i);
          int rb = find(parent, j);
          if (ra != rb) {
            parent[rb] = ra;
            List<Evidence> ev = evidence.computeIfAbsent(ra, k -> new ArrayList<>());
            ev.addAll(evidence.getOrDefault(rb, List.of()));
            evidence.remove(rb);
            ev.add(new Evidence("alias", why, a.forms().get(0) + " = " + b.forms().get(0)));
          }
        }
      }
    }
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<Entity> entities = new ArrayList<>();
    Map<String, String> byKey = new HashMap<>();
    for (Map.Entry<Integer, List<Integer>> g : groups.entrySet()) {
      Map<String, TreeSet<String>> aliases = new TreeMap<>();
      TreeSet<String> arts = new TreeSet<>(Comparator.comparingInt(x -> indexOf(articles, x)));
      Map<String, Integer> latinCounts = new HashMap<>();
      EntityType type = null;
      for (int i : g.getValue()) {
        Node n = nodes.get(ids.get(i));
        aliases.computeIfAbsent(n.lang(), k -> new TreeSet<>()).addAll(n.forms());
        arts.add(n.articleId());
        type = type == null || type == EntityType.OTHER ? n.type() : type;
        if (Texts.hanCount(n.key()) == 0) {
          latinCounts.merge(n.key(), 1, Integer::sum);
        }
      }
      String name = canonical(latinCounts, aliases);
      String id = "e" + Hashing.id(type.label() + ":" + name).substring(0, 10);
      Map<String, List<String>> aliasLists = new TreeMap<>();
      aliases.forEach((k, v) -> aliasLists.put(k, List.copyOf(v)));
      entities.add(new Entity(id, name, type, aliasLists, List.copyOf(arts),
          evidence.getOrDefault(g.getKey(), List.of())));
      for (int i : g.getValue()) {
        byKey.put(ids.get(i), id);
      }
    }
    entities.sort(Comparator.comparingInt((Entity e) -> -e.articles().size())
        .thenComparing(Entity::name));
    return new LinkedEntities(entities, byKey);
  }

  private static int indexOf(List<AnalyzedArticle> articles, String id) {
    for (int i = 0; i < articles.size(); i++) {
      if (articles.get(i).id().equals(id)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

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

  private static boolean compatible(EntityType a, EntityType b) {
    return a == b || a == EntityType.OTHER || b == EntityType.OTHER;
  }

  private static String why(Node a, String la, Node b, String lb) {
    if (la.isEmpty() || lb.isEmpty()) {
      return null;
    }
    if (la.equals(lb)) {
      return a.lang().equals("zh") != b.lang().equals("zh") ? "dictionary" : "same-name";
    }
    String sa = last(la);
    String sb = last(lb);
    boolean person = a.type() == EntityType.PERSON || b.type() == EntityType.PERSON;
    if (person && sa.equals(sb) && (la.equals(sa) || lb.equals(sb) || first(la).equals(first(lb)))) {
      return a.lang().equals("zh") != b.lang().equals("zh") ? "dictionary" : "surname";
    }
    if (person && sa.length() >= MIN_VARIANT_LENGTH && sb.length() >= MIN_VARIANT_LENGTH
        && sa.charAt(0) == sb.charAt(0) && editDistance(sa, sb) <= MAX_SPELLING_EDITS
        && (la.equals(sa) || lb.equals(sb) || first(la).equals(first(lb)))) {
      return "spelling";
    }
    return null;
  }

  private static String last(String s) {
    int i = s.lastIndexOf(' ');
    return i < 0 ? s : s.substring(i + 1);
  }

  private static String first(String s) {
    int i = s.indexOf(' ');
    return i < 0 ? s : s.substring(0, i);
  }

  /** The ASCII lower-case Latin form of a node's key; Chinese keys through the dictionary. */
  private static String latinKey(Node n) {
    String key = n.key();
    if (Texts.hanCount(key) > 0) {
      List<String> en = Bilingual.get().toEnglish(key);
      return en.isEmpty() ? "" : en.get(0).toLowerCase(Locale.ROOT);
    }
    return FOLD.transliterate(key).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").strip();
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

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
