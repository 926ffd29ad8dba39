package news.parallax.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.parallax.entity.EntityRecognizer;
import news.parallax.entity.MentionModel;
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

    Result plus(Result o) {
      return new Result(all.plus(o.all), names.plus(o.names), person.plus(o.person), place.plus(o.place),
          documents + o.documents);
    }

    static Result empty() {
      MentionScore zero = new MentionScore(0, 0, 0);
      return new Result(zero, zero, zero, zero, 0);
    }
  }

  /**
   * Scores with a model fitted on one half of the topics and measured on the other, both ways.
   *
   * @param topics the topic numbers of each half
   * @param heldOut each half scored with the model fitted on the other half
   * @param rules each half scored with the rules alone (no model)
   * @param rulesOnAll the rules alone on all documents (what the recognizer ships)
   * @param fittedOnAll a model fitted on all documents, scored on all of them
   * @param model that model
   */
  public record Halves(List<List<String>> topics, List<Result> heldOut, List<Result> rules, Result rulesOnAll,
      Result fittedOnAll, MentionModel model) {

    /** The mean over the two halves of the held-out F1 of every person and place mention. */
    public double meanHeldOutF1() {
      return (heldOut.get(0).all().f1() + heldOut.get(1).all().f1()) / 2;
    }

    /** The mean over the two halves of the rules' F1 alone. */
    public double meanRulesF1() {
      return (rules.get(0).all().f1() + rules.get(1).all().f1()) / 2;
    }

    /** A report: each half held out, its mean, and the model on all documents. */
    public String report() {
      StringBuilder b = new StringBuilder();
      for (int h = 0; h < 2; h++) {
        b.append(String.format(Locale.ROOT, "half %d, topics %s: fitted on the other half%n", h + 1,
            String.join(" ", topics.get(h))));
        b.append(indent(heldOut.get(h).report()));
        b.append(String.format(Locale.ROOT, "  rules alone: all F1 %.3f, person %.3f, place %.3f%n",
            rules.get(h).all().f1(), rules.get(h).person().f1(), rules.get(h).place().f1()));
      }
      b.append(String.format(Locale.ROOT, "mean of the halves, held out: all F1 %.3f (rules alone %.3f); "
          + "person %.3f, place %.3f, names %.3f%n", meanHeldOutF1(), meanRulesF1(),
          mean(heldOut, r -> r.person().f1()), mean(heldOut, r -> r.place().f1()), mean(heldOut, r -> r.names().f1())));
      b.append("fitted on all documents, scored on all:\n").append(indent(fittedOnAll.report()));
      b.append("rules alone, all documents:\n").append(indent(rulesOnAll.report()));
      return b.toString();
    }

    private static double mean(List<Result> rs, java.util.function.ToDoubleFunction<Result> f) {
      return (f.applyAsDouble(rs.get(0)) + f.applyAsDouble(rs.get(1))) / 2;
    }

    private static String indent(String s) {
      return "  " + s.strip().replace("\n", "\n  ") + "\n";
    }
  }

  /** A document analysed once: its rules' mentions with their features. */
  private record Analyzed(EcbPlusMentions.Document doc, List<MentionModel.Featured> featured) {}

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
    Result r = Result.empty();
    for (EcbPlusMentions.Document d : docs) {
      List<Sentence> sentences = text.analyze(d.article());
      r = r.plus(score(d, recognizer.recognize(d.article(), sentences), details));
    }
    return r;
  }

  /**
   * Analyzes the documents once, then fits a {@link MentionModel} on each half of the topics
   * (topic numbers 1, 5, 9 ... against 3, 7, 11 ...: every other odd topic) and scores it on the
   * other half; also scores the rules alone on each half and on all, and a model fitted on all.
   */
  public Halves halves(List<EcbPlusMentions.Document> docs) {
    List<Analyzed> analyzed = new ArrayList<>();
    for (EcbPlusMentions.Document d : docs) {
      analyzed.add(new Analyzed(d, MentionModel.featured(d.article(), text.analyze(d.article()))));
    }
    List<List<Analyzed>> halves = List.of(new ArrayList<>(), new ArrayList<>());
    List<java.util.TreeSet<Integer>> topics = List.of(new java.util.TreeSet<>(), new java.util.TreeSet<>());
    for (Analyzed a : analyzed) {
      int topic = topic(a.doc().name());
      int h = Math.floorMod(topic / 2, 2);
      halves.get(h).add(a);
      topics.get(h).add(topic);
    }
    List<Result> heldOut = new ArrayList<>();
    List<Result> rules = new ArrayList<>();
    for (int h = 0; h < 2; h++) {
      MentionModel fitted = fit(halves.get(1 - h));
      heldOut.add(score(halves.get(h), fitted));
      rules.add(score(halves.get(h), MentionModel.fit(List.of(), List.of(), List.of())));
    }
    List<List<String>> topicNames = new ArrayList<>();
    for (java.util.TreeSet<Integer> t : topics) {
      topicNames.add(t.stream().map(String::valueOf).toList());
    }
    MentionModel all = fit(analyzed);
    MentionModel none = MentionModel.fit(List.of(), List.of(), List.of());
    return new Halves(topicNames, heldOut, rules, score(analyzed, none), score(analyzed, all), all);
  }

  /** The topic number of an ECB+ file name ("12_3ecbplus.xml" is topic 12), or -1. */
  static int topic(String name) {
    int u = name.indexOf('_');
    try {
      return Integer.parseInt(u < 0 ? name : name.substring(0, u));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Result score(List<Analyzed> docs, MentionModel m) {
    Result r = Result.empty();
    for (Analyzed a : docs) {
      r = r.plus(score(a.doc(), m.apply(a.featured()), line -> {}));
    }
    return r;
  }

  /**
   * Fits a model on the mentions of annotated sentences: each labelled with the type of the gold
   * person or place mention it overlaps most, or none.
   */
  private static MentionModel fit(List<Analyzed> docs) {
    List<MentionModel.Featured> examples = new ArrayList<>();
    List<EntityType> labels = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (Analyzed a : docs) {
      EcbPlusMentions.Document d = a.doc();
      List<Span> paragraphs = paragraphSpans(d.article().paragraphs());
      for (MentionModel.Featured f : a.featured()) {
        if (!d.annotated().contains(paragraphOf(paragraphs, f.mention().span()))) {
          continue;
        }
        EntityType label = null;
        int bestOverlap = 0;
        for (EcbPlusMentions.Gold g : d.gold()) {
          Span s = f.mention().span();
          int overlap = Math.min(s.end(), g.span().end()) - Math.max(s.start(), g.span().start());
          if (overlap > bestOverlap) {
            bestOverlap = overlap;
            label = g.type();
          }
        }
        examples.add(f);
        labels.add(label);
        groups.add(String.valueOf(topic(d.name())));
      }
    }
    return MentionModel.fit(examples, labels, groups);
  }

  private static Result score(EcbPlusMentions.Document d, List<Mention> mentions,
      java.util.function.Consumer<String> details) {
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
    return new Result(score(predicted, gold, null, false), score(predicted, gold, null, true),
        score(predicted, gold, EntityType.PERSON, false), score(predicted, gold, EntityType.PLACE, false), 1);
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
