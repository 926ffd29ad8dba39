package news.parallax.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

  private static volatile OpenNlpLanguageIdentifier instance;

  private final LanguageDetectorModel model;
  private final ThreadLocal<LanguageDetectorME> detector;
  private final Map<String, String> toIso1;

  private OpenNlpLanguageIdentifier() {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("langdetect-183.bin")) {
      if (in == null) {
        throw new IllegalStateException("langdetect-183.bin is not on the class path");
      }
      model = new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the language model", e);
    }
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
