package news.parallax.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import news.parallax.internal.Texts;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.BriefSentence;
import news.parallax.model.Comparison;
import news.parallax.model.Quote;
import news.parallax.model.QuoteGroup;
import news.parallax.model.Sentence;
import news.parallax.text.Stopwords;

/**
 * An extractive brief written as a wire editor would, in the story's main language:
 *
 * <ol>
 *   <li>the event: of the outlets' leads (each article's first sentence that can stand in a
 *       brief), the one the other outlets' leads agree with most;
 *   <li>up to {@link #DEVELOPMENTS} further sentences from the articles' first
 *       {@link #LEAD_WINDOW} sentences, those whose words most articles share, none repeating
 *       what the brief said;
 *   <li>the most widely carried direct quote whose speaker is known ({@link #QUOTES});
 *   <li>one sentence for each fact on which the outlets differ, cited to the outlets that give
 *       each value.
 * </ol>
 *
 * A sentence is taken only when it can stand alone ({@link Candidates}): no photo caption,
 * dateline (a dateline opening a lead is cut off), promotion, notice of the page, or word
 * pointing back to something the brief does not say. Each extracted sentence cites every
 * article with a sentence sharing at least {@link #SUPPORT} of its content words. Templates
 * and the phrase lists are data files per language ({@code brief/<lang>/}), English when a
 * language has none.
 */
final class ExtractiveBriefWriter implements BriefWriter {
  /** Sentences of each article read as its lead. */
  static final int LEAD_WINDOW = 3;
  /** Sentences after the event bullet. */
  static final int DEVELOPMENTS = 2;
  /** Direct quotes in the brief. */
  static final int QUOTES = 1;
  /** Share of a sentence's content words another article's sentence must hold to be cited. */
  static final double SUPPORT = 0.5;
  /** A sentence sharing more than this share of its content words with one already taken repeats it. */
  static final double REDUNDANT = 0.4;
  /** Each lead position later than the first costs this much of a development's score. */
  static final double POSITION_COST = 0.1;

  private static final Map<String, Map<String, String>> TEMPLATES = new ConcurrentHashMap<>();

