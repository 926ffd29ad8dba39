package news.parallax.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.parallax.internal.Resources;
import news.parallax.internal.Texts;
import news.parallax.model.Quote;
import news.parallax.model.Span;
import news.parallax.model.Speaker;
import news.parallax.text.Stopwords;

/**
 * Scores extracted quotes against annotated attributions of one text.
 *
 * <p>Spans are compared on their letters and digits only, so quote marks, closing punctuation
 * and white space at the edges do not count. A predicted content matches a gold content when
 * their Dice overlap is at least {@link #MATCH_DICE} (pairs taken best first, one to one);
 * exact matches (Dice 1) are counted too. Direct quotes are the gold contents that start with a
 * quote mark, scored against predicted {@code direct} quotes; all attributions are scored
 * against predicted {@code direct} and {@code indirect} quotes (scare quotes are no
 * attributions). A matched quote's speaker is right when its span overlaps the annotated
 * source, or when its name or entity key shares a name word with the source; a pronoun source
 * (one short lower-case word, or "I") takes the nearest named source before it as its
 * antecedent.
 */
public final class QuoteScorer {
  /**
   * Least Dice overlap of letters and digits for a match: the usual "partial match" of
   * attribution studies, strict enough that a quote cannot match its neighbour.
   */
  public static final double MATCH_DICE = 0.5;
  /** Longest source text read as a pronoun ("he", "she", "they"). */
  static final int PRONOUN_MAX_CHARS = 4;
  /** Languages whose stopwords never name anyone (German capitalises its nouns and articles). */
  private static final List<String> NAME_LANGUAGES = List.of("en", "de", "fr", "es");
  private static final String QUOTE_MARKS = "“\"'‘«„「『‹”’»";

  private QuoteScorer() {}

  /**
   * Counts of one comparison; they add up over documents.
   *
   * @param speakerJudged matched quotes whose gold attribution names a source
   * @param speakerRight of those, how many have the right speaker span or name
   * @param personJudged matched quotes whose gold source names a person, directly or through
   *     the nearest named gold source before it
   * @param personRight of those, how many have a speaker resolved to an entity of that person
   * @param withSpeaker predicted quotes that have a speaker
   * @param nonPerson of those, how many have a speaker that is no source at all: no pronoun, no
   *     overlap with a gold source, no name word of one
   */
  public record Counts(int gold, int predicted, int matched, int exact, int speakerJudged, int speakerRight,
      int personJudged, int personRight, int withSpeaker, int nonPerson) {
    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Counts plus(Counts o) {
      return new Counts(gold + o.gold, predicted + o.predicted, matched + o.matched, exact + o.exact,
          speakerJudged + o.speakerJudged, speakerRight + o.speakerRight, personJudged + o.personJudged,
          personRight + o.personRight, withSpeaker + o.withSpeaker, nonPerson + o.nonPerson);
    }

    /** Share of matched quotes with a named gold person whose speaker is resolved to that person. */
    public double personAccuracy() {
      return personJudged == 0 ? 0 : personRight / (double) personJudged;
    }

    /** Share of predicted speakers that are no source at all. */
    public double nonPersonRate() {
      return withSpeaker == 0 ? 0 : nonPerson / (double) withSpeaker;
    }

    public double precision() {
      return predicted == 0 ? 0 : matched / (double) predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : matched / (double) gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** F1 counting exact matches only. */
    public double exactF1() {
      return predicted + gold == 0 ? 0 : 2.0 * exact / (predicted + gold);
    }

    /** Share of matched quotes with an annotated source whose speaker is right. */
    public double speakerAccuracy() {
      return speakerJudged == 0 ? 0 : speakerRight / (double) speakerJudged;
    }
  }

  /** Scores for direct quotes and for all attributions. */
  public record Scores(Counts direct, Counts all) {
    public Scores plus(Scores o) {
      return new Scores(direct.plus(o.direct), all.plus(o.all));
    }
  }

  /** Scores the predicted quotes of a text against its gold attributions. */
  public static Scores score(String text, List<BratAttributions.Attribution> gold, List<Quote> predicted) {
    return score(text, gold, predicted, null);
  }

  /**
   * As {@link #score(String, List, List)}, adding to {@code details} one line for each missed
   * gold content, each unmatched prediction and each wrong speaker.
   */
  public static Scores score(String text, List<BratAttributions.Attribution> gold, List<Quote> predicted,
      List<String> details) {
    int[] prefix = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      prefix[i + 1] = prefix[i] + (Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0);
    }
    List<BratAttributions.Attribution> goldDirect = new ArrayList<>();
    for (BratAttributions.Attribution a : gold) {
      if (startsWithMark(text, a.content().get(0))) {
        goldDirect.add(a);
      }
    }
    return score(text, gold, goldDirect, predicted, details);
  }

