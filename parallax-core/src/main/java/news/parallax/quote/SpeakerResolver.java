package news.parallax.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.parallax.model.EntityType;
import news.parallax.model.Mention;
import news.parallax.model.Span;
import news.parallax.model.Speaker;

/**
 * Resolves a speaker phrase to an article-local entity: a name to its mention's key, a
 * singular pronoun to the speaker last attributed nearby (else the person last named), a
 * definite role description ("the Russian leader", "该官员") to the person whose titles in the
 * text share its words; indefinite descriptions ("a Ukrainian presidential aide") stay
 * unresolved.
 */
final class SpeakerResolver {
  /** Characters before a person mention read as its title ("Russian President ..."). */
  static final int TITLE_BEFORE_CHARS = 40;
  /** Characters after a person mention read as its apposition (", a former US ambassador"). */
  static final int TITLE_AFTER_CHARS = 60;
  /**
   * How many paragraphs back a pronoun may reach for the last attributed speaker; news
   * paragraphs are short, and the seeds' pronouns point at most two paragraphs back.
   */
  static final int PRONOUN_REACH_PARAGRAPHS = 2;

  private final String text;
  private final List<Mention> mentions;
  private final CueWords lex;
  private final TextUnits units;
  private final java.util.Set<String> things = new java.util.HashSet<>();
  private Speaker last;
  private int lastParagraph = -1;

  SpeakerResolver(String text, List<Mention> mentions, CueWords lex, TextUnits units) {
    this.text = text;
    this.mentions = mentions;
    this.lex = lex;
    this.units = units;
    for (Mention m : mentions) {
      if ((m.type() == EntityType.PLACE || m.type() == EntityType.ORGANIZATION) && m.key() != null) {
        things.add(m.key());
      }
    }
  }

  /** Notes an attributed speaker, for later pronouns; places and organisations are not. */
  void attributed(Speaker s, int paragraph) {
    if (s != null && s.resolved() && !things.contains(s.key())) {
      last = s;
      lastParagraph = paragraph;
    }
  }

  /** The last resolved speaker if it is within pronoun reach of the paragraph. */
  Speaker recent(int paragraph) {
    return last != null && paragraph - lastParagraph <= PRONOUN_REACH_PARAGRAPHS ? last : null;
  }

  Speaker resolve(Cue.Phrase p, int paragraph) {
    if (p == null) {
      return null;
    }
    Span span = new Span(p.start(), p.end());
    Mention m = mentionIn(span);
    // pronouns and role nouns are resolved by the quotes' own discourse rules (the person just
    // quoted, named in the sentence, or fitting the role), which were measured on attributed
    // speech; the recognizer's general-purpose antecedents are not used for them
    if (m != null && m.key() != null && !m.role() && p.kind() == Cue.Phrase.Kind.NAME) {
      int end = m.span().end();
      if (end < p.end() && !text.substring(end, p.end()).contains(" ")) {
        end = p.end(); // the recognizer cut "Andrea Kendall-Taylor" at its hyphen
      }
      return new Speaker(text.substring(m.span().start(), end), m.key(), new Span(m.span().start(), end));
    }
    if (m != null && m.key() != null && !m.role() && m.type() == EntityType.PERSON
        && (p.kind() == Cue.Phrase.Kind.DEFINITE || p.kind() == Cue.Phrase.Kind.INDEFINITE)) {
      return new Speaker(p.text(), m.key(), span); // "der US-Präsident George W. Bush"
    }
    switch (p.kind()) {
      case NAME:
        return new Speaker(p.text(), namedElsewhere(p.text()), span);
      case PRONOUN: {
        String key = personInSentence(p.start());
        if (key == null) {
          Speaker r = recent(paragraph);
          key = r != null ? r.key() : lastPerson(p.start());
        }
        return new Speaker(p.text(), key, span);
      }
      case DEFINITE:
        return new Speaker(p.text(), byRole(p), span);
      default:
        return new Speaker(p.text(), null, span);
    }
  }

  /**
   * The key of a person the article names in full elsewhere whose last name is the phrase's
   * last word ("Putin" at a sentence start, where no mention was found, is "Vladimir Putin").
   */
  private String namedElsewhere(String phrase) {
    String[] words = phrase.split("\\s+");
    String last = CueWords.lower(words[words.length - 1]);
    String best = null;
    for (Mention m : mentions) {
      if (m.key() == null || m.role() || m.type() != EntityType.PERSON) {
        continue;
      }
      String[] kw = m.key().split("\\s+");
      if (CueWords.lower(kw[kw.length - 1]).equals(last) && (best == null || m.key().length() > best.length())) {
        best = m.key();
      }
    }
    return best;
  }

