package news.parallax.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.parallax.internal.Resources;
import news.parallax.model.EntityType;
import news.parallax.model.Mention;
import news.parallax.model.Quote;
import news.parallax.model.Span;
import news.parallax.model.Speaker;
import news.parallax.model.Token;

/**
 * Gives the turns of a Chinese dialogue their speakers: the person a reporting clause next to
 * the turn names, a pronoun resolved by gender, and the alternation of two parties.
 *
 * <p>A turn is a paragraph holding direct quotes. Its speaker is, in order: the speaker of its
 * own cue; the subject of narration in its paragraph that announces it ("晓霞喃喃地说：“...”") or
 * reports it ("“...”她问。"); the subject of the paragraph before when that ends with a colon;
 * the subject of the paragraph after when it opens with a person or holds a speech verb
 * ("高朗仰靠在椅背上，用普通话说。"). Turns that follow each other (at most one reporting
 * paragraph between them) are one exchange in which two parties alternate: a turn with no
 * speaker of its own is spoken by the speaker of the nearest attributed turn when an even number
 * of turns lies between them, else by the other party.
 *
 * <pre>{@code
 * List<Quote> attributed = new DialogueSpeakers().attribute(text, quotes, own, passages, tokens, mentions);
 * }</pre>
 */
final class DialogueSpeakers {
  /** Paragraphs back a pronoun looks for the person it stands for. */
  static final int PRONOUN_REACH_PARAGRAPHS = 8;
  /** Characters of a reporting sentence before its subject ("这时，他说"): an opening phrase. */
  static final int SUBJECT_LEAD_MAX = 4;
  /**
   * A segmenter name that no recognizer confirmed counts from this many occurrences outside
   * quotes (one-off "names" are mostly mis-segmented words: "仰靠", "件衫").
   */
  static final int MIN_NAME_OCCURRENCES = 2;
  /** A segmenter name this long (surname and given name, "张卫东") counts at its first occurrence. */
  static final int FULL_NAME_LENGTH = 3;

  private static final String SENTENCE_ENDS = "。！？!?…";

  /** Speech verbs of narration ("说", "问", "喊道"), matched inside the narration text. */
  private final java.util.Set<String> verbs = java.util.Set.copyOf(Resources.lines("quote", "zh", "dialogue-verbs.txt"));
  /** Common surnames, one character each: a one-off segmenter name is a full name when it opens with one. */
  private final String surnames = String.join("", Resources.lines("quote", "zh", "surnames.txt"));
  /** Gender signalled by the last character of a given name or a kinship word ("霞", "嫂"). */
  private final Map<Character, Character> genderByEnding = genders();

  /** A person named or referred to by a pronoun in the narration. */
  private record Ref(int start, int end, String text, String key, char gender, boolean pronoun) {}

  /** A paragraph: its span and the indexes of the direct quotes that start inside it. */
  private record Para(int start, int end, List<Integer> quotes) {}

  /** How a turn's speaker was found, strongest first. */
  private enum Evidence { OWN, REPORTED, BEAT_AFTER, BEAT_BEFORE, NONE }

  /**
   * Returns the quotes with the speakers of dialogue turns filled in.
   *
   * @param own for each quote, whether its speaker comes from a cue of its own sentence
   */
  List<Quote> attribute(String text, List<Quote> quotes, List<Boolean> own, List<QuoteMarks.Passage> passages,
      List<Token> tokens, List<Mention> mentions) {
    Run r = new Run(text, passages, tokens, mentions);
    return r.attribute(quotes, own);
  }

  private static Map<Character, Character> genders() {
    Map<Character, Character> out = new HashMap<>();
    for (String line : Resources.lines("quote", "zh", "gender.txt")) {
      String[] f = line.split("\t");
      if (f.length == 2 && !f[0].isEmpty() && !f[1].isEmpty()) {
        for (char c : f[0].toCharArray()) {
          out.put(c, f[1].charAt(0));
        }
      }
    }
    return Map.copyOf(out);
  }

  /** One article's attribution. */
  private final class Run {
    final String text;
    final boolean[] quoted;
    final List<Ref> refs = new ArrayList<>();
    final List<Para> paras = new ArrayList<>();
    final List<Token> tokens;

