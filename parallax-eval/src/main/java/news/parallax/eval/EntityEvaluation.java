package news.parallax.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.parallax.entity.EntityRecognizer;
import news.parallax.model.EntityType;
import news.parallax.model.Mention;
import news.parallax.model.Sentence;
import news.parallax.model.Span;
import news.parallax.text.TextAnalyzer;

/**
 * Scores person and place mentions on ECB+ documents. A predicted mention (a name, a
 * description or a pronoun) matches a gold mention of the same type when their spans overlap;
 * each gold mention matches at most one prediction (the one overlapping it most). Only the
 * sentences the annotators worked on (those with any annotation) are scored. Two figures:
 * every mention, and names alone (gold mentions that hold a capitalised word not at the start
 * of their sentence, against predicted names).
 *
 * <pre>{@code
 * EntityEvaluation.Result r = EntityEvaluation.standard().run(EcbPlusMentions.read(dir));
 * }</pre>
 */
public final class EntityEvaluation {
  private final TextAnalyzer text;
  private final EntityRecognizer recognizer;

  private EntityEvaluation(TextAnalyzer text, EntityRecognizer recognizer) {
    this.text = text;
    this.recognizer = recognizer;
  }

  /** The default text analyzer and recognizer. */
  public static EntityEvaluation standard() {
    return new EntityEvaluation(TextAnalyzer.standard(), EntityRecognizer.standard());
  }

  /**
   * The scores of one run.
   *
   * @param all every person and place mention
   * @param names named mentions only
   * @param person person mentions (all kinds)
   * @param place place mentions (all kinds)
   * @param documents how many documents were scored
   */
  public record Result(MentionScore all, MentionScore names, MentionScore person, MentionScore place,
      int documents) {

    /** A short report, one score a line. */
    public String report() {
      return String.format(Locale.ROOT, "documents %d%nall     %s%nnames   %s%nperson  %s%nplace   %s%n",
          documents, all, names, person, place);
    }
  }

  /** Analyzes and scores the documents. */
  public Result run(List<EcbPlusMentions.Document> docs) {
    return run(docs, line -> {});
  }

  /**
   * Analyzes and scores the documents, and reports every prediction and every missed gold
   * mention to {@code details}, one tab-separated line each: {@code TP} (a matched prediction),
   * {@code FP} (a prediction with no gold mention of its type) or {@code FN} (a gold mention no
   * prediction of its type matched); the type; {@code name} or {@code role} for predictions,
   * {@code gold} for gold mentions; the document; the mention; the type and text of an
   * overlapping mention of the other side (for missed ones, a prediction of any type), or
   * {@code -}; and the sentence. The matching is the one the scores use.
   */
  public Result run(List<EcbPlusMentions.Document> docs, java.util.function.Consumer<String> details) {
    MentionScore all = new MentionScore(0, 0, 0);
    MentionScore names = all;
    MentionScore person = all;
    MentionScore place = all;
    for (EcbPlusMentions.Document d : docs) {
      List<Sentence> sentences = text.analyze(d.article());
      List<Mention> mentions = recognizer.recognize(d.article(), sentences);
      String body = d.article().text();
      List<Span> paragraphs = paragraphSpans(d.article().paragraphs());
      List<Scored> predicted = new ArrayList<>();
      List<Scored> any = new ArrayList<>();
      for (Mention m : mentions) {
        any.add(new Scored(m.span(), m.type(), !m.role()));
        if (m.type() != EntityType.PERSON && m.type() != EntityType.PLACE) {
          continue;
        }
        int p = paragraphOf(paragraphs, m.span());
        if (d.annotated().contains(p)) {
          predicted.add(new Scored(m.span(), m.type(), !m.role()));
        }
      }
      List<Scored> gold = new ArrayList<>();
      for (EcbPlusMentions.Gold g : d.gold()) {
        if (d.annotated().contains(g.sentence())) {
          gold.add(new Scored(g.span(), g.type(), named(body, g.span(), paragraphs.get(g.sentence()))));
        }
      }
      report(d.name(), body, paragraphs, predicted, any, gold, details);
      all = all.plus(score(predicted, gold, null, false));
      names = names.plus(score(predicted, gold, null, true));
      person = person.plus(score(predicted, gold, EntityType.PERSON, false));
      place = place.plus(score(predicted, gold, EntityType.PLACE, false));
    }
    return new Result(all, names, person, place, docs.size());
  }

