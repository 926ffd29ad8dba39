package news.parallax.quote;

import java.util.ArrayList;
import news.parallax.model.Mention;
import java.util.Map;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.parallax.entity.LinkedEntities;
import news.parallax.internal.Texts;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Entity;
import news.parallax.model.Quote;
import news.parallax.model.QuoteGroup;
import news.parallax.model.Sentence;
import news.parallax.model.Span;
import news.parallax.model.Token;
import news.parallax.text.Bilingual;
import news.parallax.text.Stopwords;

/**
 * Groups the quotes of a story's articles that give one statement of one speaker.
 *
 * <p>Speakers agree when they are the same story entity, when both are resolved people with the
 * same surname (in either script, through the dictionary), when an unresolved definite
 * description ("the Russian leader") shares a word with the entity's names in the story, or when
 * both are unresolved with the same words. Wordings agree, in one language, when the shorter
 * one's words are at least {@link #MIN_CONTAINMENT} contained in the longer one's ("Next time in
 * Moscow?", "Next time, in Moscow." and longer cuts); across Chinese and English, when at least
 * {@link #MIN_CROSS_LANGUAGE} of the English content words (and at least {@link #MIN_CROSS_WORDS})
 * are found in the Chinese wording through the dictionary or as the same numbers. Scare quotes
 * group only with scare quotes.
 */
final class OverlapQuoteGrouper implements QuoteGrouper {
  /** Share of the shorter wording's words in the longer; calibrated on the seed pages' variants. */
  /** How far before a name its title is looked for, in characters. */
  static final int TITLE_WINDOW = 40;
  static final double MIN_CONTAINMENT = 0.7;
  /**
   * Share of an English wording's content words found in a Chinese one; dictionary translation
   * finds about two in three of the words of a faithful rendering in the fixtures.
   */
  static final double MIN_CROSS_LANGUAGE = 0.5;
  /** Fewest matched words for a cross-language match, so that short quotes need more. */
  static final int MIN_CROSS_WORDS = 3;

  /** One quote with what grouping compares. */
  private record Item(String article, String lang, Quote quote, String entity, String name,
      boolean definite, Set<String> words, List<String> zhTokens) {}

  private static final class Group {
    final List<Item> items = new ArrayList<>();
    final boolean scare;

    Group(boolean scare) {
      this.scare = scare;
    }
  }

  @Override
  public List<QuoteGroup> group(List<AnalyzedArticle> articles, LinkedEntities entities) {
    List<Group> groups = new ArrayList<>();
    Map<String, Set<String>> titles = titleWords(articles, entities);
    for (AnalyzedArticle a : articles) {
      for (Quote q : a.quotes()) {
        Item it = item(a, q, entities);
        Group home = null;
        for (int gi = 0; gi < groups.size(); gi++) {
          Group g = groups.get(gi);
          if (g.scare == (q.kind() == Quote.Kind.SCARE) && fits(it, g, entities, titles)) {
            if (home == null) {
              home = g;
            } else {
              home.items.addAll(g.items); // the quote bridges two cuts of one statement
              groups.remove(gi--);
            }
          }
        }
        if (home == null) {
          home = new Group(q.kind() == Quote.Kind.SCARE);
          groups.add(home);
        }
        home.items.add(it);
      }
    }
    List<QuoteGroup> out = new ArrayList<>();
    for (Group g : groups) {
      out.add(toGroup(g, entities));
    }
    // most carried first; ties keep the order of first appearance (the sort is stable)
    out.sort((x, y) -> Integer.compare(y.articles().size(), x.articles().size()));
    return out;
  }

