package news.parallax.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * English↔Chinese word translation from ECDICT (the {@code ecdict.csv} of
 * {@code com.codeinchinese:english-chinese-dictionary}). Only single English words that are in
 * common use (a BNC or frequency rank, a Collins or Oxford mark, an exam tag) or that ECDICT
 * marks as a person or place name are kept; each keeps the Chinese terms of its general senses
 * (senses marked with a domain such as "[化]" are skipped). Loaded once per process, lazily, from
 * the compact table the build packs ({@link TextTables}).
 *
 * <pre>{@code
 * Bilingual.get().toEnglish("会谈"); // [talk, talks, ...]
 * }</pre>
 */
public final class Bilingual {
  /** At most this many Chinese terms are kept per English word: later senses are rarer. */
  static final int MAX_TERMS = 6;
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");
  /** A name of two to four words ("White House", "National Security Council"). */
  private static final Pattern PHRASE = Pattern.compile("[A-Za-z][A-Za-z'.-]*(?: [A-Za-z][A-Za-z'.-]*){1,3}");
  /** A domain mark opening a sense ("[经] 白宫"): for a name phrase the sense still counts. */
  private static final Pattern DOMAIN = Pattern.compile("^\\[[^\\]]*\\]\\s*");
  /** At most this many Chinese terms are kept per name phrase. */
  static final int MAX_PHRASE_TERMS = 3;
  private static final Pattern POS_PREFIX = Pattern.compile("^(?:[a-z]+\\.\\s*)+");
  private static final Pattern PAREN = Pattern.compile("[（(][^）)]*[）)]");

  /** Gloss patterns (pattern, true for a place and false for a person) from name-glosses.txt. */
  private static final List<Map.Entry<Pattern, Boolean>> GLOSSES = glosses();

  private static volatile Bilingual instance;

