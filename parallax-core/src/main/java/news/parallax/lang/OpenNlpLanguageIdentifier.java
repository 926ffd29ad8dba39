package news.parallax.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import news.parallax.internal.Resources;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies languages with OpenNLP's 103-language model. Text that is mostly Han characters is
 * Chinese without asking the model (the model needs longer text to separate Chinese varieties);
 * text with fewer than {@link #MIN_LETTERS} letters is undetermined.
 */
final class OpenNlpLanguageIdentifier implements LanguageIdentifier {
  /** Shorter texts give unreliable answers. */
  static final int MIN_LETTERS = 12;
  /** Only this many characters are given to the model; more adds time, not accuracy. */
  static final int MAX_CHARS = 2000;

  /**
   * Paragraphs with fewer letters take the article's language unless their script differs;
   * calibrated on the seed pages, whose one-line captions and datelines the model misjudges.
   */
  static final int MIN_PARAGRAPH_LETTERS = 60;
  /** Only this much of a paragraph is given to the model, which bounds its cost per paragraph. */
  static final int PARAGRAPH_SAMPLE = 160;
  /**
   * A paragraph whose words are at least this share function words of the text's main language
   * is in that language without asking the model (English prose runs near 0.4, other languages
   * near 0.05); calibrated on the seed pages and the ECB+ texts.
   */
  static final double FUNCTION_WORD_SHARE = 0.2;
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+");
  private final java.util.Map<String, java.util.Set<String>> functionWords = new java.util.concurrent.ConcurrentHashMap<>();

  private static volatile OpenNlpLanguageIdentifier instance;

  private final LanguageDetectorModel model;
  private final ThreadLocal<LanguageDetectorME> detector;
  private final Map<String, String> toIso1;

  private OpenNlpLanguageIdentifier() {
    model = LanguageModelTable.load();
    detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    toIso1 = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        toIso1.putIfAbsent(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
      } catch (RuntimeException e) {
        // no three-letter code for this language
      }
    }
    for (String line : Resources.lines("news/parallax/lang/iso639-3-extra.txt")) {
      String[] f = line.split("\\s+");
      toIso1.put(f[0], f[1]);
    }
  }

  static OpenNlpLanguageIdentifier instance() {
    if (instance == null) {
      synchronized (OpenNlpLanguageIdentifier.class) {
        if (instance == null) {
          instance = new OpenNlpLanguageIdentifier();
        }
      }
    }
    return instance;
  }

  @Override
  public LanguageProfile profile(java.util.List<String> paragraphs) {
    int n = paragraphs.size();
    String[] langs = new String[n];
    String[] scripts = new String[n];
    int[] letters = new int[n];
    java.util.Map<String, Integer> byLang = new java.util.TreeMap<>();
    java.util.Map<String, Integer> byScript = new java.util.TreeMap<>();
    StringBuilder sample = new StringBuilder();
    for (int i = 0; i < n && sample.length() < MAX_CHARS; i++) {
      sample.append(paragraphs.get(i)).append('\n');
    }
    String whole = identify(sample.toString());
    for (int i = 0; i < n; i++) {
      String p = paragraphs.get(i);
      letters[i] = letters(p, PARAGRAPH_SAMPLE * 4);
      scripts[i] = Scripts.of(p.length() > PARAGRAPH_SAMPLE * 4 ? p.substring(0, PARAGRAPH_SAMPLE * 4) : p);
      byScript.merge(scripts[i], letters[i], Integer::sum);
      // 1. the text's language when its function words fill the paragraph; 2. else the model
      if (!whole.equals(UNDETERMINED) && functionWordShare(whole, p) >= FUNCTION_WORD_SHARE) {
        langs[i] = whole;
      } else if (letters[i] >= MIN_PARAGRAPH_LETTERS || isHanScript(scripts[i])) {
        langs[i] = identify(p.length() > PARAGRAPH_SAMPLE ? p.substring(0, PARAGRAPH_SAMPLE) : p);
      }
      if (langs[i] != null && !langs[i].equals(UNDETERMINED)) {
        byLang.merge(langs[i], letters[i], Integer::sum);
      }
    }
    String main = best(byLang, UNDETERMINED);
    String mainScript = best(byScript, "Zyyy");
    java.util.List<LanguageProfile.Paragraph> out = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      boolean guessed = langs[i] == null || langs[i].equals(UNDETERMINED);
      String lang = langs[i];
      if (guessed) {
        lang = !scripts[i].equals(mainScript) && letters[i] > 0 ? identify(paragraphs.get(i)) : main;
        if (lang.equals(UNDETERMINED)) {
          lang = main;
        }
      }
      out.add(new LanguageProfile.Paragraph(lang, scripts[i], guessed));
    }
    return new LanguageProfile(main, mainScript, out);
  }

  /** The share of the paragraph's words that are function words of {@code lang}. */
  private double functionWordShare(String lang, String paragraph) {
    java.util.Set<String> words = functionWords.computeIfAbsent(lang, l -> java.util.Set.copyOf(
        Resources.lines("news/parallax/text/" + l + "/stopwords.txt")));
    if (words.isEmpty()) {
      return 0;
    }
    java.util.regex.Matcher m = WORD.matcher(paragraph.length() > PARAGRAPH_SAMPLE * 4
        ? paragraph.substring(0, PARAGRAPH_SAMPLE * 4) : paragraph);
    int total = 0;
    int hits = 0;
    while (m.find()) {
      total++;
      if (words.contains(m.group().toLowerCase(Locale.ROOT))) {
        hits++;
      }
    }
    return total == 0 ? 0 : hits / (double) total;
  }

  /** The letters among the first {@code limit} code points of the text. */
  private static int letters(String text, int limit) {
    int n = 0;
    int seen = 0;
    for (int i = 0; i < text.length() && seen < limit; seen++) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        n++;
      }
    }
    return n;
  }

  private static boolean isHanScript(String script) {
    return script.equals("Hans") || script.equals("Hant");
  }

  private static String best(java.util.Map<String, Integer> counts, String none) {
    String best = none;
    int max = 0;
    for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > max) {
        best = e.getKey();
        max = e.getValue();
      }
    }
    return best;
  }

  @Override
  public String identify(String text) {
    int letters = 0;
    int han = 0;
    int kana = 0;
    int hangul = 0;
    int n = Math.min(text.length(), MAX_CHARS);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        if (s == Character.UnicodeScript.HAN) {
          han++;
        } else if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
          kana++;
        } else if (s == Character.UnicodeScript.HANGUL) {
          hangul++;
        }
      }
    }
    if (han >= 4 && han * 2 > letters && kana * 10 < han) {
      return "zh";
    }
    if (han + kana < 4 && letters < MIN_LETTERS || letters == 0) {
      return UNDETERMINED;
    }
    Language best = detector.get().predictLanguage(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
    String code = best.getLang();
    return toIso1.getOrDefault(code, code);
  }
}
