package news.parallax.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.BriefSentence;
import news.parallax.model.Comparison;
import news.parallax.model.DuplicateGroup;
import news.parallax.model.Entity;
import news.parallax.model.QuoteGroup;
import news.parallax.model.Span;
import news.parallax.model.StoryView;
import news.parallax.serve.StoryData.StoryEntry;

/**
 * What the story page shows, worked out from a story and its articles: citations with their
 * source sentences, the comparison table, each outlet's wording of each quote with the
 * differing words marked, coverage, shared text, timeline and entities.
 */
record StoryPageView(
    String id,
    String title,
    String lang,
    int size,
    List<String> languages,
    List<String> outlets,
    List<Source> sources,
    List<BriefLine> brief,
    List<String> columns,
    List<DiffRow> differences,
    List<QuoteView> quotes,
    List<Bar> coverageByOutlet,
    List<Bar> coverageByLanguage,
    List<SharedLine> shared,
    List<TimelineEntry> timeline,
    List<EntityView> entities) {

  /** A numbered source of the story. */
  record Source(int n, String article, String outlet, String title, String lang, String url,
      String published) {
    String href() {
      return "/articles/" + article;
    }
  }

  /** A citation [n] of a brief sentence: where it links and the sentence it shows on hover. */
  record Cite(int n, String href, String sentence, String lang, String outlet) {}

  /** A sentence of the brief and its citations. */
  record BriefLine(String text, List<Cite> cites) {}

  /** One attribute of the comparison table: its verdict, and per column the values stated. */
  record DiffRow(String label, String verdict, List<List<Value>> cells) {}

  /** A value as written, its normal form, and where it was read. */
  record Value(String text, String normalized, String href, String sentence, String lang, int n) {}

  /** A quote with each outlet's wording. */
  record QuoteView(String speaker, String kind, List<VariantView> variants) {}

  /** One outlet's wording, as words marked when no other outlet's wording carries them. */
  record VariantView(int n, String outlet, String lang, String href, List<Word> words) {}

  /** A word or the text between words; {@code marked} when it differs from the other wordings. */
  record Word(String text, boolean marked) {}

  /** A bar of the coverage chart: a name, a count, and its width class (w1 to w10). */
  record Bar(String name, int count, String width, List<String> detail) {}

  /** A sentence on shared or wire text, with the citations of the two articles. */
  record SharedLine(String copy, int copyN, String original, int originalN, String what) {}

  /**
   * An event of the story's timeline: an article published, joining the story, or changed.
   *
   * @param what the event in words ("published", "joined the story", "changed: revision 2")
   */
  record TimelineEntry(String time, String kind, String what, int n, String outlet, String title,
      String lang, String href) {}

  /** An entity with its aliases by language. */
  record EntityView(String name, String type, List<Alias> aliases, int articles, List<String> evidence) {}

  /** A name of an entity in one language. */
  record Alias(String lang, String text) {}

  static StoryPageView of(StoryEntry entry) {
    StoryView v = entry.view();
    Map<String, Integer> number = new HashMap<>();
    List<Source> sources = new ArrayList<>();
    for (AnalyzedArticle a : entry.articles()) {
      number.put(a.id(), sources.size() + 1);
      Article art = a.article();
      sources.add(new Source(sources.size() + 1, a.id(), art.sourceLabel(), art.title(), lang(a),
          Links.safeUrl(art.url()), art.published()));
    }
    String lang = entry.articles().isEmpty() ? "und" : lang(entry.articles().get(0));
    return new StoryPageView(v.id(), v.title(), lang, entry.articles().size(), v.languages(),
        v.outlets(), sources, brief(entry, number), columns(entry), differences(entry, number),
        quotes(entry, number), outletBars(entry), languageBars(entry), shared(entry, number),
        timeline(entry, number), entities(v));
  }

  private static String lang(AnalyzedArticle a) {
    return a.language() == null || a.language().isBlank() ? "und" : a.language();
  }

  private static List<BriefLine> brief(StoryEntry e, Map<String, Integer> number) {
    List<BriefLine> out = new ArrayList<>();
    SourceSentences finder = new SourceSentences(e.view());
    for (BriefSentence b : e.view().brief()) {
      List<Cite> cites = new ArrayList<>();
      for (String id : b.articles()) {
        AnalyzedArticle a = e.article(id);
        if (a == null) {
          continue;
        }
        Span s = finder.find(b.text(), a);
        String sentence = s == null ? a.article().title() : s.of(a.article().text());
        String href = "/articles/" + id + (s == null ? "" : "#s" + s.start());
        cites.add(new Cite(number.get(id), href, sentence, lang(a), a.article().sourceLabel()));
      }
      out.add(new BriefLine(b.text(), cites));
    }
    return out;
  }

  /** The comparison table's columns: the sources that state a compared value, in story order. */
  private static List<String> columns(StoryEntry e) {
    Set<String> cols = new java.util.LinkedHashSet<>();
    Set<String> stating = new HashSet<>();
    for (Comparison c : e.view().comparisons()) {
      c.claims().forEach(cl -> stating.add(cl.article()));
    }
    for (AnalyzedArticle a : e.articles()) {
      if (stating.contains(a.id())) {
        cols.add(a.article().sourceLabel());
      }
    }
    return List.copyOf(cols);
  }

  private static List<DiffRow> differences(StoryEntry e, Map<String, Integer> number) {
    List<String> cols = columns(e);
    List<DiffRow> rows = new ArrayList<>();
    for (Comparison c : e.view().comparisons()) {
      List<List<Value>> cells = new ArrayList<>();
      cols.forEach(col -> cells.add(new ArrayList<>()));
      Set<List<String>> seen = new HashSet<>();
      for (Comparison.Cited cl : c.claims()) {
        AnalyzedArticle a = e.article(cl.article());
        if (a == null || !seen.add(List.of(cl.article(), cl.claim().text(), cl.claim().normalized()))) {
          continue;
        }
        int col = cols.indexOf(a.article().sourceLabel());
        String sentence = cl.claim().sentence().of(a.article().text());
        cells.get(col).add(new Value(cl.claim().text(), cl.claim().normalized(),
            "/articles/" + a.id() + "#c" + cl.claim().span().start(), sentence, lang(a),
            number.get(a.id())));
      }
      rows.add(new DiffRow(c.label(), c.verdict().label(), cells));
    }
    return rows;
  }

  private static List<QuoteView> quotes(StoryEntry e, Map<String, Integer> number) {
    List<QuoteView> out = new ArrayList<>();
    List<Set<String>> entityNames = new ArrayList<>();
    for (Entity en : e.view().entities()) {
      Set<String> names = new HashSet<>();
      en.aliases().values().forEach(l -> l.forEach(n -> names.add(n.toLowerCase(Locale.ROOT))));
      names.add(en.name().toLowerCase(Locale.ROOT));
      entityNames.add(names);
    }
    for (QuoteGroup g : e.view().quotes()) {
      List<VariantView> variants = new ArrayList<>();
      List<QuoteGroup.Variant> vs = g.variants();
      List<List<Word>> words = QuoteWording.marked(vs, e, entityNames);
      for (int i = 0; i < vs.size(); i++) {
        QuoteGroup.Variant v = vs.get(i);
        AnalyzedArticle a = e.article(v.article());
        if (a == null) {
          continue;
        }
        variants.add(new VariantView(number.get(a.id()), a.article().sourceLabel(), lang(a),
            "/articles/" + a.id() + "#q" + v.span().start(),
            words.get(i)));
      }
      out.add(new QuoteView(g.speaker(), g.kind().label(), variants));
    }
    return out;
  }

  private static List<Bar> outletBars(StoryEntry e) {
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, Set<String>> langs = new HashMap<>();
    for (AnalyzedArticle a : e.articles()) {
      String o = a.article().sourceLabel();
      count.merge(o, 1, Integer::sum);
      langs.computeIfAbsent(o, k -> new java.util.TreeSet<>()).add(lang(a));
    }
    return bars(count, k -> List.copyOf(langs.get(k)));
  }

  private static List<Bar> languageBars(StoryEntry e) {
    Map<String, Integer> count = new TreeMap<>();
    Map<String, Set<String>> outlets = new HashMap<>();
    for (AnalyzedArticle a : e.articles()) {
      count.merge(lang(a), 1, Integer::sum);
      outlets.computeIfAbsent(lang(a), k -> new java.util.TreeSet<>()).add(a.article().sourceLabel());
    }
    return bars(count, k -> List.copyOf(outlets.get(k)));
  }

  private static List<Bar> bars(Map<String, Integer> count,
      java.util.function.Function<String, List<String>> detail) {
    int max = count.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    List<Bar> out = new ArrayList<>();
    count.forEach((k, n) -> out.add(new Bar(k, n, width(n, max), detail.apply(k))));
    out.sort(Comparator.comparingInt(Bar::count).reversed());
    return out;
  }

  /** The CSS width class (w1 to w10, tenths) of a count against the largest. */
  static String width(int n, int max) {
    return "w" + Math.max(1, Math.min(10, Math.round(10f * n / Math.max(1, max))));
  }

  private static List<SharedLine> shared(StoryEntry e, Map<String, Integer> number) {
    List<SharedLine> out = new ArrayList<>();
    for (DuplicateGroup d : e.view().duplicates()) {
      AnalyzedArticle original = e.article(d.original());
      if (original == null) {
        continue;
      }
      for (String copyId : d.copies()) {
        AnalyzedArticle copy = e.article(copyId);
        if (copy == null) {
          continue;
        }
        String what;
        if (d.wholeDocument()) {
          what = "carries the same article as";
        } else {
          List<Integer> ps = d.paragraphs().stream().filter(p -> p.article().equals(copyId))
              .map(p -> p.paragraph() + 1).toList();
          what = "repeats " + ps.size() + (ps.size() == 1 ? " paragraph (" : " paragraphs (")
              + ps.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
              + ") of";
        }
        out.add(new SharedLine(copy.article().sourceLabel(), number.get(copyId),
            original.article().sourceLabel(), number.get(d.original()), what));
      }
    }
    return out;
  }

  private static List<TimelineEntry> timeline(StoryEntry e, Map<String, Integer> number) {
    List<TimelineEntry> out = new ArrayList<>();
    for (Timeline.Event t : Timeline.of(e)) {
      AnalyzedArticle a = e.article(t.article());
      String what = switch (t.kind()) {
        case PUBLISHED -> "published";
        case JOINED -> "joined the story";
        case REVISED -> "changed: revision " + t.revision();
      };
      String href = "/articles/" + a.id() + (t.kind() == Timeline.Kind.REVISED ? "#revisions" : "");
      out.add(new TimelineEntry(t.time(), t.kind().label(), what, number.get(a.id()),
          a.article().sourceLabel(), a.article().title(), lang(a), href));
    }
    return out;
  }

  private static List<EntityView> entities(StoryView v) {
    List<EntityView> out = new ArrayList<>();
    for (Entity e : v.entities()) {
      List<Alias> aliases = new ArrayList<>();
      e.aliases().forEach((lang, names) -> names.forEach(n -> aliases.add(new Alias(lang, n))));
      out.add(new EntityView(e.name(), e.type().label(), aliases, e.articles().size(),
          e.evidence().stream().map(ev -> ev.signal() + (ev.detail() == null ? "" : ": " + ev.detail()))
              .toList()));
    }
    return out;
  }
}