  /**
   * As {@link #score(String, List, List, List)}, with the direct quotes among the gold
   * attributions given (a corpus that labels each attribution's form).
   */
  public static Scores score(String text, List<BratAttributions.Attribution> gold,
      List<BratAttributions.Attribution> goldDirect, List<Quote> predicted, List<String> details) {
    int[] prefix = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      prefix[i + 1] = prefix[i] + (Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0);
    }
    List<Quote> predDirect = predicted.stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    List<Quote> predAll = predicted.stream().filter(q -> q.kind() != Quote.Kind.SCARE).toList();
    return new Scores(compare(text, prefix, goldDirect, predDirect, gold, details, "direct"),
        compare(text, prefix, gold, predAll, gold, details, "all"));
  }

  private static Counts compare(String text, int[] prefix, List<BratAttributions.Attribution> gold,
      List<Quote> pred, List<BratAttributions.Attribution> allGold, List<String> details, String label) {
    record Pair(int g, int p, double dice) {}
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      List<Span> gs = gold.get(g).content();
      int gl = size(prefix, gs);
      for (int p = 0; p < pred.size(); p++) {
        List<Span> ps = pred.get(p).parts();
        int pl = size(prefix, ps);
        if (gl + pl == 0) {
          continue;
        }
        int inter = 0;
        for (Span a : gs) {
          for (Span b : ps) {
            int s = Math.max(a.start(), b.start());
            int e = Math.min(a.end(), b.end());
            if (s < e) {
              inter += prefix[e] - prefix[s];
            }
          }
        }
        double dice = 2.0 * inter / (gl + pl);
        if (dice >= MATCH_DICE) {
          pairs.add(new Pair(g, p, dice));
        }
      }
    }
    pairs.sort((a, b) -> a.dice != b.dice ? Double.compare(b.dice, a.dice)
        : a.g != b.g ? Integer.compare(a.g, b.g) : Integer.compare(a.p, b.p));
    boolean[] gUsed = new boolean[gold.size()];
    boolean[] pUsed = new boolean[pred.size()];
    int matched = 0;
    int exact = 0;
    int judged = 0;
    int right = 0;
    int personJudged = 0;
    int personRight = 0;
    for (Pair x : pairs) {
      if (gUsed[x.g] || pUsed[x.p]) {
        continue;
      }
      gUsed[x.g] = true;
      pUsed[x.p] = true;
      matched++;
      if (x.dice >= 1.0) {
        exact++;
      }
      BratAttributions.Attribution a = gold.get(x.g);
      if (a.source() != null) {
        judged++;
        if (speakerRight(text, a, pred.get(x.p).speaker(), allGold)) {
          right++;
        } else if (details != null) {
          Span q = pred.get(x.p).span();
          details.add(label + " speaker: gold " + a.source().of(text) + " | got " + pred.get(x.p).speaker()
              + " | …" + text.substring(Math.max(0, q.start() - 80), q.start()).replace('\n', ' ') + " ⟦"
              + clip(pred.get(x.p).text()) + "⟧ " + text.substring(q.end(), Math.min(text.length(), q.end() + 80))
              .replace('\n', ' '));
        }
        Set<String> person = goldPerson(text, a, allGold);
        if (!person.isEmpty()) {
          personJudged++;
          Speaker sp = pred.get(x.p).speaker();
          Set<String> mine = sp == null || sp.key() == null ? new HashSet<>() : names(sp.key());
          mine.retainAll(person);
          if (!mine.isEmpty()) {
            personRight++;
          } else if (details != null) {
            details.add(label + " person: gold " + a.source().of(text) + " = " + person + " | got "
                + (sp == null ? "none" : sp.name() + " -> " + sp.key()) + " | " + clip(pred.get(x.p).text()));
          }
        }
      }
    }
    int withSpeaker = 0;
    int nonPerson = 0;
    for (Quote q : pred) {
      if (q.speaker() == null) {
        continue;
      }
      withSpeaker++;
      if (noSource(text, q.speaker(), allGold)) {
        nonPerson++;
        if (details != null) {
          details.add(label + " non-person speaker: " + q.speaker().name() + " | " + clip(q.text()));
        }
      }
    }
    if (details != null) {
      for (int g = 0; g < gold.size(); g++) {
        if (!gUsed[g]) {
          StringBuilder b = new StringBuilder();
          for (Span sp : gold.get(g).content()) {
            b.append(sp.of(text)).append(" ‖ ");
          }
          Span first = gold.get(g).content().get(0);
          String before = text.substring(Math.max(0, first.start() - 60), first.start());
          details.add(label + " missed " + first.start() + ": " + clip(b.toString()) + " ⟸ …"
              + before.replace('\n', ' '));
        }
      }
      for (int p = 0; p < pred.size(); p++) {
        if (!pUsed[p]) {
          details.add(label + " spurious " + pred.get(p).span().start() + " " + pred.get(p).kind().label()
              + ": " + clip(pred.get(p).text()));
        }
      }
    }
    return new Counts(gold.size(), pred.size(), matched, exact, judged, right, personJudged, personRight,
        withSpeaker, nonPerson);
  }

  private static String clip(String s) {
    String t = s.replace('\n', ' ');
    return t.length() <= 160 ? t : t.substring(0, 160) + "…";
  }

  private static int size(int[] prefix, List<Span> spans) {
    int n = 0;
    for (Span s : spans) {
      n += prefix[Math.min(s.end(), prefix.length - 1)] - prefix[Math.min(s.start(), prefix.length - 1)];
    }
    return n;
  }

  private static boolean startsWithMark(String text, Span s) {
    int i = s.start();
    while (i < s.end() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < s.end() && QUOTE_MARKS.indexOf(text.charAt(i)) >= 0;
  }

  static boolean speakerRight(String text, BratAttributions.Attribution gold, Speaker speaker,
      List<BratAttributions.Attribution> all) {
    if (speaker == null) {
      return false;
    }
    Span source = gold.source();
    if (speaker.span() != null && speaker.span().overlaps(source)) {
      return true;
    }
    String sourceText = source.of(text).strip();
    if (isPronoun(sourceText)) {
      Span antecedent = null;
      for (BratAttributions.Attribution a : all) {
        Span s = a.source();
        if (s != null && s.end() <= source.start() && !isPronoun(s.of(text).strip())
            && !names(s.of(text)).isEmpty() && (antecedent == null || s.start() > antecedent.start())) {
          antecedent = s;
        }
      }
      if (antecedent == null) {
        return false;
      }
      sourceText = antecedent.of(text);
    }
    Set<String> gold2 = names(sourceText);
    Set<String> mine = names(speaker.name() + " " + (speaker.key() == null ? "" : speaker.key()));
    mine.retainAll(gold2);
    return !mine.isEmpty();
  }

  /**
   * The name words of the person a gold attribution's source names: its own capitalised name
   * words, or, for a pronoun or a description, those of the nearest named gold source before it
   * in the text; empty when there is none.
   */
  static Set<String> goldPerson(String text, BratAttributions.Attribution gold,
      List<BratAttributions.Attribution> all) {
    Span source = gold.source();
    if (source == null) {
      return Set.of();
    }
    Set<String> own = names(source.of(text));
    if (!own.isEmpty()) {
      return own;
    }
    Span antecedent = null;
    for (BratAttributions.Attribution a : all) {
      Span s = a.source();
      if (s != null && s.end() <= source.start() && !names(s.of(text)).isEmpty()
          && (antecedent == null || s.start() > antecedent.start())) {
        antecedent = s;
      }
    }
    return antecedent == null ? Set.of() : names(antecedent.of(text));
  }

  /**
   * Whether a predicted speaker is no source at all: not a pronoun, overlapping no gold source
   * and sharing no name word with one ("Saturday", "the tax code is", "Although").
   */
  static boolean noSource(String text, Speaker speaker, List<BratAttributions.Attribution> all) {
    String name = speaker.name().strip();
    if (isPronoun(name) || name.length() <= PRONOUN_MAX_CHARS && name.chars().allMatch(Texts::isHan)) {
      return false;
    }
    Set<String> mine = names(name + " " + (speaker.key() == null ? "" : speaker.key()));
    for (BratAttributions.Attribution a : all) {
      Span s = a.source();
      if (s == null) {
        continue;
      }
      if (speaker.span() != null && speaker.span().overlaps(s)) {
        return false;
      }
      Set<String> g = names(s.of(text));
      g.retainAll(mine);
      if (!g.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPronoun(String s) {
    return s.equals("I") || s.length() <= PRONOUN_MAX_CHARS && s.chars().noneMatch(Character::isUpperCase)
        && s.chars().allMatch(Character::isLetter);
  }

  /** Capitalised words of a name that are neither titles ("Mr", "President") nor stopwords. */
  private static Set<String> names(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.split("[^\\p{L}\\p{N}-]+")) {
      String base = w.replaceAll("(?i)[’']s$", "");
      if (base.length() >= 2 && Character.isUpperCase(base.codePointAt(0))
          && !TitleWords.INSTANCE.contains(base.toLowerCase(Locale.ROOT))
          && NAME_LANGUAGES.stream().noneMatch(l -> Stopwords.contains(l, base.toLowerCase(Locale.ROOT)))) {
        out.add(base.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Words of person titles, from the entity titles data, which name no one. */
  private static final class TitleWords {
    static final Set<String> INSTANCE = load();

    static Set<String> load() {
      Set<String> out = new HashSet<>();
      for (String line : Resources.lines("news/parallax/entity/en/titles.txt")) {
        for (String w : line.split("\t")[0].split("[\\s.]+")) {
          if (!w.isEmpty()) {
            out.add(w.toLowerCase(Locale.ROOT));
          }
        }
      }
      return Set.copyOf(out);
    }
  }
}