  private record Scored(Span span, EntityType type, boolean named) {}

  private static void report(String doc, String body, List<Span> paragraphs, List<Scored> predicted,
      List<Scored> any, List<Scored> gold, java.util.function.Consumer<String> details) {
    boolean[] usedP = new boolean[predicted.size()];
    boolean[] usedG = new boolean[gold.size()];
    for (EntityType t : new EntityType[] {EntityType.PERSON, EntityType.PLACE}) {
      for (int gi = 0; gi < gold.size(); gi++) {
        Scored gm = gold.get(gi);
        if (gm.type() != t) {
          continue;
        }
        int best = bestMatch(predicted, usedP, gm);
        if (best >= 0) {
          usedP[best] = true;
          usedG[gi] = true;
        }
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      Scored pm = predicted.get(i);
      details.accept(line(usedP[i] ? "TP" : "FP", pm, pm.named() ? "name" : "role", doc, body, paragraphs, gold));
    }
    for (int i = 0; i < gold.size(); i++) {
      if (!usedG[i]) {
        details.accept(line("FN", gold.get(i), "gold", doc, body, paragraphs, any));
      }
    }
  }

  private static String line(String kind, Scored m, String how, String doc, String body, List<Span> paragraphs,
      List<Scored> other) {
    String overlapping = "-";
    for (Scored o : other) {
      if (o.span().overlaps(m.span())) {
        overlapping = o.type() + ":" + o.span().of(body);
        break;
      }
    }
    int p = paragraphOf(paragraphs, m.span());
    String sentence = p < 0 ? "" : paragraphs.get(p).of(body);
    return String.join("\t", kind, m.type().toString(), how, doc, m.span().of(body), overlapping, sentence);
  }

  /** Greedy one-to-one matching by overlap, same type required. */
  private static MentionScore score(List<Scored> predicted, List<Scored> gold, EntityType only, boolean namesOnly) {
    List<Scored> p = predicted.stream().filter(x -> (only == null || x.type() == only) && (!namesOnly || x.named()))
        .toList();
    List<Scored> g = gold.stream().filter(x -> (only == null || x.type() == only) && (!namesOnly || x.named()))
        .toList();
    boolean[] used = new boolean[p.size()];
    int matched = 0;
    for (Scored gm : g) {
      int best = bestMatch(p, used, gm);
      if (best >= 0) {
        used[best] = true;
        matched++;
      }
    }
    return new MentionScore(matched, p.size(), g.size());
  }

  /** The unused prediction of the gold mention's type that overlaps it most, or -1. */
  private static int bestMatch(List<Scored> predicted, boolean[] used, Scored gm) {
    int best = -1;
    int bestOverlap = 0;
    for (int i = 0; i < predicted.size(); i++) {
      Scored pm = predicted.get(i);
      if (used[i] || pm.type() != gm.type() || !pm.span().overlaps(gm.span())) {
        continue;
      }
      int overlap = Math.min(pm.span().end(), gm.span().end()) - Math.max(pm.span().start(), gm.span().start());
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  /** A gold mention is a name when it holds a capitalised word that does not open its sentence. */
  private static boolean named(String body, Span span, Span sentence) {
    String s = span.of(body);
    int i = 0;
    for (String w : s.split(" ")) {
      int at = span.start() + i;
      i += w.length() + 1;
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && at != sentence.start()) {
        return true;
      }
    }
    return false;
  }

  private static List<Span> paragraphSpans(List<String> paragraphs) {
    List<Span> out = new ArrayList<>();
    int offset = 0;
    for (String p : paragraphs) {
      out.add(new Span(offset, offset + p.length()));
      offset += p.length() + 2;
    }
    return out;
  }

  private static int paragraphOf(List<Span> paragraphs, Span s) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).end() >= s.start() && paragraphs.get(i).start() <= s.start()) {
        return i;
      }
    }
    return -1;
  }
}
