package news.parallax.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.parallax.model.Article;
import news.parallax.model.EntityType;
import news.parallax.model.Mention;
import news.parallax.model.Sentence;
import news.parallax.model.Span;
import news.parallax.model.Token;
import news.parallax.text.Stopwords;

/**
 * A first entity recognizer.
 *
 * <ul>
 *   <li>Chinese: HanLP's person (nr, nrf), place (ns, nsf) and organisation (nt) natures.
 *   <li>Latin script: runs of capitalised tokens (allowing "of", "de", hyphens), without a
 *       leading title ("President") or a sentence-initial function word. The type is person
 *       after a person title or when a later single-word mention is the run's last word,
 *       place or organisation when the run holds a place or organisation word, else other.
 * </ul>
 *
 * <p>Within the article, a one-word mention that is the last (or first) word of a longer
 * person or place name takes that name as its key.
 */
final class RuleEntityRecognizer implements EntityRecognizer {
  private static final Set<String> CONNECTORS = Set.of("of", "de", "von", "van", "del", "la", "al", "bin");

  @Override
  public List<Mention> recognize(Article article, List<Sentence> sentences) {
    List<Mention> raw = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        EntityType zh = zhType(t.tag());
        if (zh != null) {
          raw.add(new Mention(t.span(), t.text(), zh, t.norm(), false));
          continue;
        }
        if (!isCapitalised(t.text())) {
          continue;
        }
        int j = i;
        while (j + 1 < tokens.size() && (isCapitalised(tokens.get(j + 1).text())
            || CONNECTORS.contains(tokens.get(j + 1).text()) && j + 2 < tokens.size()
                && isCapitalised(tokens.get(j + 2).text()))) {
          j++;
        }
        int start = i;
        String lang = article.language();
        Set<String> titles = Lexicon.words(lang.equals("und") ? "en" : lang, "titles.txt");
        boolean titled = false;
        while (start <= j && (titles.contains(tokens.get(start).text())
            || start == 0 && Stopwords.contains(lang, tokens.get(start).norm()))) {
          titled |= titles.contains(tokens.get(start).text());
          start++;
        }
        if (start == 0 && start == j && !titled && i == 0) {
          i = j; // a lone capitalised first word of a sentence is no evidence of a name
          continue;
        }
        if (start <= j) {
          if (start > 0 && titles.contains(tokens.get(start - 1).text())) {
            titled = true;
          }
          Span span = new Span(tokens.get(start).span().start(), tokens.get(j).span().end());
          String text = article.text().substring(span.start(), span.end());
          raw.add(new Mention(span, text, type(tokens.subList(start, j + 1), titled), text, false));
        }
        i = j;
      }
    }
    return resolve(raw);
  }

  private static EntityType zhType(String tag) {
    if (tag.startsWith("nr")) {
      return EntityType.PERSON;
    }
    if (tag.startsWith("ns")) {
      return EntityType.PLACE;
    }
    if (tag.startsWith("nt")) {
      return EntityType.ORGANIZATION;
    }
    return null;
  }

  private static EntityType type(List<Token> run, boolean titled) {
    if (titled) {
      return EntityType.PERSON;
    }
    for (Token t : run) {
      if (Lexicon.words("en", "place-words.txt").contains(t.text())) {
        return EntityType.PLACE;
      }
      if (Lexicon.words("en", "org-words.txt").contains(t.text())) {
        return EntityType.ORGANIZATION;
      }
    }
    if (run.size() == 1 && Places.isPlace(run.get(0).text())) {
      return EntityType.PLACE;
    }
    return run.size() >= 2 ? EntityType.PERSON : EntityType.OTHER;
  }

  private static boolean isCapitalised(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0))
        && (s.length() == 1 || s.chars().anyMatch(Character::isLowerCase) || s.length() <= 5);
  }

  /** Gives one-word mentions the key of the longer name they abbreviate, and its type. */
  private static List<Mention> resolve(List<Mention> raw) {
    Map<String, Mention> longByWord = new HashMap<>();
    for (Mention m : raw) {
      String[] words = m.text().split("\\s+");
      if (words.length >= 2 && m.type() != EntityType.OTHER) {
        longByWord.putIfAbsent(words[words.length - 1].toLowerCase(Locale.ROOT), m);
        longByWord.putIfAbsent(words[0].toLowerCase(Locale.ROOT) + "#first", m);
      }
    }
    List<Mention> out = new ArrayList<>(raw.size());
    for (Mention m : raw) {
      String lower = m.text().toLowerCase(Locale.ROOT);
      Mention full = !m.text().contains(" ") ? longByWord.get(lower) : null;
      if (full != null && full.span().start() != m.span().start()) {
        out.add(new Mention(m.span(), m.text(), full.type(), full.key(), false));
      } else {
        out.add(m);
      }
    }
    return out;
  }
}
