package news.parallax.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a page title such as "Headline - Site" or "Headline|Site · Section". */
final class Titles {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—|_]\\s+|\\s*[|｜]\\s*|\\s+::\\s+|(?<=\\p{IsHan})_(?=\\p{IsHan})");
  /** A site part longer than this share of the whole title is taken to be part of the headline. */
  static final double MAX_SITE_SHARE = 0.4;

  private Titles() {}

  record Split(String title, String site) {}

  static Split split(String full) {
    Matcher m = SEPARATOR.matcher(full);
    int last = -1;
    int lastEnd = -1;
    while (m.find()) {
      last = m.start();
      lastEnd = m.end();
    }
    if (last <= 0) {
      return new Split(full, null);
    }
    // take the first separator after which the rest is short enough to be a site name
    m.reset();
    while (m.find()) {
      String site = full.substring(m.end()).strip();
      if (!site.isEmpty() && site.length() <= full.length() * MAX_SITE_SHARE && m.start() > 0) {
        return new Split(full.substring(0, m.start()).strip(), siteName(site));
      }
    }
    return new Split(full, null);
  }

  /** "界面新闻 · 天下" names the site 界面新闻: a section after a middle dot is dropped. */
  private static String siteName(String site) {
    int dot = site.indexOf(" · ");
    return dot > 0 ? site.substring(0, dot).strip() : site;
  }
}
