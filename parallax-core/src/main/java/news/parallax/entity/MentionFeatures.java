package news.parallax.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.parallax.internal.Texts;
import news.parallax.model.EntityType;
import news.parallax.model.Mention;
import news.parallax.model.Sentence;
import news.parallax.model.Token;
import news.parallax.text.NameGazetteer;

/**
 * The features of a resolved Latin-script mention that a {@link MentionModel} weighs: what the
 * rules found (kind, type, evidence, title words), the words and tags around it, and how the
 * article uses its key (how often, how early). Chinese mentions get no features; the model
 * leaves them as the rules typed them.
 */
final class MentionFeatures {
  private MentionFeatures() {}

  /** One featured mention for each resolved candidate, in the same order. */
  static List<MentionModel.Featured> of(List<RuleEntityRecognizer.Resolved> resolved, List<Sentence> sentences) {
    Map<String, Integer> count = new HashMap<>();
    Map<String, Integer> firstSentence = new HashMap<>();
    for (RuleEntityRecognizer.Resolved r : resolved) {
      String key = r.mention().key();
      if (key != null) {
        count.merge(key, 1, Integer::sum);
        firstSentence.merge(key, r.candidate().sentence(), Math::min);
      }
    }
    Map<EntityType, Integer> mostOfType = new HashMap<>();
    for (RuleEntityRecognizer.Resolved r : resolved) {
      Mention m = r.mention();
      if (m.key() != null && !m.role()) {
        mostOfType.merge(m.type(), count.get(m.key()), Math::max);
      }
    }
    List<MentionModel.Featured> out = new ArrayList<>(resolved.size());
    for (RuleEntityRecognizer.Resolved r : resolved) {
      Mention m = r.mention();
      if (Texts.hanCount(m.text()) > 0) {
        out.add(new MentionModel.Featured(m, List.of()));
        continue;
      }
      out.add(new MentionModel.Featured(m, features(r, sentences, count, firstSentence, mostOfType)));
    }
    return out;
  }

  private static List<String> features(RuleEntityRecognizer.Resolved r, List<Sentence> sentences,
      Map<String, Integer> count, Map<String, Integer> firstSentence, Map<EntityType, Integer> mostOfType) {
    Candidate c = r.candidate();
    Mention m = r.mention();
    List<String> f = new ArrayList<>(32);
    String kind = c.kind().name();
    String type = m.type().name();
    f.add("bias");
    f.add("kind=" + kind);
    f.add("type=" + type);
    f.add("kind-type=" + kind + "-" + type);
    f.add("sentence-type=" + c.type().name());
    f.add("strong=" + c.strong() + "-" + kind);
    f.add("resolved=" + (m.key() != null) + "-" + kind);
    if (c.plural()) {
      f.add("plural-" + kind);
    }
    if (c.definite()) {
      f.add("definite-" + kind);
    }
    if (c.actor()) {
      f.add("actor");
    }
    if (c.team()) {
      f.add("team");
    }
    String[] words = m.text().split(" ");
    f.add("words=" + Math.min(words.length, 4) + "-" + kind);
    f.add("sentence=" + bucket(c.sentence()));
    if (m.key() != null) {
      int n = count.get(m.key());
      f.add("count=" + bucket(n) + "-" + kind);
      f.add("first=" + bucket(firstSentence.get(m.key())) + "-" + kind);
      if (!m.role() && n == mostOfType.getOrDefault(m.type(), 0)) {
        f.add("most-of-type=" + type);
      }
    }
    if (m.role()) {
      f.add("head=" + lower(c.head()));
      f.add("first-word=" + lower(words[0]));
      if (words.length <= 2) {
        f.add("text=" + lower(m.text()));
      }
      for (String a : c.attributes()) {
        f.add("modifier=" + a);
      }
    } else {
      String last = words[words.length - 1];
      f.add("last=" + lower(last));
      f.add("suffix=" + suffix(lower(last)));
      f.add("shape=" + shape(m.text()));
      NameGazetteer.Known known = NameGazetteer.get().latin(m.key() == null ? m.text() : m.key());
      f.add("gazetteer=" + (known == null ? "none" : known.type().name()));
      f.add("title=" + !c.attributes().isEmpty());
      for (String a : c.attributes()) {
        f.add("title=" + a);
      }
    }
    List<Token> tokens = sentences.get(c.sentence()).tokens();
    int at = tokenAt(tokens, c.span().start());
    int after = tokenAt(tokens, c.span().end());
    if (after < tokens.size() && tokens.get(after).span().start() < c.span().end()) {
      after++;
    }
    if (at < 0) {
      return f;
    }
    f.add("prev=" + word(tokens, at - 1));
    f.add("prev-tag=" + tag(tokens, at - 1));
    f.add("prev2=" + word(tokens, at - 2));
    f.add("next=" + word(tokens, after));
    f.add("next-tag=" + tag(tokens, after));
    f.add("prev-next-tag=" + tag(tokens, at - 1) + "-" + tag(tokens, after));
    return f;
  }

  /** The index of the first token that ends after {@code offset}, or the token count. */
  private static int tokenAt(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().end() > offset) {
        return i;
      }
    }
    return tokens.size();
  }

  private static String word(List<Token> tokens, int i) {
    return i < 0 ? "<s>" : i >= tokens.size() ? "</s>" : lower(tokens.get(i).text());
  }

  private static String tag(List<Token> tokens, int i) {
    return i < 0 ? "<s>" : i >= tokens.size() ? "</s>" : tokens.get(i).tag();
  }

  private static String bucket(int n) {
    return n <= 2 ? String.valueOf(n) : n <= 4 ? "3-4" : n <= 8 ? "5-8" : "9+";
  }

  private static String suffix(String w) {
    return w.length() <= 3 ? w : w.substring(w.length() - 3);
  }

  /** Upper, lower and other letters as X, x and "." with runs folded ("J.D. Vance" → "X.X. Xx"). */
  private static String shape(String s) {
    StringBuilder b = new StringBuilder();
    char prev = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      char k = Character.isUpperCase(ch) ? 'X' : Character.isLetter(ch) ? 'x' : Character.isDigit(ch) ? 'd' : ch;
      if (k != prev || k == ' ') {
        b.append(k);
      }
      prev = k;
    }
    return b.toString();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