  private static QuoteGroup toGroup(Group g, LinkedEntities entities) {
    String entity = null;
    String speaker = "";
    Quote.Kind kind = g.scare ? Quote.Kind.SCARE : Quote.Kind.INDIRECT;
    String fullest = "";
    boolean fullestDirect = false;
    List<QuoteGroup.Variant> variants = new ArrayList<>();
    for (Item it : g.items) {
      if (entity == null && it.entity() != null) {
        entity = it.entity();
      }
      if (speaker.isEmpty() && it.name() != null) {
        speaker = it.name();
      }
      if (it.quote().kind() == Quote.Kind.DIRECT) {
        kind = Quote.Kind.DIRECT;
      }
      String t = it.quote().text();
      boolean direct = it.quote().kind() == Quote.Kind.DIRECT;
      if (direct && !fullestDirect || direct == fullestDirect && (t.length() > fullest.length()
          || t.length() == fullest.length() && t.compareTo(fullest) < 0)) {
        fullest = t; // the fullest verbatim wording, else the fullest reported one
        fullestDirect = direct;
      }
      variants.add(new QuoteGroup.Variant(it.article(), t, it.quote().span()));
    }
    Entity e = entity == null ? null : entities.get(entity);
    String display = e != null ? e.name() : speaker;
    for (Item it : g.items) {
      String[] n = it.name() == null ? new String[0] : it.name().trim().split("\\s+");
      String[] d = display.trim().split("\\s+");
      String last = n.length == 0 ? "" : n[n.length - 1];
      String mine = d[d.length - 1];
      if (e != null && last.length() > mine.length() && last.startsWith(mine + "-")) {
        // the entity's name cut at a hyphen: "Andrea Kendall" for "Andrea Kendall-Taylor"
        display = display.substring(0, display.lastIndexOf(mine)) + last;
      }
    }
    return new QuoteGroup(display, entity, fullest, kind, variants);
  }

  private static Item item(AnalyzedArticle a, Quote q, LinkedEntities entities) {
    String entity = q.speaker() == null ? null : entities.entityOf(a.id(), q.speaker().key());
    String name = q.speaker() == null ? "" : q.speaker().name();
    boolean definite = false;
    if (q.speaker() != null && entity == null) {
      String first = q.speaker().name().split("\\s+")[0];
      CueWords lex = CueWords.of(a.language());
      definite = lex.definite.contains(CueWords.lower(first))
          || lex.chinese() && lex.definite.stream().anyMatch(d -> q.speaker().name().startsWith(d));
    }
    List<String> zh = new ArrayList<>();
    if (Texts.hanCount(q.text()) > 0) {
      for (Sentence s : a.sentences()) {
        for (Token t : s.tokens()) {
          if (inside(q, t.span()) && Texts.hanCount(t.norm()) > 0) {
            zh.add(t.norm());
          }
        }
      }
    }
    return new Item(a.id(), a.language(), q, entity, name, definite, words(q.text()), zh);
  }

