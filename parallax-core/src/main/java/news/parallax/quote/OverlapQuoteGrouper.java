package news.parallax.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import news.parallax.entity.LinkedEntities;
import news.parallax.internal.Texts;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Entity;
import news.parallax.model.Quote;
import news.parallax.model.QuoteGroup;

/**
 * Groups quotes whose speakers are the same story entity (or both unresolved) and whose words
 * overlap: the shorter quote's words are at least {@link #MIN_CONTAINMENT} contained in the
 * longer one's. Scare quotes are not grouped with statements.
 */
final class OverlapQuoteGrouper implements QuoteGrouper {
  static final double MIN_CONTAINMENT = 0.7;

  private static final class Group {
    final String entity;
    final String speaker;
    final Quote.Kind kind;
    final List<QuoteGroup.Variant> variants = new ArrayList<>();
    final List<Set<String>> words = new ArrayList<>();

    Group(String entity, String speaker, Quote.Kind kind) {
      this.entity = entity;
      this.speaker = speaker;
      this.kind = kind;
    }
  }

  @Override
  public List<QuoteGroup> group(List<AnalyzedArticle> articles, LinkedEntities entities) {
    List<Group> groups = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      for (Quote q : a.quotes()) {
        String entity = q.speaker() == null ? null : entities.entityOf(a.id(), q.speaker().key());
        Set<String> words = words(q.text());
        Group home = null;
        for (Group g : groups) {
          if (g.kind == q.kind() && Objects.equals(g.entity, entity)
              && (entity != null || g.speaker.equals(speakerName(q)))
              && g.words.stream().anyMatch(w -> containment(w, words) >= MIN_CONTAINMENT)) {
            home = g;
            break;
          }
        }
        if (home == null) {
          Entity e = entity == null ? null : entities.get(entity);
          home = new Group(entity, e != null ? e.name() : speakerName(q), q.kind());
          groups.add(home);
        }
        home.variants.add(new QuoteGroup.Variant(a.id(), q.text(), q.span()));
        home.words.add(words);
      }
    }
    List<QuoteGroup> out = new ArrayList<>();
    for (Group g : groups) {
      String fullest = g.variants.stream().map(QuoteGroup.Variant::text)
          .max((x, y) -> x.length() != y.length() ? Integer.compare(x.length(), y.length()) : y.compareTo(x))
          .orElse("");
      out.add(new QuoteGroup(g.speaker, g.entity, fullest, g.kind, g.variants));
    }
    out.sort((x, y) -> Integer.compare(y.articles().size(), x.articles().size()));
    return out;
  }

  private static String speakerName(Quote q) {
    return q.speaker() == null ? "" : q.speaker().name();
  }

  private static Set<String> words(String text) {
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
    Set<String> inter = new HashSet<>(small);
    inter.retainAll(large);
    return inter.size() / (double) small.size();
  }
}