  private static final Pattern NAME_MARK = Pattern.compile("人名|地名|男子名|女子名|男人名|女人名|[（(]姓[)）]|姓氏");
  /** ECDICT's gender marks after a given name's rendering: "佩顿(m.)", "艾达(f.)". */
  private static final Pattern GENDER_MARK = Pattern.compile("[（(][mf]\\.[)）]");
  private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]*\\]|[（(〔][^）)〕]*[）)〕]");
  private static final Pattern HAN_RUN = Pattern.compile("[\\p{IsHan}·]{2,}");

  /**
   * A person or place name ECDICT gives a Chinese rendering for.
   *
   * @param english the English word, lower case
   * @param chinese its Chinese renderings
   * @param person whether ECDICT marks it as a person's name (人名, 姓, 男子名, 女子名)
   * @param place whether ECDICT marks it as a place name (地名)
   * @param given whether it is a given name (男子名, 女子名)
   * @param organization whether its first sense is a company (公司)
   * @param gender for given names: "m" (男子名, "(m.)"), "f" (女子名, "(f.)"), else ""
   */
  record Name(String english, List<String> chinese, boolean person, boolean place, boolean given,
      boolean organization, String gender) {}

  final Map<String, List<String>> enToZh;
  final Map<String, List<String>> zhToEn;
  final List<Name> names;
  final java.util.Set<String> nameOnly;

  final java.util.Set<String> properNouns;
  /** Name phrases of several words, lower case, and their Chinese renderings. */
  final Map<String, List<String>> phraseToZh;
  /** Chinese renderings of name phrases and the phrases as ECDICT writes them. */
  final Map<String, List<String>> zhToPhrase;

  Bilingual(Map<String, List<String>> enToZh, Map<String, List<String>> zhToEn, List<Name> names,
      java.util.Set<String> nameOnly, java.util.Set<String> properNouns, Map<String, List<String>> phraseToZh,
      Map<String, List<String>> zhToPhrase) {
    this.properNouns = properNouns;
    this.phraseToZh = phraseToZh;
    this.zhToPhrase = zhToPhrase;
    this.enToZh = enToZh;
    this.zhToEn = zhToEn;
    this.names = names;
    this.nameOnly = nameOnly;
  }

  /** The dictionary, loading it on first use. */
  public static Bilingual get() {
    if (instance == null) {
      synchronized (Bilingual.class) {
        if (instance == null) {
          instance = load();
        }
      }
    }
    return instance;
  }

  /**
   * Whether the word (any case) is an ordinary English word: in common use and not only a
   * name ("survey", "explorer"; not "putin").
   */
  public boolean isCommonWord(String english) {
    String key = english.toLowerCase(Locale.ROOT);
    return enToZh.containsKey(key) && !nameOnly.contains(key);
  }

  /**
   * Whether the dictionary writes the word only with a capital ("Horton", a film title): a
   * proper noun, though it may be in common use.
   */
  public boolean isProperNoun(String english) {
    return properNouns.contains(english.toLowerCase(Locale.ROOT));
  }

  /** The person and place names of the dictionary, in dictionary order. */
  List<Name> names() {
    return names;
  }

  /** Adds the Han characters of every kept Chinese term to {@code counts}; returns their total. */
  int countTermCharacters(Map<Character, int[]> counts) {
    int total = 0;
    java.util.Set<String> nameWords = new java.util.HashSet<>();
    for (Name n : names) {
      nameWords.add(n.english());
    }
    for (Map.Entry<String, List<String>> e : enToZh.entrySet()) {
      if (nameWords.contains(e.getKey())) {
        continue;
      }
      for (String t : e.getValue()) {
        for (int i = 0; i < t.length(); i++) {
          counts.computeIfAbsent(t.charAt(i), k -> new int[1])[0]++;
          total++;
        }
      }
    }
    return total;
  }

  /** Chinese renderings of an English word (any case), most common sense first. */
  public List<String> toChinese(String english) {
    return enToZh.getOrDefault(english.toLowerCase(Locale.ROOT), List.of());
  }

  /** English words a Chinese term translates, most frequent word first. */
  public List<String> toEnglish(String chinese) {
    return zhToEn.getOrDefault(chinese, List.of());
  }

  /**
   * Chinese renderings of a name of several words (any case, single spaces): "White House" →
   * 白宫, "National Security Council" → 国家安全委员会.
   */
  public List<String> phraseToChinese(String english) {
    return phraseToZh.getOrDefault(english.toLowerCase(Locale.ROOT), List.of());
  }

  /** Names of several words that a Chinese term renders, as ECDICT writes them (白宫 → "white house"). */
  public List<String> phrasesOf(String chinese) {
    return zhToPhrase.getOrDefault(chinese, List.of());
  }

  /** The packed table the build made ({@link TextTables}), or else the dictionary parsed from ECDICT. */
  private static Bilingual load() {
    Bilingual packed = TextTables.readBilingual();
    return packed != null ? packed : parse();
  }

  /** Reads ECDICT's CSV (some 8 s of CPU: the build packs the result, see {@link TextTables}). */
  static Bilingual parse() {
    Map<String, List<String>> enToZh = new HashMap<>();
    Map<String, List<String>> zhToEn = new HashMap<>();
    Map<String, Integer> rank = new HashMap<>();
    List<Name> names = new ArrayList<>();
    java.util.Set<String> nameOnly = new java.util.HashSet<>();
    java.util.Set<String> capitalised = new java.util.HashSet<>();
    java.util.Set<String> lowerCase = new java.util.HashSet<>();
    Map<String, List<String>> phraseToZh = new HashMap<>();
    Map<String, List<String>> zhToPhrase = new HashMap<>();
    // one String object per distinct word or term: ECDICT repeats its Chinese terms across entries
    Map<String, String> pool = new HashMap<>();
    try (InputStream in = Bilingual.class.getClassLoader().getResourceAsStream("ecdict.csv")) {
      if (in == null) {
        throw new IllegalStateException("ecdict.csv is not on the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      r.readLine(); // header
      List<String> fields = new ArrayList<>(13);
      String line;
      while ((line = r.readLine()) != null) {
        fields.clear();
        parseCsv(line, r, fields);
        if (fields.size() < 10) {
          continue;
        }
        String word = fields.get(0);
        if (PHRASE.matcher(word).matches()) {
          List<String> terms = phraseTerms(word, fields.get(3));
          String key = intern(pool, word.toLowerCase(Locale.ROOT));
          if (!terms.isEmpty() && !phraseToZh.containsKey(key)) {
            phraseToZh.put(key, intern(pool, terms));
            for (String t : terms) {
              zhToPhrase.computeIfAbsent(intern(pool, t), k -> new ArrayList<>()).add(word);
            }
          }
          continue;
        }
        if (!WORD.matcher(word).matches()) {
          continue;
        }
        String translation = fields.get(3);
        Name parsed = name(word, translation, fields.get(2));
        if (parsed != null) {
          parsed = new Name(intern(pool, parsed.english()), intern(pool, parsed.chinese()), parsed.person(),
              parsed.place(), parsed.given(), parsed.organization(), parsed.gender());
          names.add(parsed);
        }
        boolean name = parsed != null;
        int bnc = parseInt(fields.get(8));
        int frq = parseInt(fields.get(9));
        boolean common = bnc > 0 || frq > 0 || !fields.get(5).isEmpty() || !fields.get(6).isEmpty()
            || !fields.get(7).isEmpty();
        if (!common && !name) {
          continue;
        }
        List<String> terms = terms(translation);
        String key = intern(pool, word.toLowerCase(Locale.ROOT));
        if (terms.isEmpty() && parsed != null) {
          terms = parsed.chinese().subList(0, Math.min(MAX_TERMS, parsed.chinese().size()));
          nameOnly.add(key);
        } else if (parsed != null && (parsed.person() || parsed.place()) && !common) {
          nameOnly.add(key);
        }
        if (terms.isEmpty()) {
          continue;
        }
        if (Character.isUpperCase(word.charAt(0))) {
          capitalised.add(key); // a proper noun ("Horton", a film), unless also written in lower case
        } else {
          lowerCase.add(key);
        }
        int wordRank = bnc > 0 ? bnc : frq > 0 ? frq : Integer.MAX_VALUE / 2;
        if (enToZh.containsKey(key) && rank.getOrDefault(key, Integer.MAX_VALUE) <= wordRank) {
          continue;
        }
        enToZh.put(key, intern(pool, terms));
        rank.put(key, wordRank);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ecdict.csv", e);
    }
    capitalised.removeAll(lowerCase);
    Map<String, List<String>> byTermRanked = new HashMap<>();
    List<String> words = new ArrayList<>(enToZh.keySet());
    words.sort((a, b) -> {
      int c = Integer.compare(rank.get(a), rank.get(b));
      return c != 0 ? c : a.compareTo(b);
    });
    for (String w : words) {
      for (String t : enToZh.get(w)) {
        byTermRanked.computeIfAbsent(t, k -> new ArrayList<>()).add(w);
      }
    }
    byTermRanked.forEach((k, v) -> zhToEn.put(k, List.copyOf(v)));
    Map<String, List<String>> phrasesByTerm = new HashMap<>();
    zhToPhrase.forEach((k, v) -> phrasesByTerm.put(k, List.copyOf(v)));
    return new Bilingual(Map.copyOf(enToZh), Map.copyOf(zhToEn), List.copyOf(names), java.util.Set.copyOf(nameOnly),
        java.util.Set.copyOf(capitalised), Map.copyOf(phraseToZh), Map.copyOf(phrasesByTerm));
  }

  private static String intern(Map<String, String> pool, String s) {
    String before = pool.putIfAbsent(s, s);
    return before == null ? s : before;
  }

  private static List<String> intern(Map<String, String> pool, List<String> strings) {
    String[] out = new String[strings.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = intern(pool, strings.get(i));
    }
    return List.of(out);
  }

  /** The name an entry marks (人名, 地名, 姓, 男子名, 女子名) with its Chinese renderings, or null. */
  static Name name(String word, String translation, String definition) {
    boolean given = false;
    boolean person = false;
    boolean place = false;
    for (String sense : definition.split("\\\\n|\\n")) {
      for (Map.Entry<java.util.regex.Pattern, Boolean> g : GLOSSES) {
        if (g.getKey().matcher(sense.strip()).find()) {
          place |= g.getValue();
          person |= !g.getValue();
        }
      }
    }
    boolean glossed = place || person;
    String firstSense = translation.split("\\\\n|\\n")[0];
    boolean organization = Character.isUpperCase(word.charAt(0)) && firstSense.contains("公司")
        || firstSense.contains("公司名");
    if (!glossed && !organization && !NAME_MARK.matcher(translation).find()
        && !GENDER_MARK.matcher(translation).find()) {
      return null;
    }
    List<String> chinese = new ArrayList<>();
    boolean carry = false;
    boolean masculine = false;
    boolean feminine = false;
    for (String piece : translation.split("\\\\n|\\n|[；;]")) {
      boolean gendered = GENDER_MARK.matcher(piece).find();
      boolean marked = NAME_MARK.matcher(piece).find() || gendered;
      if (!marked && !carry) {
        continue;
      }
      if (marked) {
        boolean male = piece.contains("男子名") || piece.contains("男人名") || piece.contains("(m.)")
            || piece.contains("（m.）");
        boolean female = piece.contains("女子名") || piece.contains("女人名") || piece.contains("(f.)")
            || piece.contains("（f.）");
        masculine |= male;
        feminine |= female;
        boolean g = gendered || male || female;
        given |= g;
        person |= g || piece.contains("人名") || piece.contains("姓)") || piece.contains("姓）")
            || piece.contains("姓氏");
        place |= piece.contains("地名");
      }
      int before = chinese.size();
      java.util.regex.Matcher m = HAN_RUN.matcher(BRACKETED.matcher(piece).replaceAll(" "));
      while (m.find()) {
        String t = m.group();
        if (!NAME_MARK.matcher(t).matches() && !chinese.contains(t)) {
          chinese.add(t);
        }
      }
      // "(Abdallah)人名；(阿拉伯)阿卜杜拉": the rendering follows the mark in the next piece
      carry = marked && chinese.size() == before;
    }
    if (chinese.isEmpty() && glossed && Character.isUpperCase(word.charAt(0))) {
      // a proper noun such as "Alaska": its first sense is its rendering ("n. 阿拉斯加州")
      String first = translation.split("\\\\n|\\n|[；;,，]")[0];
      java.util.regex.Matcher m = HAN_RUN.matcher(BRACKETED.matcher(first).replaceAll(" "));
      if (m.find()) {
        chinese.add(m.group());
      }
    }
    if (chinese.isEmpty() && !glossed && !organization && !given) {
      // a given name rendered by one character ("简（女子名）" for Jane) is still a given name;
      // a one-character rendering is too ambiguous to keep as its Chinese form
      return null;
    }
    String gender = masculine == feminine ? "" : masculine ? "m" : "f";
    return new Name(word.toLowerCase(Locale.ROOT), List.copyOf(chinese), person, place, given, organization, gender);
  }

  private static List<String> terms(String translation) {
    List<String> out = new ArrayList<>();
    for (String sense : translation.split("\\\\n|\\n")) {
      String s = sense.strip();
      if (s.startsWith("[")) {
        continue; // a domain-specific or web sense
      }
      s = PAREN.matcher(POS_PREFIX.matcher(s).replaceFirst("")).replaceAll("");
      for (String t : s.split("[,，;；、]")) {
        String term = t.strip();
        if (!term.isEmpty() && term.length() <= 8 && allHan(term) && !out.contains(term)) {
          out.add(term);
          if (out.size() == MAX_TERMS) {
            return out;
          }
        }
      }
    }
    return out;
  }

  /**
   * The Chinese renderings of a name of several words, or none when the entry is no name: its
   * words must all be capitalised ("Oval Office", "National Security Council"), or its first
   * rendering must be a place, organisation or person name in HanLP's core dictionary ("white
   * house" 白宫, ns). Senses with a domain mark count ("[经] 白宫").
   */
  static List<String> phraseTerms(String phrase, String translation) {
    List<String> out = new ArrayList<>();
    for (String sense : translation.split("\\\\n|\\n")) {
      String s = PAREN.matcher(POS_PREFIX.matcher(DOMAIN.matcher(sense.strip()).replaceFirst("")).replaceFirst(""))
          .replaceAll("");
      for (String t : s.split("[,，;；、]")) {
        String term = t.strip();
        if (term.length() >= 2 && term.length() <= 8 && allHan(term) && !out.contains(term)) {
          out.add(term);
        }
      }
    }
    if (out.isEmpty()) {
      return List.of();
    }
    boolean capitalised = true;
    for (String w : phrase.split(" ")) {
      capitalised &= Character.isUpperCase(w.charAt(0));
    }
    if (!capitalised && !ChineseNames.isProperNoun(out.get(0))) {
      return List.of();
    }
    return out.subList(0, Math.min(MAX_PHRASE_TERMS, out.size()));
  }

  private static boolean allHan(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN) {
        return false;
      }
    }
    return true;
  }

  private static int parseInt(String s) {
    try {
      return s.isEmpty() ? 0 : Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static List<Map.Entry<Pattern, Boolean>> glosses() {
    List<Map.Entry<Pattern, Boolean>> out = new ArrayList<>();
    for (String line : news.parallax.internal.Resources.lines("text", "en", "name-glosses.txt")) {
      int tab = line.indexOf('\t');
      out.add(Map.entry(Pattern.compile(line.substring(tab + 1)), line.substring(0, tab).equals("place")));
    }
    return List.copyOf(out);
  }

  /** Parses one CSV record (RFC 4180 quoting), reading more lines for quoted line breaks. */
  private static void parseCsv(String line, BufferedReader more, List<String> out) throws IOException {
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    String cur = line;
    int i = 0;
    while (true) {
      if (i >= cur.length()) {
        if (quoted) {
          String next = more.readLine();
          if (next == null) {
            break;
          }
          field.append('\n');
          cur = next;
          i = 0;
          continue;
        }
        break;
      }
      char c = cur.charAt(i++);
      if (quoted) {
        if (c == '"') {
          if (i < cur.length() && cur.charAt(i) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
  }
}
