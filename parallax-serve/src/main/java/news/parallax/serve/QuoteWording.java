package news.parallax.serve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.QuoteGroup;
import news.parallax.serve.StoryData.StoryEntry;

/**
 * Marks the words of each outlet's wording of a quote that the other wordings do not carry.
 * Against wordings in the same language, every word is compared; against wordings in other
 * languages only what survives translation is: numbers, and names of the story's entities (a
 * name is carried when the other wording has any alias of the same entity, in any script).
 * Each entity's names are looked for once in each wording, so a group of v wordings costs
 * v times the names, not v squared.
 */
final class QuoteWording {
  private QuoteWording() {}

  /** The words of every wording of the group, in order, each marked when it differs. */
  static List<List<StoryPageView.Word>> marked(List<QuoteGroup.Variant> variants, StoryEntry e,
      List<Set<String>> entityNames) {
    int n = variants.size();
    String[] lower = new String[n];
    String[] lang = new String[n];
    List<List<Words.Piece>> pieces = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      lower[i] = variants.get(i).text().toLowerCase(Locale.ROOT);
      lang[i] = language(e, variants.get(i));
      pieces.add(Words.split(variants.get(i).text()));
    }
    boolean[][] name = new boolean[n][];
    boolean[][] nameMissing = new boolean[n][];
    for (int i = 0; i < n; i++) {
      name[i] = new boolean[lower[i].length()];
      nameMissing[i] = new boolean[lower[i].length()];
    }
    for (Set<String> names : entityNames) {
      boolean[] has = new boolean[n];
      int holders = 0;
      for (int i = 0; i < n; i++) {
        for (String nm : names) {
          if (!nm.isBlank() && lower[i].contains(nm)) {
            has[i] = true;
            holders++;
            break;
          }
        }
      }
      for (int i = 0; i < n; i++) {
        if (!has[i]) {
          continue;
        }
        boolean carried = holders > 1;
        for (String nm : names) {
          if (nm.isBlank()) {
            continue;
          }
          for (int at = lower[i].indexOf(nm); at >= 0; at = lower[i].indexOf(nm, at + 1)) {
            for (int k = at; k < at + nm.length() && k < name[i].length; k++) {
              name[i][k] = true;
              nameMissing[i][k] |= !carried;
            }
          }
        }
      }
    }
    List<List<StoryPageView.Word>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Set<String> peerWords = new HashSet<>();
      boolean samePeer = false;
      for (int j = 0; j < n; j++) {
        if (j != i && lang[j].equals(lang[i])) {
          samePeer = true;
          for (Words.Piece p : pieces.get(j)) {
            if (p.word()) {
              peerWords.add(p.norm());
            }
          }
        }
      }
      List<StoryPageView.Word> words = new ArrayList<>();
      for (Words.Piece p : pieces.get(i)) {
        boolean mark = false;
        if (p.word() && n > 1) {
          if (name[i][p.start()]) {
            mark = nameMissing[i][p.start()];
          } else if (samePeer) {
            mark = !peerWords.contains(p.norm());
          } else if (p.text().chars().allMatch(Character::isDigit)) {
            int self = i;
            mark = java.util.stream.IntStream.range(0, n)
                .noneMatch(j -> j != self && lower[j].contains(p.text()));
          }
        }
        words.add(new StoryPageView.Word(p.text(), mark));
      }
      out.add(words);
    }
    return out;
  }

  private static String language(StoryEntry e, QuoteGroup.Variant v) {
    AnalyzedArticle a = e.article(v.article());
    return a == null ? "und" : a.language();
  }
}
