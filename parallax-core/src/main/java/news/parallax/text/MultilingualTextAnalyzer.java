package news.parallax.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.parallax.internal.Lazy;
import news.parallax.lang.LanguageIdentifier;
import news.parallax.lang.LanguageProfile;
import news.parallax.model.Article;
import news.parallax.model.Sentence;
import news.parallax.model.Span;
import news.parallax.model.Token;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Sentences and tokens per language: sentences from {@link SentenceSplitter}; tokens from
 * OpenNLP's UD models for English, HanLP (with name, place and organisation recognition) for
 * Chinese, ICU break iterators for every other language.
 * Models load once per process, when the first text of their language turns up; the OpenNLP and
 * HanLP objects, which are not thread-safe, are kept per thread.
 */
final class MultilingualTextAnalyzer implements TextAnalyzer {
  private static volatile MultilingualTextAnalyzer instance;

  private final LatinTokenizer enTokenizer;
  private final Lazy<POSModel> enPos;
  private final ThreadLocal<POSTaggerME> enTagger;
  private final ThreadLocal<Segment> zhSegment;

  /** Nothing loads here: each language's models load when its first text turns up. */
  private MultilingualTextAnalyzer() {
    enTokenizer = new LatinTokenizer("en");
    enPos = Lazy.of(() -> {
      POSModel pos = load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
      // a beam of one gave the same tags as the default of three on all ECB+ tokens, at 2.3x speed;
      // GreedySequence picks what that beam picks without its sorting and queues
      // (the beam size stays in the manifest: the tagger sizes its context cache by it)
      return new POSModel("en", new GreedySequence((MaxentModel) pos.getArtifact("pos.model")),
          Map.of(BeamSearch.BEAM_SIZE_PARAMETER, "1"), pos.getFactory());
    });
    enTagger = ThreadLocal.withInitial(() -> new POSTaggerME(enPos.get()));
    zhSegment = ThreadLocal.withInitial(() -> {
      ChineseNames.teach();
      return HanLP.newSegment()
          .enableOffset(true)
          .enableNameRecognize(true)
          .enableTranslatedNameRecognize(true)
          .enablePlaceRecognize(true)
          .enableOrganizationRecognize(true);
    });
  }

  static MultilingualTextAnalyzer instance() {
    if (instance == null) {
      synchronized (MultilingualTextAnalyzer.class) {
        if (instance == null) {
          instance = new MultilingualTextAnalyzer();
        }
      }
    }
    return instance;
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = MultilingualTextAnalyzer.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + resource, e);
    }
  }

  @Override
  public List<Sentence> analyze(Article article) {
    List<Sentence> out = new ArrayList<>();
    int offset = 0;
    List<String> paragraphs = article.paragraphs();
    LanguageProfile profile = LanguageIdentifier.standard().profile(paragraphs);
    for (int p = 0; p < paragraphs.size(); p++) {
      String para = paragraphs.get(p);
      String lang = paragraphLanguage(article.language(), profile.paragraphs().get(p));
      for (Span s : SentenceSplitter.standard().split(para, lang)) {
        Span abs = new Span(offset + s.start(), offset + s.end());
        out.add(new Sentence(abs, p, tokens(para.substring(s.start(), s.end()), abs.start(), lang)));
      }
      offset += para.length() + 2;
    }
    return out;
  }

  /**
   * The language a paragraph is segmented in: its own when identified, else the article's;
   * Han script is always segmented as Chinese, and a Latin paragraph in a Chinese article as
   * English when nothing better is known.
   */
  private static String paragraphLanguage(String articleLang, LanguageProfile.Paragraph p) {
    if (p.script().equals("Hans") || p.script().equals("Hant")) {
      return "zh";
    }
    String lang = p.guessed() || p.language().equals(LanguageIdentifier.UNDETERMINED) ? articleLang : p.language();
    return lang.equals("zh") || lang.equals(LanguageIdentifier.UNDETERMINED) ? "en" : lang;
  }

  private List<Token> tokens(String sentence, int base, String lang) {
    List<Token> out = new ArrayList<>();
    if (lang.equals("en")) {
      // the tagger learnt straight apostrophes: "Russia’s" is tagged like "Russia's"
      List<Span> spans = enTokenizer.tokenize(sentence);
      String[] words = new String[spans.size()];
      String[] forms = new String[spans.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = spans.get(i).of(sentence);
        forms[i] = words[i].replace('’', '\'');
      }
      String[] tags = enTagger.get().tag(forms);
      for (int i = 0; i < words.length; i++) {
        out.add(new Token(new Span(base + spans.get(i).start(), base + spans.get(i).end()), words[i],
            norm(words[i], lang), tags[i]));
      }
    } else if (lang.equals("zh")) {
      String simplified = HanLP.convertToSimplifiedChinese(sentence);
      String segmented = simplified.length() == sentence.length() ? simplified : sentence;
      for (Term term : ChineseNames.merge(zhSegment.get().seg(segmented))) {
        if (term.word.isBlank()) {
          continue;
        }
        int start = term.offset;
        String surface = sentence.substring(start, start + term.word.length());
        out.add(new Token(new Span(base + start, base + start + term.word.length()), surface,
            norm(term.word, lang), term.nature == null ? "" : term.nature.toString()));
      }
    } else {
      BreakIterator it = BreakIterator.getWordInstance(new ULocale(lang));
      it.setText(sentence);
      int start = it.first();
      for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
        String text = sentence.substring(start, end);
        if (!text.isBlank()) {
          out.add(new Token(new Span(base + start, base + end), text, norm(text, lang), ""));
        }
      }
    }
    return out;
  }

  /** The matching form of a token: lower case; simplified characters for Chinese. */
  static String norm(String token, String lang) {
    if (lang.equals("zh")) {
      return HanLP.convertToSimplifiedChinese(token);
    }
    return token.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