  private static boolean inside(Quote q, Span s) {
    for (Span p : q.parts()) {
      if (p.contains(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fits(Item it, Group g, LinkedEntities entities, Map<String, Set<String>> titles) {
    for (Item other : g.items) {
      if (sameSpeaker(it, other, entities, titles) && sameStatement(it, other)) {
        return true;
      }
    }
    return false;
  }

  static boolean sameSpeaker(Item a, Item b, LinkedEntities entities, Map<String, Set<String>> titles) {
    if (a.entity() != null && a.entity().equals(b.entity())) {
      return true;
    }
    if (a.entity() != null && b.entity() != null) {
      return sameSurname(entities.get(a.entity()), entities.get(b.entity()));
    }
    if (a.entity() == null && b.entity() == null) {
      return !a.name().isEmpty() && CueWords.lower(a.name()).equals(CueWords.lower(b.name()));
    }
    Item open = a.entity() == null ? a : b;
    Item known = open == a ? b : a;
    return open.definite() && describes(open, entities.get(known.entity()),
        titles.getOrDefault(known.entity(), Set.of()));
  }

  /** Whether two resolved people share a surname, directly or through the dictionary. */
  private static boolean sameSurname(Entity x, Entity y) {
    if (x == null || y == null) {
      return false;
    }
    String sx = surname(x.name());
    String sy = surname(y.name());
    if (sx.equals(sy)) {
      return true;
    }
    boolean hx = Texts.hanCount(x.name()) > 0;
    boolean hy = Texts.hanCount(y.name()) > 0;
    if (hx == hy) {
      return false;
    }
    String zh = hx ? x.name() : y.name();
    String en = hx ? sy : sx;
    return Bilingual.get().toEnglish(zh).contains(en) || Bilingual.get().toChinese(en).contains(zh);
  }

  private static String surname(String name) {
    String[] w = name.trim().split("\\s+");
    return CueWords.lower(w[w.length - 1]);
  }

  /**
   * Whether an unresolved definite description fits the entity: one of its words (other than
   * the determiner and a generic head such as "leader") is a word of the entity's names, or of
   * the titles written before its names in the story ("Russian President Vladimir Putin").
   */
  private static boolean describes(Item open, Entity e, Set<String> titleWords) {
    if (e == null) {
      return false;
    }
    CueWords lex = CueWords.of(open.lang());
    Set<String> names = new HashSet<>();
    names.addAll(words(e.name()));
    e.aliases().values().forEach(l -> l.forEach(n -> names.addAll(words(n))));
    names.addAll(titleWords);
    for (String w : words(open.name())) {
      if (!lex.determiner(w) && !lex.genericRoles.contains(w) && names.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words standing right before each entity's name mentions, within their sentence and
   * {@link #TITLE_WINDOW} characters: the titles the story's outlets give it.
   */
  private static Map<String, Set<String>> titleWords(List<AnalyzedArticle> articles, LinkedEntities entities) {
    Map<String, Set<String>> out = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      String text = a.article().text();
      for (Mention m : a.mentions()) {
        String id = m.role() ? null : entities.entityOf(a.id(), m.key());
        if (id == null) {
          continue;
        }
        int from = Math.max(0, m.span().start() - TITLE_WINDOW);
        String before = text.substring(from, m.span().start());
        int cut = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')),
            Math.max(before.lastIndexOf(','), before.lastIndexOf('。')));
        out.computeIfAbsent(id, k -> new HashSet<>()).addAll(words(before.substring(cut + 1)));
      }
    }
    return out;
  }

  static boolean sameStatement(Item a, Item b) {
    boolean za = !a.zhTokens().isEmpty();
    boolean zb = !b.zhTokens().isEmpty();
    if (za == zb) {
      return containment(a.words(), b.words()) >= MIN_CONTAINMENT;
    }
    Item zh = za ? a : b;
    Item en = za ? b : a;
    return crossLanguage(zh, en);
  }

  /** Whether enough of the English wording's content words are rendered in the Chinese one. */
  private static boolean crossLanguage(Item zh, Item en) {
    String lang = en.lang();
    Set<String> content = new LinkedHashSet<>();
    for (String w : en.words()) {
      if (!Stopwords.contains(lang, w) && (w.length() > 2 || Character.isDigit(w.charAt(0)))) {
        content.add(w);
      }
    }
    if (content.isEmpty()) {
      return false;
    }
    Set<String> rendered = new HashSet<>();
    for (String t : zh.zhTokens()) {
      for (String w : Bilingual.get().toEnglish(t)) {
        rendered.add(w);
        rendered.add(stem(w));
      }
    }
    String zhText = zh.quote().text();
    int matched = 0;
    for (String w : content) {
      boolean hit = Character.isDigit(w.charAt(0)) ? zhText.contains(w)
          : rendered.contains(w) || rendered.contains(stem(w));
      if (!hit && !Character.isDigit(w.charAt(0))) {
        List<String> terms = new ArrayList<>(Bilingual.get().toChinese(w));
        terms.addAll(Bilingual.get().toChinese(stem(w)));
        for (String c : terms) {
          String core = c;
          for (String particle : CueWords.of("zh").particles) {
            if (core.endsWith(particle)) {
              core = core.substring(0, core.length() - particle.length());
            }
          }
          if (core.length() >= 2 && zhText.contains(core)) {
            hit = true;
            break;
          }
        }
      }
      if (hit) {
        matched++;
      }
    }
    return matched >= MIN_CROSS_WORDS && matched >= MIN_CROSS_LANGUAGE * content.size();
  }

  /** A crude English stem: the dictionary lists base forms ("talks" is under "talk"). */
  private static String stem(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ing") && w.length() > 5) {
      return w.substring(0, w.length() - 3);
    }
    if (w.endsWith("ed") && w.length() > 4) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (Texts.hanCount(w) > 0) {
        for (int i = 0; i + 1 < w.length(); i++) {
          out.add(w.substring(i, i + 2));
        }
      } else {
        out.add(w);
      }
    }
    return out;
  }

  private static double containment(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    if (small.isEmpty()) {
      return 0;
    }
    int inter = 0;
    for (String w : small) {
      if (large.contains(w)) {
        inter++;
      }
    }
    return inter / (double) small.size();
  }
}
