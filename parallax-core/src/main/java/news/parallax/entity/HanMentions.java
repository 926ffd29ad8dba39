package news.parallax.entity;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.parallax.model.EntityType;
import news.parallax.model.Span;
import news.parallax.model.Token;

/**
 * Finds the mentions of one Chinese sentence from HanLP's natures: person names (nr, nrf, nrj),
 * places (ns, nsf) and organisations (nt, kept only with an organisation ending such as 部 or
 * 委员会). Titles (总统, 外长) and places just before or after a name are its attributes; a
 * demonstrative with a title ("该官员") or a title with no name ("俄罗斯总统表示") is a
 * description; 他 and 她 are pronouns.
 */
final class HanMentions {
  /** Titles that many people hold at once. */
  /** Role nouns that may stand for any titled person ("官员", "领导人"): zh/role-nouns.txt. */
  static final Set<String> GENERIC = Lexicon.pairs("zh", "role-nouns.txt").keySet();

  private final Set<String> titles = Lexicon.words("zh", "titles.txt");
  private final Set<String> pronouns = Lexicon.words("zh", "pronouns.txt");
  private final Set<String> demonstratives = Lexicon.words("zh", "demonstratives.txt");
  private final List<String> orgEndings = List.copyOf(Lexicon.words("zh", "org-suffixes.txt"));
  private final List<String> placeNouns = List.copyOf(new java.util.TreeSet<>(Lexicon.words("zh", "place-nouns.txt")));
  /** Words between a name and its place noun ("联合", "军事基地"). */
  static final int MAX_PLACE_NOUN_TOKENS = 3;
  /**
   * A single character before a name joins it when it signals a transliteration this strongly
   * (the threshold ChineseNames uses for the characters of a run).
   */
  static final double BOUND_SYLLABLE_SCORE = 0.7;

  /** Adds the candidates of one sentence to {@code out}. */
  void find(String text, List<Token> tokens, int sentence, List<Candidate> out) {
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      String tag = t.tag();
      EntityType type = type(t);
      int end = type == EntityType.PERSON ? placeNameEnd(tokens, i) : -1;
      if (end >= 0) {
        // a name inside a longer place name is that place, not a person ("西沃德高速公路")
        int start = i;
        while (start > 0 && isBoundSyllable(tokens.get(start - 1))) {
          start--;
        }
        Span span = new Span(tokens.get(start).span().start(), tokens.get(end).span().end());
        String name = span.of(text);
        out.add(new Candidate(span, name, EntityType.PLACE, Candidate.Kind.NAME, sentence, List.of(name), Set.of(),
            true, false, false));
        i = end;
        continue;
      }
      if (type != null) {
        Set<String> attributes = new HashSet<>();
        int k = i - 1;
        while (k >= 0 && (isTitle(tokens.get(k)) || type(tokens.get(k)) == EntityType.PLACE
            || tokens.get(k).tag().equals("b"))) {
          attributes.add(tokens.get(k).norm());
          k--;
        }
        int m = i + 1;
        while (m < n && isTitle(tokens.get(m))) {
          attributes.add(tokens.get(m).norm());
          m++;
        }
        boolean titled = attributes.stream().anyMatch(titles::contains);
        if (type == EntityType.PLACE && titled && i + 1 < n && isTitle(tokens.get(i + 1))) {
          // "俄罗斯总统": the place qualifies the title, it is still a place
          attributes.clear();
        }
        boolean dictionary = CoreDictionary.contains(t.norm()) || CustomDictionary.contains(t.norm());
        boolean strong = titled && type == EntityType.PERSON || dictionary || !tag.equals("nr");
        out.add(new Candidate(t.span(), t.text(), type, Candidate.Kind.NAME, sentence, List.of(t.norm()),
            type == EntityType.PERSON ? attributes : Set.of(), strong, false, false));
        continue;
      }
      if (pronouns.contains(t.norm())) {
        out.add(new Candidate(t.span(), t.text(), EntityType.PERSON, Candidate.Kind.PRONOUN, sentence,
            List.of(t.norm()), Set.of(), false, true, false));
        continue;
      }
      if (isTitle(t) && !(i + 1 < n && type(tokens.get(i + 1)) == EntityType.PERSON)
          && !(i > 0 && type(tokens.get(i - 1)) == EntityType.PERSON)) {
        int start = i;
        Set<String> modifiers = new HashSet<>();
        boolean definite = false;
        int k = i - 1;
        while (k >= 0 && (type(tokens.get(k)) == EntityType.PLACE || tokens.get(k).tag().equals("b")
            || isTitle(tokens.get(k)))) {
          modifiers.add(tokens.get(k).norm());
          start = k;
          k--;
        }
        if (k >= 0 && demonstratives.contains(tokens.get(k).norm())) {
          definite = true;
          start = k;
        }
        if (!definite && modifiers.isEmpty()) {
          continue; // a bare title ("总统") says too little
        }
        // "俄罗斯总统" names one person; "俄罗斯官员" may be many unless "该" makes it one
        definite |= !GENERIC.contains(t.norm());
        Span span = new Span(tokens.get(start).span().start(), t.span().end());
        out.add(new Candidate(span, span.of(text), EntityType.PERSON, Candidate.Kind.DESCRIPTION, sentence,
            List.of(t.norm()), modifiers, false, definite, false));
      }
    }
  }

  /**
   * The index of the last token of a place name that the name at {@code i} opens: names joined
   * by hyphens, then at most {@link #MAX_PLACE_NOUN_TOKENS} words ending with a place noun
   * (zh/place-nouns.txt: 基地, 高速公路); -1 when no place noun follows.
   */
  private int placeNameEnd(List<Token> tokens, int i) {
    int j = i + 1;
    while (j + 1 < tokens.size() && isHyphen(tokens.get(j)) && type(tokens.get(j + 1)) != null) {
      j += 2;
    }
    StringBuilder words = new StringBuilder();
    for (int k = j; k < tokens.size() && k < j + MAX_PLACE_NOUN_TOKENS; k++) {
      Token t = tokens.get(k);
      String tag = t.tag();
      if (!(tag.startsWith("n") || tag.equals("b") || tag.equals("vn") || tag.equals("vd") || tag.equals("j"))) {
        return -1;
      }
      words.append(t.norm());
      for (String noun : placeNouns) {
        if (words.toString().endsWith(noun)) {
          return k;
        }
      }
    }
    return -1;
  }

  private static boolean isHyphen(Token t) {
    return t.text().equals("-") || t.text().equals("–") || t.text().equals("‐") || t.text().equals("－");
  }

  /** A lone transliteration character written against the name after it ("西" of "西沃德"). */
  private static boolean isBoundSyllable(Token t) {
    return t.text().length() == 1 && news.parallax.text.NameGazetteer.get().transliterationScore(t.text().charAt(0))
        >= BOUND_SYLLABLE_SCORE;
  }

  private boolean isTitle(Token t) {
    return t.tag().equals("nnt") || titles.contains(t.norm());
  }

  private EntityType type(Token t) {
    String tag = t.tag();
    if (t.text().length() < 2) {
      return null;
    }
    if (tag.equals("nr") || tag.equals("nrf") || tag.equals("nrj")) {
      return EntityType.PERSON;
    }
    if (tag.equals("ns") || tag.equals("nsf")) {
      return EntityType.PLACE;
    }
    if (tag.startsWith("nt")) {
      for (String e : orgEndings) {
        if (t.norm().endsWith(e)) {
          return EntityType.ORGANIZATION;
        }
      }
    }
    return null;
  }
}
