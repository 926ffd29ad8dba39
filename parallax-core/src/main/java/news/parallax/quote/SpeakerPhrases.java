package news.parallax.quote;

import java.util.List;
import news.parallax.model.EntityType;
import news.parallax.model.Mention;
import news.parallax.text.Stopwords;

/**
 * Decides whether a speaker phrase can name someone: never a date, a weekday, a function word
 * or a clause fragment ("Saturday", "Although", "the tax code is", "that top generals don't").
 *
 * <pre>{@code
 * new SpeakerPhrases(CueWords.of("en"), mentions).canSpeak(phrase, text, sentenceStart)
 * }</pre>
 */
final class SpeakerPhrases {
  private final CueWords lex;
  private final List<Mention> mentions;

  /** {@code mentions} sorted by span. */
  SpeakerPhrases(CueWords lex, List<Mention> mentions) {
    this.lex = lex;
    this.mentions = mentions;
  }

  /**
   * Whether the phrase may be a speaker. Pronouns may; other phrases may not end in a function
   * word, a possessive or a day or month, open with a function word that is no determiner, or
   * hold a contraction ("It's"), or open with a word that never is a subject ({@code openers.txt}:
   * "Ähnlich", "Gegenüber"). A capitalised word alone at a sentence start that the text also
   * writes in lower case needs a recognised person or organisation ("Partial", "Get").
   */
  boolean canSpeak(Cue.Phrase p, String text, int sentenceStart) {
    if (p == null) {
      return false;
    }
    if (p.kind() == Cue.Phrase.Kind.PRONOUN || p.kind() == Cue.Phrase.Kind.PLURAL_PRONOUN || lex.chinese()) {
      return true;
    }
    String[] words = p.text().strip().split("[\\s\u00A0]+");
    if (words.length == 0 || words[0].isEmpty()) {
      return false;
    }
    String first = CueWords.lower(words[0]);
    String last = CueWords.lower(words[words.length - 1]);
    for (String w : words) {
      String l = CueWords.lower(w);
      if (l.matches(".*\\p{L}['’](s|t|re|ve|ll|d|m)$") && !(w == words[words.length - 1] && l.endsWith("s"))) {
        return false; // "It's worth", "Let's", "don't"
      }
    }
    boolean dated = lex.calendar.contains(strip(last))
        && (words.length == 1 || !Character.isUpperCase(words[words.length - 2].codePointAt(0)));
    if (last.endsWith("’s") || last.endsWith("'s") || dated) { // "Friday", "this month", not "Theresa May"
      return false;
    }
    boolean lastCapitalised = Character.isUpperCase(words[words.length - 1].codePointAt(0));
    if (!lastCapitalised && function(last) || function(first) && !lex.determiner(first)) {
      return false;
    }
    if (lex.openers.contains(first)) {
      return false;
    }
    if (p.kind() == Cue.Phrase.Kind.NAME && words.length == 1 && !personOrOrganisation(p.start(), p.end())
        && text.substring(sentenceStart, p.start()).isBlank() && writtenLowerCase(text, first)
        && !capitalisedInSentence(text, words[0])) {
      return false; // "Partial", "Get" open a sentence; "Seidling" is written nowhere in lower case
    }
    return true;
  }

  /** Whether the word occurs in the text in lower case, as a word of its own. */
  static boolean writtenLowerCase(String text, String lower) {
    if (lower.isEmpty() || !Character.isLetter(lower.charAt(0))) {
      return false;
    }
    for (int i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
      int e = i + lower.length();
      if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (e >= text.length() || !Character.isLetter(text.charAt(e)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word also stands capitalised after a lower-case word ("says PolitiFact"). */
  static boolean capitalisedInSentence(String text, String word) {
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      int j = i - 1;
      while (j >= 0 && text.charAt(j) == ' ') {
        j--;
      }
      int e = i + word.length();
      if (j >= 0 && j < i - 1 && (Character.isLowerCase(text.charAt(j)) || text.charAt(j) == ',')
          && (e >= text.length() || !Character.isLetter(text.charAt(e)))) {
        return true;
      }
    }
    return false;
  }

  private boolean function(String w) {
    String s = strip(w);
    return Stopwords.contains(lex.lang, s) && !lex.pronoun(s);
  }

  private static String strip(String w) {
    int e = w.length();
    while (e > 0 && !Character.isLetterOrDigit(w.charAt(e - 1))) {
      e--;
    }
    return w.substring(0, e);
  }

  /** Whether a recognised person or organisation (no day or month) overlaps the range. */
  boolean personOrOrganisation(int start, int end) {
    for (Mention m : mentions) {
      if (m.span().start() >= end) {
        break;
      }
      if (m.span().end() > start && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)
          && !lex.calendar.contains(CueWords.lower(m.text()))) {
        return true;
      }
    }
    return false;
  }
}
