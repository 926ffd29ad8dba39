package news.parallax.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.Claim;
import news.parallax.model.Evidence;
import news.parallax.model.Mention;
import news.parallax.model.Quote;
import news.parallax.model.Sentence;
import news.parallax.model.Span;
import news.parallax.serve.StoryData.ArticleEntry;
import news.parallax.serve.StoryData.Revision;

/**
 * What the article reader shows: the clean text cut into segments that carry the highlights of
 * entity mentions, quotes and claims (and anchors for links to sentences, claims and quotes),
 * the source's metadata, what extraction dropped, and the revisions with their differences.
 */
record ArticlePageView(
    String id,
    String title,
    String lang,
    String outlet,
    String author,
    String published,
    String url,
    String urlText,
    String story,
    int dropped,
    List<String> evidence,
    int mentions,
    int quotes,
    int claims,
    List<List<Segment>> paragraphs,
    List<RevisionView> revisions) {

  /**
   * A run of text with the same highlights.
   *
   * @param anchors ids of the sentences, claims and quotes starting here ("s120", "c133", "q98")
   * @param css the highlight classes ("m person", "q", "c"), or null
   * @param title what the highlight is (a claim's attribute and value), or null
   */
  record Segment(String text, List<String> anchors, String css, String title) {}

  /** A revision and how its text differs from the one before (the first: from nothing). */
  record RevisionView(int number, String seen, String title, List<TextDiff.Part> diff) {}

  private record Mark(Span span, String css, String title) {}

  static ArticlePageView of(ArticleEntry e) {
    AnalyzedArticle a = e.article();
    Article art = a.article();
    List<Mark> marks = new ArrayList<>();
    TreeMap<Integer, List<String>> anchors = new TreeMap<>();
    for (Sentence s : a.sentences()) {
      anchors.computeIfAbsent(s.span().start(), k -> new ArrayList<>()).add("s" + s.span().start());
    }
    for (Mention m : a.mentions()) {
      marks.add(new Mark(m.span(), "m " + m.type().label(), m.type().label()));
    }
    for (Quote q : a.quotes()) {
      anchors.computeIfAbsent(q.span().start(), k -> new ArrayList<>()).add("q" + q.span().start());
      String who = q.speaker() == null ? "unattributed" : q.speaker().name();
      for (Span p : q.parts()) {
        marks.add(new Mark(p, "q", q.kind().label() + " quote: " + who));
      }
    }
    for (Claim c : a.claims()) {
      anchors.computeIfAbsent(c.span().start(), k -> new ArrayList<>()).add("c" + c.span().start());
      marks.add(new Mark(c.span(), "c", c.label() + ": " + c.normalized()));
    }
    List<String> evidence = art.evidence().stream().map(ArticlePageView::evidence).toList();
    List<RevisionView> revisions = new ArrayList<>();
    List<Revision> rs = e.revisions();
    for (int i = 0; i < rs.size(); i++) {
      String before = i == 0 ? "" : rs.get(i - 1).article().text();
      revisions.add(new RevisionView(rs.get(i).number(), rs.get(i).seen(), rs.get(i).article().title(),
          i == 0 ? List.of(new TextDiff.Part(rs.get(i).article().text(), TextDiff.Kind.SAME))
              : TextDiff.diff(before, rs.get(i).article().text())));
    }
    String lang = a.language() == null || a.language().isBlank() ? "und" : a.language();
    return new ArticlePageView(a.id(), art.title(), lang, art.sourceLabel(), art.author(),
        art.published(), Links.safeUrl(art.url()), art.url(), e.story(), art.dropped(), evidence,
        a.mentions().size(), a.quotes().size(), a.claims().size(),
        segments(art, marks, anchors), revisions);
  }

  private static String evidence(Evidence ev) {
    return ev.field() + " from " + ev.signal() + (ev.detail() == null ? "" : " (" + ev.detail() + ")");
  }

  /** Cuts each paragraph at every mark's start and end, in one sweep over the sorted cuts. */
  private static List<List<Segment>> segments(Article art, List<Mark> marks,
      TreeMap<Integer, List<String>> anchors) {
    TreeMap<Integer, List<Mark>> starts = new TreeMap<>();
    TreeMap<Integer, List<Mark>> ends = new TreeMap<>();
    for (Mark m : marks) {
      starts.computeIfAbsent(m.span().start(), k -> new ArrayList<>()).add(m);
      ends.computeIfAbsent(m.span().end(), k -> new ArrayList<>()).add(m);
    }
    String text = art.text();
    List<List<Segment>> out = new ArrayList<>();
    List<Mark> open = new ArrayList<>();
    int ps = 0;
    for (String para : art.paragraphs()) {
      final int pe = ps + para.length();
      java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
      cuts.add(ps);
      cuts.add(pe);
      cuts.addAll(starts.subMap(ps, true, pe, false).keySet());
      cuts.addAll(ends.subMap(ps, false, pe, false).keySet());
      cuts.addAll(anchors.subMap(ps, true, pe, false).keySet());
      List<Segment> segs = new ArrayList<>();
      Integer x = cuts.first();
      for (Integer y = cuts.higher(x); y != null; x = y, y = cuts.higher(y)) {
        open.removeAll(ends.getOrDefault(x, List.of()));
        open.addAll(starts.getOrDefault(x, List.of()));
        segs.add(segment(text.substring(x, y), anchors.getOrDefault(x, List.of()), open));
      }
      open.removeIf(m -> m.span().end() <= pe);
      out.add(segs);
      ps = pe + 2;
    }
    return out;
  }

  private static Segment segment(String text, List<String> anchors, List<Mark> open) {
    if (open.isEmpty()) {
      return new Segment(text, anchors, null, null);
    }
    java.util.TreeSet<String> css = new java.util.TreeSet<>();
    List<String> titles = new ArrayList<>();
    for (Mark m : open) {
      css.addAll(List.of(m.css().split(" ")));
      if (!titles.contains(m.title())) {
        titles.add(m.title());
      }
    }
    return new Segment(text, anchors, String.join(" ", css), String.join("; ", titles));
  }
}