    Run(String text, List<QuoteMarks.Passage> passages, List<Token> tokens, List<Mention> mentions) {
      this.text = text;
      this.tokens = tokens.stream().sorted(Comparator.comparing(Token::span)).toList();
      quoted = new boolean[text.length() + 1];
      for (QuoteMarks.Passage p : passages) {
        for (int i = p.open(); i < Math.min(p.end(), text.length()); i++) {
          quoted[i] = true;
        }
      }
      int s = 0;
      for (int i = 0; i <= text.length(); i++) {
        if (i == text.length() || text.charAt(i) == '\n') {
          if (!text.substring(s, i).isBlank()) {
            paras.add(new Para(s, i, new ArrayList<>()));
          }
          s = i + 1;
        }
      }
      findRefs(tokens, mentions);
    }

    /** Names from the recognizer and the segmenter, found again wherever they recur, and 他/她. */
    void findRefs(List<Token> tokens, List<Mention> mentions) {
      Map<String, String> keys = new HashMap<>();
      java.util.Set<String> things = new java.util.HashSet<>();
      for (Mention m : mentions) {
        if (m.type() == EntityType.PERSON && !m.role() && m.text().length() >= 2) {
          keys.putIfAbsent(m.text(), m.key() == null ? m.text() : m.key());
        } else if (m.type() != EntityType.PERSON) {
          things.add(m.text()); // "金家湾" is a place, whatever the segmenter says
        }
      }
      // the segmenter's names, and names it left in bound single characters ("秀/ag 莲/ng"),
      // count when they recur: a name of a dialogue is written again and again
      Map<String, Integer> seen = new HashMap<>();
      java.util.Set<String> fullNames = new java.util.HashSet<>();
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        if (quoted[t.span().start()]) {
          continue;
        }
        if (t.tag().startsWith("nr") && t.text().length() >= 2) {
          seen.merge(t.text(), 1, Integer::sum);
          if (t.text().length() >= FULL_NAME_LENGTH) {
            fullNames.add(t.text());
          }
        } else if (k + 1 < tokens.size() && boundPair(t, tokens.get(k + 1))) {
          seen.merge(t.text() + tokens.get(k + 1).text(), 1, Integer::sum);
        }
      }
      for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(seen).entrySet()) {
        String n = e.getKey();
        boolean fullName = n.length() >= FULL_NAME_LENGTH && fullNames.contains(n) && surnames.indexOf(n.charAt(0)) >= 0;
        boolean extended = seen.getOrDefault(n.substring(0, n.length() - 1), 0) >= MIN_NAME_OCCURRENCES
            || keys.containsKey(n.substring(0, n.length() - 1));
        if ((fullName || e.getValue() >= MIN_NAME_OCCURRENCES) && !extended && !things.contains(n)) {
          keys.putIfAbsent(n, n); // "少安才" is the name 少安 and the next word's first character
        }
      }
      // a full name gives its given name ("孙少平" -> "少平"), both one person
      for (String n : new java.util.TreeSet<>(keys.keySet())) {
        if (n.length() == 3) {
          keys.put(n.substring(1), keys.get(n));
        }
      }
      Map<Character, List<String>> byFirst = new HashMap<>();
      for (String n : keys.keySet()) {
        byFirst.computeIfAbsent(n.charAt(0), c -> new ArrayList<>()).add(n);
      }
      for (List<String> l : byFirst.values()) {
        l.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
      }
      Map<String, Character> genderOf = new HashMap<>();
      for (String key : keys.values()) {
        genderOf.put(key, gender(key));
      }
      int i = 0;
      while (i < text.length()) {
        if (quoted[i]) {
          i++;
          continue;
        }
        String hit = null;
        for (String n : byFirst.getOrDefault(text.charAt(i), List.of())) {
          if (text.startsWith(n, i) && !quoted[i + n.length() - 1]) {
            hit = n;
            break;
          }
        }
        if (hit != null) {
          String key = keys.get(hit);
          refs.add(new Ref(i, i + hit.length(), hit, key, genderOf.getOrDefault(key, '\0'), false));
          i += hit.length();
          continue;
        }
        i++;
      }
      for (Token t : tokens) {
        if ((t.text().equals("他") || t.text().equals("她")) && !quoted[t.span().start()]) {
          refs.add(new Ref(t.span().start(), t.span().end(), t.text(), null, t.text().equals("她") ? 'f' : 'm', true));
        }
      }
      refs.sort(Comparator.comparingInt(Ref::start));
      for (int k = 0; k < refs.size(); k++) {
        Ref p = refs.get(k);
        if (p.pronoun()) {
          refs.set(k, new Ref(p.start(), p.end(), p.text(), antecedent(k), p.gender(), true));
        }
      }
    }

    /** Two adjacent single Han characters, one of them a bound morpheme (tag ending in g). */
    boolean boundPair(Token a, Token b) {
      return a.text().length() == 1 && b.text().length() == 1 && a.span().end() == b.span().start()
          && Character.isIdeographic(a.text().charAt(0)) && Character.isIdeographic(b.text().charAt(0))
          && (a.tag().endsWith("g") || b.tag().endsWith("g")) && !a.tag().startsWith("u") && !b.tag().startsWith("u")
          && !a.tag().startsWith("p") && !b.tag().startsWith("p") && !a.tag().startsWith("r") && !b.tag().startsWith("r");
    }

    char gender(String name) {
      Character g = genderByEnding.get(name.charAt(name.length() - 1));
      return g == null ? '\0' : g;
    }

    /** The key of the person a pronoun stands for: the last one named of its gender, else of no known gender. */
    String antecedent(int k) {
      Ref p = refs.get(k);
      int limit = paraStart(p.start(), PRONOUN_REACH_PARAGRAPHS);
      String unknown = null;
      for (int j = k - 1; j >= 0 && refs.get(j).start() >= limit; j--) {
        Ref n = refs.get(j);
        if (n.pronoun()) {
          if (n.gender() == p.gender() && n.key() != null) {
            return n.key(); // "她 ... 她": the same person as before
          }
          continue;
        }
        if (n.gender() == p.gender()) {
          return n.key();
        }
        if (n.gender() == '\0' && unknown == null) {
          unknown = n.key();
        }
      }
      int ceiling = paras.get(Math.min(paras.size() - 1, paraIndex(p.start()) + PRONOUN_REACH_PARAGRAPHS)).end();
      for (int j = k + 1; j < refs.size() && refs.get(j).start() < ceiling; j++) {
        Ref n = refs.get(j);
        if (!n.pronoun() && n.gender() == p.gender()) {
          return n.key(); // "她" before the woman is named
        }
      }
      return unknown;
    }

    /** The start of the paragraph {@code back} paragraphs before the one holding {@code pos}. */
    int paraStart(int pos, int back) {
      int pi = paraIndex(pos);
      return paras.isEmpty() ? 0 : paras.get(Math.max(0, pi - back)).start();
    }

    int paraIndex(int pos) {
      int lo = 0;
      int hi = paras.size() - 1;
      int best = 0;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (paras.get(mid).start() <= pos) {
          best = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return best;
    }

    List<Quote> attribute(List<Quote> quotes, List<Boolean> own) {
      for (int q = 0; q < quotes.size(); q++) {
        if (quotes.get(q).kind() == Quote.Kind.DIRECT) {
          paras.get(paraIndex(quotes.get(q).span().start())).quotes().add(q);
        }
      }
      List<Integer> turns = new ArrayList<>();
      for (int pi = 0; pi < paras.size(); pi++) {
        if (!paras.get(pi).quotes().isEmpty()) {
          turns.add(pi);
        }
      }
      int n = turns.size();
      Speaker[] speaker = new Speaker[n];
      Evidence[] evidence = new Evidence[n];
      boolean[] usedAfter = new boolean[paras.size()];
      boolean[] usedBefore = new boolean[paras.size()];
      for (int t = 0; t < n; t++) {
        int pi = turns.get(t);
        evidence[t] = Evidence.NONE;
        for (int q : paras.get(pi).quotes()) {
          if (own.get(q) && quotes.get(q).speaker() != null && quotes.get(q).speaker().key() != null) {
            speaker[t] = byGender(quotes.get(q).speaker());
            evidence[t] = Evidence.OWN;
            break;
          }
        }
        if (speaker[t] != null) {
          continue;
        }
        Para p = paras.get(pi);
        Ref inside = reportedInside(p, quotes);
        if (inside != null) {
          speaker[t] = speakerOf(inside);
          evidence[t] = Evidence.REPORTED;
          continue;
        }
        if (!bare(p)) {
          continue; // a quote inside narration is no turn of a dialogue
        }
        Para before = pi > 0 && paras.get(pi - 1).quotes().isEmpty() ? paras.get(pi - 1) : null;
        Para after = pi + 1 < paras.size() && paras.get(pi + 1).quotes().isEmpty() ? paras.get(pi + 1) : null;
        if (before != null && endsWithColon(before)) {
          Ref s = subject(lastSentence(before), before.end(), false);
          if (s == null && pi > 1 && paras.get(pi - 2).quotes().isEmpty()) {
            // "只好为难地说：" has no subject of its own: the one of the sentence before speaks
            Para earlier = paras.get(pi - 2);
            s = subject(lastSentence(earlier), earlier.end(), true);
          }
          if (s != null) {
            speaker[t] = speakerOf(s);
            evidence[t] = Evidence.REPORTED;
            usedBefore[pi - 1] = true;
            continue;
          }
        }
        if (after != null && !endsWithColon(after)) {
          int e = sentenceEnd(after.start(), after.end());
          boolean verb = hasVerb(after.start(), e);
          Ref s = subject(after.start(), e, !verb);
          if (s != null) {
            speaker[t] = speakerOf(s);
            evidence[t] = verb ? Evidence.REPORTED : Evidence.BEAT_AFTER;
            usedAfter[pi + 1] = true;
            continue;
          }
        }
        if (before != null) {
          Ref s = subject(lastSentence(before), before.end(), true);
          if (s != null) {
            speaker[t] = speakerOf(s);
            evidence[t] = Evidence.BEAT_BEFORE;
          }
        }
      }
      alternate(turns, speaker, evidence, usedAfter, usedBefore);
      List<Quote> out = new ArrayList<>(quotes);
      for (int t = 0; t < n; t++) {
        if (speaker[t] == null) {
          continue;
        }
        for (int q : paras.get(turns.get(t)).quotes()) {
          Quote old = quotes.get(q);
          Speaker sp = own.get(q) && old.speaker() != null ? byGender(old.speaker()) : speaker[t];
          out.set(q, new Quote(old.span(), old.text(), old.kind(), old.cue(), sp, old.parts()));
        }
      }
      return out;
    }

    /**
     * Turns in a row are one exchange; a turn without a reported speaker takes the speaker of the
     * nearest reported turn, or the other party when an odd number of turns lies between them.
     */
    void alternate(List<Integer> turns, Speaker[] speaker, Evidence[] evidence, boolean[] usedAfter,
        boolean[] usedBefore) {
      int n = turns.size();
      int from = 0;
      while (from < n) {
        int to = from + 1;
        while (to < n && linked(turns.get(to - 1), turns.get(to), usedAfter, usedBefore)) {
          to++;
        }
        if (to - from > 1) {
          exchange(turns, speaker, evidence, from, to);
        }
        from = to;
      }
    }

    boolean linked(int a, int b, boolean[] usedAfter, boolean[] usedBefore) {
      if (b - a == 1) {
        return true;
      }
      return b - a == 2 && (usedAfter[a + 1] || usedBefore[a + 1]);
    }

    void exchange(List<Integer> turns, Speaker[] speaker, Evidence[] evidence, int from, int to) {
      Speaker[] fixed = new Speaker[to - from];
      for (int t = from; t < to; t++) {
        boolean anchor = evidence[t] == Evidence.OWN || evidence[t] == Evidence.REPORTED
            || evidence[t] == Evidence.BEAT_AFTER;
        fixed[t - from] = anchor && speaker[t].key() != null ? speaker[t] : null;
      }
      for (int t = from; t < to; t++) {
        if (fixed[t - from] != null || !bare(paras.get(turns.get(t)))) {
          continue;
        }
        int best = -1;
        for (int d = 1; d < to - from && best < 0; d++) {
          if (t - d >= from && fixed[t - d - from] != null) {
            best = t - d;
          } else if (t + d < to && fixed[t + d - from] != null) {
            best = t + d;
          }
        }
        if (best < 0) {
          continue;
        }
        Speaker a = fixed[best - from];
        if (Math.abs(t - best) % 2 == 0) {
          speaker[t] = implied(a);
        } else {
          Speaker other = otherParty(turns, fixed, from, to, best, a.key());
          if (other != null) {
            speaker[t] = implied(other);
          }
        }
      }
    }

    /** The other party of an exchange: another turn's speaker, else the person last named before it. */
    Speaker otherParty(List<Integer> turns, Speaker[] fixed, int from, int to, int anchor, String key) {
      for (int d = 1; d < to - from; d++) {
        for (int t : new int[] {anchor - d, anchor + d}) {
          if (t >= from && t < to && fixed[t - from] != null && !key.equals(fixed[t - from].key())) {
            return fixed[t - from];
          }
        }
      }
      int start = paras.get(turns.get(from)).start();
      int floor = paraStart(start, PRONOUN_REACH_PARAGRAPHS);
      for (int j = firstRefFrom(start) - 1; j >= 0 && refs.get(j).start() >= floor; j--) {
        Ref r = refs.get(j);
        if (r.key() != null && !r.key().equals(key)) {
          return new Speaker(r.text(), r.key(), null);
        }
      }
      int end = paras.get(turns.get(to - 1)).end();
      int ceiling = paras.get(Math.min(paras.size() - 1, paraIndex(end) + PRONOUN_REACH_PARAGRAPHS)).end();
      for (int j = firstRefFrom(end); j < refs.size() && refs.get(j).start() < ceiling; j++) {
        Ref r = refs.get(j);
        if (r.key() != null && !r.key().equals(key)) {
          return new Speaker(r.text(), r.key(), null);
        }
      }
      return null;
    }

    /** The index of the first reference starting at or after {@code pos}. */
    int firstRefFrom(int pos) {
      int lo = 0;
      int hi = refs.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (refs.get(mid).start() < pos) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** A cue's pronoun speaker resolved here by gender ("她说。" after a quote). */
    Speaker byGender(Speaker s) {
      if (s.span() == null) {
        return s;
      }
      int k = firstRefFrom(s.span().start());
      if (k < refs.size() && refs.get(k).pronoun() && refs.get(k).start() == s.span().start()
          && refs.get(k).key() != null) {
        return new Speaker(s.name(), refs.get(k).key(), s.span());
      }
      return s;
    }

    Speaker implied(Speaker s) {
      return new Speaker(s.name(), s.key(), null);
    }

    Speaker speakerOf(Ref r) {
      return new Speaker(r.text(), r.key(), new Span(r.start(), r.end()));
    }

    /** The subject of narration in the paragraph that announces ("...说：") or reports ("...她问") its quote. */
    Ref reportedInside(Para p, List<Quote> quotes) {
      int i = p.start();
      while (i < p.end()) {
        if (quoted[i]) {
          i++;
          continue;
        }
        int j = i;
        while (j < p.end() && !quoted[j]) {
          j++;
        }
        String seg = text.substring(i, j).strip();
        if (!seg.isEmpty() && (hasVerb(i, j) || seg.endsWith("：") || seg.endsWith(":"))) {
          Ref s = subject(sentenceStartBefore(j, i), j, false);
          if (s != null) {
            return s;
          }
        }
        i = j;
      }
      return null;
    }

    /**
     * The first person referred to in the sentence from {@code start}; with {@code opening}, only
     * one standing at its start (the subject of an action next to a quote).
     */
    Ref subject(int start, int end, boolean opening) {
      for (int k = firstRefFrom(start); k < refs.size(); k++) {
        Ref r = refs.get(k);
        if (r.end() > end) {
          return null;
        }
        if (opening && r.start() - start > SUBJECT_LEAD_MAX) {
          return null;
        }
        return r.key() == null ? null : r;
      }
      return null;
    }

    /** Whether a speech verb stands as a word of its own between the two positions. */
    boolean hasVerb(int start, int end) {
      int lo = 0;
      int hi = tokens.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tokens.get(mid).span().start() < start) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int k = lo; k < tokens.size() && tokens.get(k).span().end() <= end; k++) {
        if (!quoted[tokens.get(k).span().start()] && verbs.contains(tokens.get(k).text())) {
          return true;
        }
      }
      return false;
    }

    /** Whether the paragraph is all quote: nothing but punctuation outside its quotes. */
    boolean bare(Para p) {
      for (int i = p.start(); i < p.end(); i++) {
        if (!quoted[i] && Character.isLetterOrDigit(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    boolean endsWithColon(Para p) {
      String s = text.substring(p.start(), p.end()).strip();
      return s.endsWith("：") || s.endsWith(":");
    }

    int sentenceEnd(int start, int end) {
      for (int i = start; i < end; i++) {
        if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
          return i + 1;
        }
      }
      return end;
    }

    int lastSentence(Para p) {
      int e = p.end();
      while (e > p.start() && (Character.isWhitespace(text.charAt(e - 1))
          || SENTENCE_ENDS.indexOf(text.charAt(e - 1)) >= 0 || text.charAt(e - 1) == '：')) {
        e--;
      }
      return sentenceStartBefore(e, p.start());
    }

    int sentenceStartBefore(int pos, int floor) {
      int i = pos - 1;
      while (i >= floor && SENTENCE_ENDS.indexOf(text.charAt(i)) < 0) {
        i--;
      }
      int s = i + 1;
      while (s < pos && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      return s;
    }
  }
}
