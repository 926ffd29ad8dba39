package news.parallax.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.parallax.Analysis;
import news.parallax.model.AnalyzedArticle;

/** Numbers a run's articles [1], [2] ... in input order, for the human-readable reports. */
final class Citations {
  private final Map<String, Integer> number = new HashMap<>();
  private final Analysis run;

  Citations(Analysis run) {
    this.run = run;
    int n = 1;
    for (AnalyzedArticle a : run.articles()) {
      number.put(a.id(), n++);
    }
  }

  String cite(List<String> ids) {
    StringBuilder b = new StringBuilder();
    for (String id : ids) {
      b.append('[').append(number.getOrDefault(id, 0)).append(']');
    }
    return b.toString();
  }

  /** "1 article", "5 articles". */
  static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /**
   * One line per shared text of a story: which article repeats which paragraphs of which, or
   * is a syndicated copy of it.
   */
  List<String> sharedText(news.parallax.model.StoryView s) {
    return sharedText(s, java.util.function.UnaryOperator.identity());
  }

  /** As {@link #sharedText(news.parallax.model.StoryView)}, with the outlets' names passed through {@code escape}. */
  List<String> sharedText(news.parallax.model.StoryView s, java.util.function.UnaryOperator<String> escape) {
    List<String> out = new java.util.ArrayList<>();
    for (news.parallax.model.DuplicateGroup d : s.duplicates()) {
      if (d.wholeDocument()) {
        for (String copy : d.copies()) {
          out.add(escape.apply(outlet(copy)) + " " + cite(List.of(copy)) + " carries the same article as "
              + escape.apply(outlet(d.original())) + " " + cite(List.of(d.original())));
        }
        continue;
      }
      for (String copy : d.copies()) {
        List<Integer> paragraphs = d.paragraphs().stream().filter(p -> p.article().equals(copy))
            .map(p -> p.paragraph() + 1).toList();
        out.add(escape.apply(outlet(copy)) + " " + cite(List.of(copy)) + " repeats "
            + count(paragraphs.size(), "paragraph", "paragraphs") + " of " + escape.apply(outlet(d.original())) + " "
            + cite(List.of(d.original())) + " (" + (paragraphs.size() == 1 ? "paragraph " : "paragraphs ")
            + paragraphs.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ")");
      }
    }
    return out;
  }

  /**
   * The claims of a comparison as the reports list them: an article that states a value twice
   * in the same words is listed once, at its first statement; other claims keep their order. The
   * JSON report keeps every statement, with its span.
   */
  static List<news.parallax.model.Comparison.Cited> distinctClaims(news.parallax.model.Comparison c) {
    java.util.Set<List<String>> seen = new java.util.HashSet<>();
    List<news.parallax.model.Comparison.Cited> out = new java.util.ArrayList<>();
    for (news.parallax.model.Comparison.Cited cl : c.claims()) {
      if (seen.add(List.of(cl.article(), cl.claim().text(), cl.claim().normalized()))) {
        out.add(cl);
      }
    }
    return out;
  }

  int number(String id) {
    return number.getOrDefault(id, 0);
  }

  /** "Outlet: Title" of an article, or its source when it has neither. */
  String label(String id) {
    AnalyzedArticle a = run.article(id);
    if (a == null) {
      return id;
    }
    String outlet = a.article().outlet() != null ? a.article().outlet() : a.article().agency();
    String title = a.article().title();
    if (outlet == null && title == null) {
      return a.article().source();
    }
    return (outlet == null ? "" : outlet + ": ") + (title == null ? a.article().source() : title);
  }

  String outlet(String id) {
    AnalyzedArticle a = run.article(id);
    return a == null ? id : a.article().sourceLabel();
  }
}
