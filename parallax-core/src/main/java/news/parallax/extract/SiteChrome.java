package news.parallax.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.parallax.model.Article;

/**
 * Site learning: a paragraph that recurs, word for word, on {@link #MIN_PAGES} or more different
 * pages of one site is that site's chrome (a newsletter prompt, a standing disclaimer, a
 * "follow us" line that got past the page-level rules), and is removed from all of them. Each
 * page is extracted once; this step only compares the extracted paragraphs. A page would lose
 * more than {@link #MAX_SHARE} of its text is left as it is: it is most likely the same article
 * fetched twice, not chrome. The site is the article's outlet, else its URL's host; articles
 * with neither are left as they are.
 */
final class SiteChrome {
  /** A paragraph on this many distinct pages of a site is chrome. */
  static final int MIN_PAGES = 3;
  /** A page never loses more than this share of its characters to site learning. */
  static final double MAX_SHARE = 0.5;
  /** Paragraphs shorter than this (in characters of letters and digits) are never compared. */
  static final int MIN_KEY_CHARS = 12;

  private SiteChrome() {}

  static List<Article> clean(List<Article> articles) {
    return clean(articles, SiteMemory.NONE);
  }

  /** As {@link #clean(List)}, counting too the pages {@code memory} saw before. */
  static List<Article> clean(List<Article> articles, SiteMemory memory) {
    Map<String, Map<String, Set<String>>> pagesByKeyBySite = new HashMap<>();
    for (Article a : articles) {
      SiteParagraphs p = SiteParagraphs.of(a);
      if (p == null) {
        continue;
      }
      Map<String, Set<String>> byKey = pagesByKeyBySite.computeIfAbsent(p.site(), k -> new HashMap<>());
      for (String key : p.keys()) {
        byKey.computeIfAbsent(key, k -> new HashSet<>()).add(p.page());
      }
    }
    if (memory != SiteMemory.NONE) {
      for (Map.Entry<String, Map<String, Set<String>>> site : pagesByKeyBySite.entrySet()) {
        Map<String, Set<String>> seen = memory.pages(site.getKey(), site.getValue().keySet());
        for (Map.Entry<String, Set<String>> e : seen.entrySet()) {
          site.getValue().get(e.getKey()).addAll(e.getValue());
        }
      }
    }
    List<Article> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      String site = site(a);
      Map<String, Set<String>> byKey = site == null ? null : pagesByKeyBySite.get(site);
      if (byKey == null) {
        out.add(a);
        continue;
      }
      List<String> kept = new ArrayList<>();
      int removedChars = 0;
      for (String p : a.paragraphs()) {
        Set<String> pages = byKey.get(squash(p));
        if (pages != null && pages.size() >= MIN_PAGES) {
          removedChars += p.length();
        } else {
          kept.add(p);
        }
      }
      if (removedChars == 0 || kept.isEmpty() || removedChars > MAX_SHARE * a.text().length()) {
        out.add(a);
      } else {
        out.add(new Article(a.id(), a.source(), a.url(), a.outlet(), a.title(), a.author(),
            a.published(), a.language(), kept, a.evidence(),
            a.dropped() + a.paragraphs().size() - kept.size()));
      }
    }
    return out;
  }

  private static String site(Article a) {
    return SiteParagraphs.site(a);
  }

  /** Lower-case letters and digits only: "Breaking Belize News" and "breakingbelizenews" agree. */
  static String squash(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }
}
