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
  /**
   * How many characters back a definite description ("the Russian leader") looks for the person
   * it names; descriptions point at people named earlier in the same article, and this covers
   * articles twice the length of the longest seed page, while keeping each look-up bounded on a
   * page of megabytes.
   */
  static final int ROLE_REACH_CHARS = 20_000;

  private final String text;
  private final List<Mention> mentions;
  private final CueWords lex;
  private final TextUnits units;
  private final java.util.Set<String> things = new java.util.HashSet<>();
  /** The mentions' starts, in text order, for binary search. */
  private final int[] starts;
  /** The largest end among the first i+1 mentions, for binary search by end. */
  private final int[] maxEnds;
  /** The key of the last person mention outside quotes among the first i mentions. */
  private final String[] lastPersonKeys;
  /** The longest full name of a person mention, by its last word (lower case). */
  private final java.util.Map<String, String> byLastName = new java.util.HashMap<>();
  private final int longestMention;
  /** Each person mention's title and apposition, read when first needed. */
  private final String[][] contexts;
  private Speaker last;
  private int lastParagraph = -1;

  SpeakerResolver(String text, List<Mention> mentions, CueWords lex, TextUnits units) {
    this.text = text;
    this.mentions = mentions;
    this.lex = lex;
    this.units = units;
    int n = mentions.size();
    starts = new int[n];
    maxEnds = new int[n];
    lastPersonKeys = new String[n + 1];
    contexts = new String[n][];
    int longest = 0;
    for (int i = 0; i < n; i++) {
      Mention m = mentions.get(i);
      if ((m.type() == EntityType.PLACE || m.type() == EntityType.ORGANIZATION) && m.key() != null) {
        things.add(m.key());
      }
      starts[i] = m.span().start();
      maxEnds[i] = Math.max(i > 0 ? maxEnds[i - 1] : 0, m.span().end());
      longest = Math.max(longest, m.span().end() - m.span().start());
      boolean person = m.type() == EntityType.PERSON && !m.role() && m.key() != null;
      lastPersonKeys[i + 1] = person && !units.quoted(m.span().start()) ? m.key() : lastPersonKeys[i];
      if (person) {
        String[] kw = m.key().split("\\s+");
        byLastName.merge(CueWords.lower(kw[kw.length - 1]), m.key(), (a, b) -> b.length() > a.length() ? b : a);
      }
    }
    longestMention = longest;
  }

  /** The index of the first mention starting at or after {@code pos}. */
  private int firstFrom(int pos) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
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
      case NAME: {
        String named = namedElsewhere(p.text());
        if (named == null && lex.definite.contains(CueWords.lower(p.text().split("\\s+")[0]))) {
          named = byRole(p); // "The Russian President", capitalised as a title
        }
        return new Speaker(p.text(), named, span);
      }
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
    return byLastName.get(CueWords.lower(words[words.length - 1]));
  }

  /**
   * The mention that best covers the span: the first person in it, else the first mention that
   * is no place ("Mr. Morgan of the Sierra Club" is Morgan).
   */
  private Mention mentionIn(Span span) {
    Mention best = null;
    for (Mention m : mentions.subList(firstFrom(span.start() - longestMention), mentions.size())) {
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
    int lo = 0;
    int hi = units.units.size();
    while (lo < hi) { // the last unit starting at or before the offset
      int mid = (lo + hi) >>> 1;
      if (units.units.get(mid).start() <= at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo > 0 && at < units.units.get(lo - 1).end()) {
      start = units.units.get(lo - 1).start();
    }
    String key = null;
    for (Mention m : mentions.subList(firstFrom(start), mentions.size())) {
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
    return lastPersonKeys[firstFrom(before)];
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
    int highest = modifiers.size() + 1;
    int from = firstFrom(p.start() - ROLE_REACH_CHARS);
    // from the description back: the nearest person with the highest score, as if read forward
    // keeping the last best; the search ends when no one can score higher
    for (int i = firstFrom(p.start()) - 1; i >= from && bestScore < highest; i--) {
      Mention m = mentions.get(i);
      if (m.type() != EntityType.PERSON || m.role() || m.key() == null) {
        continue;
      }
      String[] context = titleContext(i);
      String title = context[0];
      int score = 0;
      boolean modifierHit = modifiers.isEmpty();
      for (String w : modifiers) {
        if (contains(context[1], w)) {
          score++;
          modifierHit = true;
        }
      }
      if (contains(context[1], head) || lex.genericRoles.contains(head)
          && lex.roles.stream().anyMatch(r -> contains(title, r))) {
        score++;
      }
      if (modifierHit && score > 0 && score > bestScore) {
        best = m.key();
        bestScore = score;
      }
    }
    return best;
  }

  /** The title before the i-th mention and its title with the apposition after, in lower case (cached). */
  private String[] titleContext(int i) {
    String[] cached = contexts[i];
    if (cached != null) {
      return cached;
    }
    Mention m = mentions.get(i);
    int from = Math.max(previousEnd(m), m.span().start() - TITLE_BEFORE_CHARS);
    String before = text.substring(Math.max(0, from), m.span().start()) + " " + m.text();
    String after = text.substring(m.span().end(), Math.min(text.length(), m.span().end() + TITLE_AFTER_CHARS));
    int cut = before.lastIndexOf('\n');
    String title = CueWords.lower(cut >= 0 ? before.substring(cut + 1) : before);
    after = CueWords.lower(after.startsWith(",") || after.startsWith("，") ? clause(after) : "");
    contexts[i] = new String[] {title, title + " " + after};
    return contexts[i];
  }

  /** Where the mention before {@code m} ends, so that a title is read from this name only. */
  private int previousEnd(Mention m) {
    int lo = 0;
    int hi = maxEnds.length;
    while (lo < hi) { // the first mention ending after m's start
      int mid = (lo + hi) >>> 1;
      if (maxEnds[mid] <= m.span().start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo == 0 ? 0 : mentions.get(lo - 1).span().end();
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
