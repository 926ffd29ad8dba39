package news.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import news.parallax.eval.EcbPlusMentions;
import news.parallax.model.Span;
import news.parallax.testing.Shared;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The greedy tagger picks exactly the tags of OpenNLP's beam search of size one. */
class GreedySequenceTest {
  private static MaxentModel maxent;
  private static POSContextGenerator context;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = GreedySequenceTest.class.getClassLoader()
        .getResourceAsStream("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
      POSModel pos = new POSModel(in);
      maxent = (MaxentModel) pos.getArtifact("pos.model");
      context = pos.getFactory().getPOSContextGenerator(0);
    }
  }

  @Test
  void sameTagsAsTheBeamOfOneOnEcbPlusParagraphs() throws Exception {
    Path dir = Shared.require("eval/ecbplus/ECB+");
    SequenceValidator<String> any = (i, seq, out, o) -> true;
    int tokens = 0;
    for (EcbPlusMentions.Document d : EcbPlusMentions.read(dir).subList(0, 60)) {
      for (String para : d.article().paragraphs()) {
        String[] words = words(para);
        tokens += words.length;
        assertEquals(beam(words, any), greedy(words, any), para);
      }
    }
    assertTrue(tokens > 5000, "tokens " + tokens);
  }

  @Test
  void sameTagsWhenTheBestTagIsRefused() {
    // refusing the usual tags of nouns and verbs sends most steps to the second-best tag
    SequenceValidator<String> noNounsOrVerbs = (i, seq, out, o) -> !o.equals("NOUN") && !o.equals("VERB")
        && !o.equals("PROPN");
    String[] words = words("The president said on Tuesday that talks in Anchorage would resume, "
        + "and officials expect a deal before winter.");
    List<String> tags = greedy(words, noNounsOrVerbs);
    assertEquals(beam(words, noNounsOrVerbs), tags);
    assertTrue(!tags.contains("NOUN") && !tags.contains("VERB"), tags.toString());
    // nothing valid at all: both give up alike
    SequenceValidator<String> none = (i, seq, out, o) -> false;
    assertEquals(new BeamSearch(1, maxent, 0).bestSequence(words, null, context, none),
        new GreedySequence(maxent).bestSequence(words, null, context, none));
  }

  private static String[] words(String text) {
    List<Span> spans = new LatinTokenizer("en").tokenize(text);
    String[] out = new String[spans.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = spans.get(i).of(text);
    }
    return out;
  }

  private static List<String> beam(String[] words, SequenceValidator<String> validator) {
    return new BeamSearch(1, maxent, 0).bestSequence(words, null, context, validator).getOutcomes();
  }

  private static List<String> greedy(String[] words, SequenceValidator<String> validator) {
    return new GreedySequence(maxent).bestSequence(words, null, context, validator).getOutcomes();
  }
}
