package news.parallax.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.parallax.internal.Resources;
import news.parallax.internal.Texts;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.BriefSentence;
import news.parallax.model.Comparison;
import news.parallax.model.QuoteGroup;
import news.parallax.model.Sentence;
import news.parallax.text.Stopwords;

/**
 * An extractive brief in three parts:
 *
 * <ol>
 *   <li>up to {@link #LEAD_SENTENCES} lead sentences: among the first sentences of each article
 *       in the story's main language, those whose words most articles share; each cites every
 *       article with a sentence sharing at least {@link #SUPPORT} of its content words;
 *   <li>the quotes carried by the most outlets (up to {@link #QUOTES});
 *   <li>one sentence for each fact on which the outlets differ.
 * </ol>
 *
 * Template sentences come from {@code brief/<lang>/templates.txt}.
 */
final class ExtractiveBriefWriter implements BriefWriter {
  static final int LEAD_SENTENCES = 3;
  static final int LEAD_WINDOW = 3;
  static final int QUOTES = 2;
  static final double SUPPORT = 0.5;
  /** Lead sentences shorter than this are captions or fragments; longer ones read badly. */
  static final int MIN_LEAD_WORDS = 12;
  static final int MAX_LEAD_WORDS = 60;

  private final Map<String, String> templates = new HashMap<>();

  ExtractiveBriefWriter() {
    for (String l : Resources.lines("brief", "en", "templates.txt")) {
      String[] f = l.split("\t", 2);
      templates.put(f[0], f[1]);
    }
  }

  @Override
  public List<BriefSentence> write(List<AnalyzedArticle> articles, List<QuoteGroup> quotes,
      List<Comparison> comparisons) {
    List<BriefSentence> out = new ArrayList<>(lead(articles));
    int q = 0;
    for (QuoteGroup g : quotes) {
      if (q == QUOTES || g.kind() != news.parallax.model.Quote.Kind.DIRECT) {
        continue;
      }
      if (g.articles().size() < 2 && articles.size() > 1) {
        continue;
      }
      String t = templates.get(g.entity() != null ? "quote" : "quote-unresolved")
          .replace("{speaker}", g.speaker().isEmpty() ? "A speaker" : g.speaker())
          .replace("{text}", g.text());
      out.add(new BriefSentence(t, g.articles()));
      q++;
    }
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    for (Comparison c : comparisons) {
      if (c.verdict() == Comparison.Verdict.AGREE) {
        continue;
      }
      List<String> values = new ArrayList<>();
      Set<String> cited = new LinkedHashSet<>();
      for (Comparison.Cited cl : c.claims()) {
        AnalyzedArticle a = byId.get(cl.article());
        String outlet = a.article().sourceLabel();
        String v = templates.get("value").replace("{text}", cl.claim().text()).replace("{outlet}", outlet);
        if (!values.contains(v)) {
          values.add(v);
        }
        cited.add(cl.article());
      }
      String name = c.verdict() == Comparison.Verdict.DIFFER ? "differ" : "compatible";
      if (cited.size() > 1) {
        out.add(new BriefSentence(templates.get(name).replace("{label}", c.label())
            .replace("{values}", String.join("; ", values)), List.copyOf(cited)));
      }
      for (String id : c.inconsistent()) {
        AnalyzedArticle a = byId.get(id);
        String outlet = a.article().sourceLabel();
        List<String> own = new ArrayList<>();
        for (Comparison.Cited cl : c.claims()) {
          if (cl.article().equals(id) && !own.contains(cl.claim().text())) {
            own.add(cl.claim().text());
          }
        }
        out.add(new BriefSentence(templates.get("inconsistent").replace("{outlet}", outlet)
            .replace("{label}", c.label()).replace("{values}", String.join("” and “", own)),
            List.of(id)));
      }
    }
    return out;
  }

  private List<BriefSentence> lead(List<AnalyzedArticle> articles) {
    Map<String, Integer> langs = new HashMap<>();
    articles.forEach(a -> langs.merge(a.language(), 1, Integer::sum));
    String main = langs.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey, (x, y) -> y.compareTo(x)))
        .map(Map.Entry::getKey).orElse("en");
    List<List<Set<String>>> words = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      List<Set<String>> ws = new ArrayList<>();
      for (Sentence s : a.sentences()) {
        ws.add(contentWords(s, a.language()));
      }
      words.add(ws);
    }
    record Candidate(String text, double score, List<String> cites, Set<String> words) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      AnalyzedArticle a = articles.get(i);
      if (!a.language().equals(main)) {
        continue;
      }
      List<Sentence> ss = a.sentences();
      for (int k = 0; k < Math.min(LEAD_WINDOW, ss.size()); k++) {
        Set<String> w = words.get(i).get(k);
        String text = ss.get(k).span().of(a.article().text());
        if (!isStatement(text, w)) {
          continue;
        }
        List<String> cites = new ArrayList<>();
        for (int j = 0; j < articles.size(); j++) {
          for (Set<String> other : words.get(j)) {
            if (overlap(w, other) >= SUPPORT) {
              cites.add(articles.get(j).id());
              break;
            }
          }
        }
        double score = cites.size() + centrality(w, words) - k * 0.1;
        candidates.add(new Candidate(text, score, cites, w));
      }
    }
    candidates.sort((x, y) -> x.score() != y.score() ? Double.compare(y.score(), x.score()) : x.text().compareTo(y.text()));
    List<BriefSentence> out = new ArrayList<>();
    List<Set<String>> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      if (out.size() == LEAD_SENTENCES) {
        break;
      }
      if (chosen.stream().anyMatch(w -> overlap(c.words(), w) > 0.4)) {
        continue;
      }
      chosen.add(c.words());
      out.add(new BriefSentence(c.text(), c.cites()));
    }
    return out;
  }

  /**
   * Whether a sentence can stand in a brief: {@link #MIN_LEAD_WORDS} to {@link #MAX_LEAD_WORDS}
   * words, ending like a sentence (not a caption or a headline), with no unbalanced quote.
   */
  private static boolean isStatement(String text, Set<String> contentWords) {
    int words = Texts.wordLength(text);
    if (contentWords.size() < 5 || words < MIN_LEAD_WORDS || words > MAX_LEAD_WORDS) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    if (".。!！”\"".indexOf(last) < 0) {
      return false;
    }
    long open = text.chars().filter(c -> c == '“').count();
    long close = text.chars().filter(c -> c == '”').count();
    return open == close;
  }

  /** The share of articles containing each of the sentence's words, averaged. */
  private static double centrality(Set<String> w, List<List<Set<String>>> words) {
    double total = 0;
    for (String x : w) {
      int n = 0;
      for (List<Set<String>> art : words) {
        for (Set<String> s : art) {
          if (s.contains(x)) {
            n++;
            break;
          }
        }
      }
      total += n / (double) words.size();
    }
    return w.isEmpty() ? 0 : total / w.size();
  }

  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty()) {
      return 0;
    }
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    return inter.size() / (double) a.size();
  }

  private static Set<String> contentWords(Sentence s, String lang) {
    Set<String> out = new HashSet<>();
    s.tokens().forEach(t -> {
      String n = t.norm().toLowerCase(Locale.ROOT);
      if (n.length() > 2 && Character.isLetterOrDigit(n.charAt(0)) && !Stopwords.contains(lang, n)) {
        out.add(n);
      }
    });
    return out;
  }
}
