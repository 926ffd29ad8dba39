package news.parallax.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.parallax.serve.StoryData.StoryPage;
import news.parallax.serve.StoryData.StoryQuery;
import news.parallax.serve.StoryData.StorySummary;

/** What the story list shows: the filters as given, one line a story, the link to the next page. */
record ListPageView(StoryQuery query, String order, List<Item> stories, String nextHref) {

  /** One story of the list with its coverage bar (one segment a language). */
  record Item(String id, String title, String lang, int size, String languages, String outlets,
      String firstSeen, String lastSeen, List<Segment> coverage) {
    String href() {
      return "/stories/" + id;
    }
  }

  /** A language's part of a coverage bar: its width class (w1 to w10) and article count. */
  record Segment(String lang, String width, int count) {}

  static ListPageView of(StoryQuery q, StoryPage page) {
    List<Item> items = new ArrayList<>();
    int max = page.stories().stream().mapToInt(StorySummary::size).max().orElse(1);
    for (StorySummary s : page.stories()) {
      List<Segment> segs = new ArrayList<>();
      for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(s.articlesByLanguage()).entrySet()) {
        segs.add(new Segment(e.getKey(), StoryPageView.width(e.getValue(), max), e.getValue()));
      }
      items.add(new Item(s.id(), s.title(), s.language(), s.size(), String.join(", ", s.languages()),
          String.join(", ", s.outlets()), s.firstSeen(), s.lastSeen(), segs));
    }
    String next = page.next() == null ? null : "/?" + params(q) + "cursor=" + enc(page.next());
    return new ListPageView(q, q.order().name().toLowerCase(java.util.Locale.ROOT), items, next);
  }

  private static String params(StoryQuery q) {
    StringBuilder b = new StringBuilder();
    add(b, "q", q.text());
    add(b, "language", q.language());
    add(b, "outlet", q.outlet());
    add(b, "entity", q.entity());
    add(b, "since", q.since());
    add(b, "until", q.until());
    add(b, "order", q.order().name().toLowerCase(java.util.Locale.ROOT));
    add(b, "limit", Integer.toString(q.limit()));
    return b.toString();
  }

  private static void add(StringBuilder b, String name, String value) {
    if (value != null && !value.isBlank()) {
      b.append(name).append('=').append(enc(value)).append('&');
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A filter's value for a form field ("" when unset). */
  static String value(String s) {
    return s == null ? "" : s;
  }
}
