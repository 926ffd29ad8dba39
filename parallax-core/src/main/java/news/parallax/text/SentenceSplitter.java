package news.parallax.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import news.parallax.internal.Resources;
import news.parallax.model.Span;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The one sentence splitter of every stage: OpenNLP's UD model proposes English boundaries,
 * ICU's sentence rules those of other alphabetic languages, and Chinese ends a sentence at
 * 。！？ (with closing quotes); then one rule for all of them drops a boundary after an
 * abbreviation ({@code text/<lang>/abbreviations.txt}: "Sen.", "Gov.", "Jan.", "Mt."), an
 * initial ("Vladimir V. Putin"), a dotted form ("a.m.", "U.S.") or, in languages that write
 * ordinals with a period ("am 3. Oktober"), a day number, unless the next word is a
 * capitalised function word of the language ("... at 5 p.m. The police said ..."); a dateline
 * ("TAUNTON, Mass. (AP) —") stays with its sentence.
 *
 * <pre>{@code
 * SentenceSplitter.standard().split("Sen. Jim DeMint resigned. He left.", "en"); // 2 spans
 * }</pre>
 */
public final class SentenceSplitter {
  private static volatile SentenceSplitter instance;

  /**
   * A dateline standing alone: a place in capitals and its region ending with a period
   * ("TAUNTON, Mass."), which opens the sentence that follows it.
   */
  private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
      "\\p{Lu}{2,}[\\p{Lu} .'-]*, [\\p{L} .]{1,20}\\.");

  private final SentenceModel enModel;
  private final ThreadLocal<SentenceDetectorME> enDetector;
  private final Map<String, Set<String>> abbreviations = new ConcurrentHashMap<>();
  private final Set<String> ordinalDot;

  private SentenceSplitter() {
    try (InputStream in = SentenceSplitter.class.getClassLoader()
        .getResourceAsStream("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
      if (in == null) {
        throw new IllegalStateException("the OpenNLP sentence model is not on the class path");
      }
      enModel = new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP sentence model", e);
    }
    enDetector = ThreadLocal.withInitial(() -> new SentenceDetectorME(enModel));
    ordinalDot = Set.copyOf(Resources.lines("news/parallax/text/ordinal-dot-languages.txt"));
  }

  /** The splitter, loading the English model on first use. */
  public static SentenceSplitter standard() {
    if (instance == null) {
      synchronized (SentenceSplitter.class) {
        if (instance == null) {
          instance = new SentenceSplitter();
        }
      }
    }
    return instance;
  }

  /** The sentences of a paragraph in a language, as trimmed spans of the paragraph. */
  public List<Span> split(String para, String lang) {
    List<Span> raw = new ArrayList<>();
    if (lang.equals("zh")) {
      chinese(para, raw);
    } else if (lang.equals("en")) {
      for (opennlp.tools.util.Span s : enDetector.get().sentPosDetect(para)) {
        addTrimmed(raw, para, s.getStart(), s.getEnd());
      }
    } else {
      BreakIterator it = BreakIterator.getSentenceInstance(new ULocale(lang));
      it.setText(para);
      int start = it.first();
      for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
        addTrimmed(raw, para, start, end);
      }
    }
    if (raw.isEmpty() && !para.isBlank()) {
      addTrimmed(raw, para, 0, para.length());
    }
    if (lang.equals("zh") || raw.size() < 2) {
      return raw;
    }
    List<Span> out = new ArrayList<>(raw.size());
    Span open = raw.get(0);
    for (int i = 1; i < raw.size(); i++) {
      Span next = raw.get(i);
      if (continues(para, open.end(), next.start(), lang)
          || DATELINE.matcher(para.substring(open.start(), open.end())).matches()) {
        open = new Span(open.start(), next.end());
      } else {
        out.add(open);
        open = next;
      }
    }
    out.add(open);
    return out;
  }

  /**
   * Whether the text before {@code end} (a sentence as proposed) goes on in the text from
   * {@code next}: it ends with a period after an abbreviation, an initial, a dotted form or an
   * ordinal, and the next word is not a capitalised function word; or the next sentence starts
   * in lower case.
   */
  boolean continues(String text, int end, int next, String lang) {
    if (next >= text.length() || end <= 0) {
      return false;
    }
    char first = text.charAt(next);
    if (Character.isLowerCase(first)) {
      return true;
    }
    if (text.charAt(end - 1) != '.') {
      return false;
    }
    int start = end - 1;
    while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1))
        || text.charAt(start - 1) == '.')) {
      start--;
    }
    String word = text.substring(start, end - 1);
    if (word.isEmpty() || !keepsPeriod(word, lang)) {
      return false;
    }
    if (word.length() == 1 && !afterCapitalisedWord(text, start)
        && !abbreviations(lang).contains(word.toLowerCase(Locale.ROOT))) {
      return false; // "marked with a large X. Police arrived": a letter, not an initial
    }
    return !startsWithFunctionWord(text, next, lang);
  }

  /** Whether the word before {@code at} starts with a capital ("Vladimir V.", "Angelo L."). */
  private static boolean afterCapitalisedWord(String text, int at) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    int end = i + 1;
    while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.')) {
      i--;
    }
    return end > i + 1 && Character.isUpperCase(text.charAt(i + 1));
  }

  private boolean keepsPeriod(String word, String lang) {
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial
    }
    if (word.indexOf('.') > 0 && word.chars().allMatch(c -> c == '.' || Character.isLetter(c))) {
      return true; // a dotted form: "U.S", "a.m", "z.B"
    }
    if (word.length() <= 2 && word.chars().allMatch(Character::isDigit)) {
      return ordinalDot.contains(lang);
    }
    return abbreviations(lang).contains(word.toLowerCase(Locale.ROOT))
        || (!lang.equals("en") && abbreviations("en").contains(word.toLowerCase(Locale.ROOT))
        && Character.isUpperCase(word.charAt(0)));
  }

  private static boolean startsWithFunctionWord(String text, int at, String lang) {
    int i = at;
    while (i < text.length() && !Character.isLetter(text.charAt(i)) && i - at < 3) {
      i++;
    }
    int end = i;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    if (end == i || !Character.isUpperCase(text.charAt(i))) {
      return false;
    }
    String w = text.substring(i, end).toLowerCase(Locale.ROOT);
    return Stopwords.contains(lang, w) || (!lang.equals("en") && lang.length() == 2
        && Stopwords.of(lang).isEmpty() && Stopwords.contains("en", w));
  }

  private Set<String> abbreviations(String lang) {
    return abbreviations.computeIfAbsent(lang,
        l -> Set.copyOf(Resources.lines("text", l, "abbreviations.txt")));
  }

  private static void chinese(String para, List<Span> spans) {
    int start = 0;
    for (int i = 0; i < para.length(); i++) {
      char c = para.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') {
        int end = i + 1;
        while (end < para.length() && "”」』\"）)".indexOf(para.charAt(end)) >= 0) {
          end++;
        }
        addTrimmed(spans, para, start, end);
        start = end;
        i = end - 1;
      }
    }
    addTrimmed(spans, para, start, para.length());
  }

  private static void addTrimmed(List<Span> spans, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      spans.add(new Span(start, end));
    }
  }
}