  /**
   * The mention that best covers the span: the first person in it, else the first mention that
   * is no place ("Mr. Morgan of the Sierra Club" is Morgan).
   */
  private Mention mentionIn(Span span) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.span().start() >= span.end()) {
        break;
      }
      if (!span.overlaps(m.span())) {
        continue;
      }
      if (m.type() == EntityType.PERSON) {
        return m;
      }
      if (best == null || best.type() == EntityType.PLACE && m.type() != EntityType.PLACE) {
        best = m;
      }
    }
    return best;
  }

  /** The last person named earlier in the pronoun's own sentence, outside quotes. */
  private String personInSentence(int at) {
    int start = 0;
    for (TextUnits.Unit u : units.units) {
      if (u.start() <= at && at < u.end()) {
        start = u.start();
        break;
      }
    }
    String key = null;
    for (Mention m : mentions) {
      if (m.span().start() >= at) {
        break;
      }
      if (m.span().start() >= start && m.type() == EntityType.PERSON && !m.role() && m.key() != null
          && !units.quoted(m.span().start())) {
        key = m.key();
      }
    }
    return key;
  }

  private String lastPerson(int before) {
    String key = null;
    for (Mention m : mentions) {
      if (m.span().start() >= before) {
        break;
      }
      if (m.type() == EntityType.PERSON && !m.role() && m.key() != null
          && !units.quoted(m.span().start())) {
        key = m.key();
      }
    }
    return key;
  }

  /**
   * The person whose title or apposition shares words with the description; the description's
   * head must be a role noun, and a modifier ("Russian") must match when there is one.
   */
  private String byRole(Cue.Phrase p) {
    List<String> words = new ArrayList<>();
    if (lex.chinese()) {
      for (String r : lex.roles) {
        if (p.text().contains(r)) {
          words.add(r);
        }
      }
      if (words.isEmpty()) {
        return null;
      }
    } else {
      for (String w : p.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.’'-]+")) {
        if (!w.isEmpty() && !lex.determiner(w)) {
          words.add(w);
        }
      }
      if (words.isEmpty() || !lex.roles.contains(words.get(words.size() - 1))) {
        return null;
      }
    }
    String head = words.get(words.size() - 1);
    List<String> modifiers = words.subList(0, words.size() - 1);
    String best = null;
    int bestScore = 0;
    for (Mention m : mentions) {
      if (m.span().start() >= p.start()) {
        break;
      }
      if (m.type() != EntityType.PERSON || m.role() || m.key() == null) {
        continue;
      }
      int from = Math.max(previousEnd(m), m.span().start() - TITLE_BEFORE_CHARS);
      String before = text.substring(Math.max(0, from), m.span().start()) + " " + m.text();
      String after = text.substring(m.span().end(), Math.min(text.length(), m.span().end() + TITLE_AFTER_CHARS));
      int cut = before.lastIndexOf('\n');
      String title = CueWords.lower(cut >= 0 ? before.substring(cut + 1) : before);
      after = CueWords.lower(after.startsWith(",") || after.startsWith("，") ? clause(after) : "");
      String context = title + " " + after;
      int score = 0;
      boolean modifierHit = modifiers.isEmpty();
      for (String w : modifiers) {
        if (contains(context, w)) {
          score++;
          modifierHit = true;
        }
      }
      if (contains(context, head) || lex.genericRoles.contains(head)
          && lex.roles.stream().anyMatch(r -> contains(title, r))) {
        score++;
      }
      if (modifierHit && score > 0 && score >= bestScore) {
        best = m.key();
        bestScore = score;
      }
    }
    return best;
  }

  /** Where the mention before {@code m} ends, so that a title is read from this name only. */
  private int previousEnd(Mention m) {
    int end = 0;
    for (Mention o : mentions) {
      if (o.span().end() > m.span().start()) {
        break;
      }
      end = o.span().end();
    }
    return end;
  }

  private static String clause(String after) {
    int e = after.indexOf(',', 1);
    int f = after.indexOf('，', 1);
    int cut = e < 0 ? f : f < 0 ? e : Math.min(e, f);
    return cut < 0 ? after : after.substring(0, cut);
  }

  private boolean contains(String context, String w) {
    if (lex.chinese()) {
      return context.contains(w);
    }
    int i = context.indexOf(w);
    while (i >= 0) {
      boolean s = i == 0 || !Character.isLetter(context.charAt(i - 1));
      int e = i + w.length();
      boolean t = e >= context.length() || !Character.isLetter(context.charAt(e));
      if (s && t) {
        return true;
      }
      i = context.indexOf(w, i + 1);
    }
    return false;
  }
}
