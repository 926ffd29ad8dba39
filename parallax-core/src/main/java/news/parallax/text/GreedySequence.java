package news.parallax.text;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's beam search with a beam of one, without its per-step costs: no sort of every
 * outcome's probability to find the best one, no priority queues, no copy of the sequence so far
 * at each step. It picks, token by token, the outcome {@link BeamSearch} of size one would pick
 * (the first valid outcome of highest probability; when none of highest probability is valid,
 * the first valid outcome of highest score), so the tags are the same; any case it does not
 * follow step by step (a score at or below the beam's floor, no valid outcome) goes to the beam
 * search itself.
 */
final class GreedySequence implements SequenceClassificationModel {
  /** The floor {@link BeamSearch#bestSequence} drops sequences at. */
  private static final double MIN_SCORE = -100000;
  private static final Object[] NO_CONTEXT = new Object[0];

  private final MaxentModel model;

  GreedySequence(MaxentModel model) {
    this.model = model;
  }

  /** The beam search itself (a new one each time: it keeps a buffer, so is not thread-safe). */
  private BeamSearch beam() {
    return new BeamSearch(1, model, 0);
  }

  @Override
  public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    Object[] extra = additionalContext == null ? NO_CONTEXT : additionalContext;
    int n = model.getNumOutcomes();
    double[] probs = new double[n];
    String[] chosen = new String[sequence.length];
    double[] chosenProbs = new double[sequence.length];
    double score = 0;
    for (int i = 0; i < sequence.length; i++) {
      String[] outcomes = java.util.Arrays.copyOf(chosen, i);
      double[] scores = model.eval(cg.getContext(i, sequence, outcomes, extra), probs);
      // the beam keeps the outcomes scoring at least the highest score (NaN sorts last)
      double min = Double.NEGATIVE_INFINITY;
      for (double s : scores) {
        if (Double.isNaN(s)) {
          min = Double.NaN;
          break;
        }
        min = Math.max(min, s);
      }
      int pick = -1;
      for (int p = 0; p < scores.length && pick < 0; p++) {
        if (scores[p] >= min && validator.validSequence(i, sequence, outcomes, model.getOutcome(p))) {
          pick = p;
        }
      }
      if (pick < 0) {
        // no outcome of the best score is valid: the beam takes every valid one, and its queue
        // keeps the first of the best score
        double best = 0;
        for (int p = 0; p < scores.length; p++) {
          if (validator.validSequence(i, sequence, outcomes, model.getOutcome(p))) {
            double s = score + StrictMath.log(scores[p]);
            if (pick < 0 || Double.compare(s, best) > 0) {
              pick = p;
              best = s;
            }
          }
        }
      }
      if (pick < 0) {
        return beam().bestSequence(sequence, additionalContext, cg, validator);
      }
      score += StrictMath.log(scores[pick]);
      if (!(score > MIN_SCORE)) {
        return beam().bestSequence(sequence, additionalContext, cg, validator);
      }
      chosen[i] = model.getOutcome(pick);
      chosenProbs[i] = scores[pick];
    }
    Sequence out = new Sequence();
    for (int i = 0; i < chosen.length; i++) {
      out.add(chosen[i], chosenProbs[i]);
    }
    return out;
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    return beam().bestSequences(numSequences, sequence, additionalContext, minSequenceScore, cg, validator);
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    return beam().bestSequences(numSequences, sequence, additionalContext, cg, validator);
  }

  @Override
  public String[] getOutcomes() {
    return beam().getOutcomes();
  }
}