  @Override
  public List<BriefSentence> write(List<AnalyzedArticle> articles, List<QuoteGroup> quotes,
      List<Comparison> comparisons) {
    String main = mainLanguage(articles);
    Map<String, String> templates = templates(main);
    List<List<Set<String>>> words = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      List<Set<String>> ws = new ArrayList<>();
      for (Sentence s : a.sentences()) {
        ws.add(contentWords(s, a.language()));
      }
      words.add(ws);
    }
    List<List<Candidates.Candidate>> leads = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      AnalyzedArticle a = articles.get(i);
      leads.add(a.language().equals(main)
          ? Candidates.of(main).lead(a, words.get(i), LEAD_WINDOW) : List.of());
    }
    List<BriefSentence> out = new ArrayList<>();
    List<Set<String>> chosen = new ArrayList<>();
    List<Set<String>> titles = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      titles.add(a.language().equals(main) ? titleWords(a.article().title(), main) : Set.of());
    }
    Candidates.Candidate event = event(leads, titles);
    if (event != null) {
      out.add(new BriefSentence(event.text(), cites(event.words(), articles, words)));
      chosen.add(event.words());
    }
    out.addAll(developments(leads, articles, words, chosen));
    out.addAll(quotes(quotes, articles.size(), templates));
    out.addAll(differences(articles, comparisons, templates));
    return out;
  }

  /**
   * The event: the lead (first usable sentence) of one article that the story agrees with most.
   * Agreement is the sum, over the other articles, of the best cosine between the lead's
   * content words and those of one of that article's lead sentences, plus the sum, over every
   * article in the main language, of the cosine with its title: outlets state the event in
   * their headlines and first sentences. Ties go to the earlier article.
   */
  static Candidates.Candidate event(List<List<Candidates.Candidate>> leads,
      List<Set<String>> titles) {
    Candidates.Candidate best = null;
    double bestScore = -1;
    for (int i = 0; i < leads.size(); i++) {
      if (leads.get(i).isEmpty()) {
        continue;
      }
      Candidates.Candidate lead = leads.get(i).get(0);
      double score = 0;
      for (int j = 0; j < leads.size(); j++) {
        score += cosine(lead.words(), titles.get(j));
        if (j == i) {
          continue;
        }
        double top = 0;
        for (Candidates.Candidate other : leads.get(j)) {
          top = Math.max(top, cosine(lead.words(), other.words()));
        }
        score += top;
      }
      if (score > bestScore) {
        bestScore = score;
        best = lead;
      }
    }
    return best;
  }

  /** The content words of a title, as {@link #contentWords} gives them for a sentence. */
  static Set<String> titleWords(String title, String lang) {
    Set<String> out = new HashSet<>();
    if (title == null) {
      return out;
    }
    for (String w : TITLE_SPLIT.split(title.toLowerCase(Locale.ROOT).replace('’', '\''))) {
      String n = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
      if (n.length() >= 3 && Texts.hanCount(n) == 0 && !Stopwords.contains(lang, n)) {
        out.add(n);
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern TITLE_SPLIT =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}']+");

  private List<BriefSentence> developments(List<List<Candidates.Candidate>> leads,
      List<AnalyzedArticle> articles, List<List<Set<String>>> words, List<Set<String>> chosen) {
    record Scored(Candidates.Candidate c, double score, List<String> cites) {}
    List<Scored> scored = new ArrayList<>();
    for (List<Candidates.Candidate> l : leads) {
      for (Candidates.Candidate c : l) {
        List<String> cites = cites(c.words(), articles, words);
        scored.add(new Scored(c, cites.size() + centrality(c.words(), words)
            - c.position() * POSITION_COST, cites));
      }
    }
    scored.sort((x, y) -> x.score() != y.score() ? Double.compare(y.score(), x.score())
        : x.c().text().compareTo(y.c().text()));
    List<BriefSentence> out = new ArrayList<>();
    for (Scored s : scored) {
      if (out.size() == DEVELOPMENTS) {
        break;
      }
      if (chosen.stream().anyMatch(w -> overlap(s.c().words(), w) > REDUNDANT)) {
        continue;
      }
      chosen.add(s.c().words());
      out.add(new BriefSentence(s.c().text(), s.cites()));
    }
    return out;
  }

  private static List<BriefSentence> quotes(List<QuoteGroup> quotes, int articles,
      Map<String, String> templates) {
    List<BriefSentence> out = new ArrayList<>();
    for (QuoteGroup g : quotes) {
      if (out.size() == QUOTES) {
        break;
      }
      if (g.kind() != Quote.Kind.DIRECT || g.speaker().isEmpty()
          || (g.articles().size() < 2 && articles > 1)) {
        continue;
      }
      String t = templates.get(g.entity() != null ? "quote" : "quote-unresolved")
          .replace("{speaker}", g.speaker()).replace("{text}", g.text());
      out.add(new BriefSentence(t, g.articles()));
    }
    return out;
  }

  private static List<BriefSentence> differences(List<AnalyzedArticle> articles,
      List<Comparison> comparisons, Map<String, String> templates) {
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<BriefSentence> out = new ArrayList<>();
    for (Comparison c : comparisons) {
      if (c.verdict() == Comparison.Verdict.AGREE) {
        continue;
      }
      List<String> values = new ArrayList<>();
      Set<String> cited = new LinkedHashSet<>();
      for (Comparison.Cited cl : c.claims()) {
        String outlet = byId.get(cl.article()).article().sourceLabel();
        String v = templates.get("value").replace("{text}", cl.claim().text())
            .replace("{outlet}", outlet);
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
        String outlet = byId.get(id).article().sourceLabel();
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

  /** The language most members are in; ties to the alphabetically first. */
  static String mainLanguage(List<AnalyzedArticle> articles) {
    Map<String, Integer> langs = new HashMap<>();
    articles.forEach(a -> langs.merge(a.language(), 1, Integer::sum));
    return langs.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry::getKey, (x, y) -> y.compareTo(x)))
        .map(Map.Entry::getKey).orElse("en");
  }

  /** The templates of a language ({@code brief/<lang>/templates.txt}), else English. */
  static Map<String, String> templates(String lang) {
    return TEMPLATES.computeIfAbsent(lang, l -> {
      List<String> lines = news.parallax.internal.Resources.lines("brief", l, "templates.txt");
      if (lines.isEmpty()) {
        lines = news.parallax.internal.Resources.lines("brief", "en", "templates.txt");
      }
      Map<String, String> out = new HashMap<>();
      for (String line : lines) {
        String[] f = line.split("\t", 2);
        out.put(f[0], f[1]);
      }
      return out;
    });
  }

  /** Every article with a sentence holding at least {@link #SUPPORT} of the words. */
  private static List<String> cites(Set<String> w, List<AnalyzedArticle> articles,
      List<List<Set<String>>> words) {
    List<String> cites = new ArrayList<>();
    for (int j = 0; j < articles.size(); j++) {
      for (Set<String> other : words.get(j)) {
        if (overlap(w, other) >= SUPPORT) {
          cites.add(articles.get(j).id());
          break;
        }
      }
    }
    return cites;
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

  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String x : a) {
      if (b.contains(x)) {
        n++;
      }
    }
    return n / (double) a.size();
  }

  private static double cosine(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String x : a) {
      if (b.contains(x)) {
        n++;
      }
    }
    return n / Math.sqrt((double) a.size() * b.size());
  }

  /** Lower-cased content words: no function words; Chinese words of two characters or more. */
  static Set<String> contentWords(Sentence s, String lang) {
    Set<String> out = new HashSet<>();
    s.tokens().forEach(t -> {
      String n = t.norm().toLowerCase(Locale.ROOT);
      int min = Texts.hanCount(n) > 0 ? 2 : 3;
      if (n.length() >= min && Character.isLetterOrDigit(n.charAt(0))
          && !Stopwords.contains(lang, n)) {
        out.add(n);
      }
    });
    return out;
  }
}
