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
 * Marks the words of one outlet's wording of a quote that the other wordings do not carry.
 * Against wordings in the same language, every word is compared; against wordings in other
 * languages only what survives translation is: numbers, and names of the story's entities (a
 * name is carried when the other wording has any alias of the same entity, in any script).
 */
final class QuoteWording {
  private QuoteWording() {}

  static List<StoryPageView.Word> marked(int index, List<QuoteGroup.Variant> variants, StoryEntry e,
      List<Set<String>> entityNames) {
    QuoteGroup.Variant self = variants.get(index);
    String lang = language(e, self);
    Set<String> peerWords = new HashSet<>();
    List<String> others = new ArrayList<>();
    boolean samePeer = false;
    for (int i = 0; i < variants.size(); i++) {
      if (i == index) {
        continue;
      }
      QuoteGroup.Variant v = variants.get(i);
      others.add(v.text().toLowerCase(Locale.ROOT));
      if (language(e, v).equals(lang)) {
        samePeer = true;
        peerWords.addAll(Words.norms(v.text()));
      }
    }
    String lower = self.text().toLowerCase(Locale.ROOT);
    boolean[] nameMissing = new boolean[lower.length()];
    boolean[] name = new boolean[lower.length()];
    for (Set<String> names : entityNames) {
      boolean carried = others.stream().anyMatch(o -> names.stream().anyMatch(o::contains));
      for (String n : names) {
        if (n.isBlank()) {
          continue;
        }
        for (int at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + 1)) {
          for (int k = at; k < at + n.length() && k < name.length; k++) {
            name[k] = true;
            nameMissing[k] |= !carried;
          }
        }
      }
    }
    List<StoryPageView.Word> out = new ArrayList<>();
    for (Words.Piece p : Words.split(self.text())) {
      boolean mark = false;
      if (p.word() && !others.isEmpty()) {
        if (name[p.start()]) {
          mark = nameMissing[p.start()];
        } else if (samePeer) {
          mark = !peerWords.contains(p.norm());
        } else if (p.text().chars().allMatch(Character::isDigit)) {
          mark = others.stream().noneMatch(o -> o.contains(p.text()));
        }
      }
      out.add(new StoryPageView.Word(p.text(), mark));
    }
    return out;
  }

  private static String language(StoryEntry e, QuoteGroup.Variant v) {
    AnalyzedArticle a = e.article(v.article());
    return a == null ? "und" : a.language();
  }
}
