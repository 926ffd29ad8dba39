package news.parallax.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.parallax.internal.Texts;
import news.parallax.model.Article;
import news.parallax.model.Mention;
import news.parallax.model.Quote;
import news.parallax.model.Sentence;
import news.parallax.model.Span;
import news.parallax.model.Speaker;
import news.parallax.model.Token;
import news.parallax.text.Stopwords;

/**
 * Finds direct quotes, reported speech and scare quotes with their cues and speakers.
 *
 * <ol>
 *   <li>Quoted passages come from {@link QuoteMarks}; sentences from {@link TextUnits} never end
 *       inside one.
 *   <li>Cues ({@code quote/<lang>/verbs.txt}, {@code participles.txt}, {@code prefixes.txt}) are
 *       found outside quotes, each with the speaker phrase next to it: before ("Putin said",
 *       "Eric Green, who ..., said", "普京在记者会上表示") or after ("said Kendall-Taylor",
 *       "according to X").
 *   <li>A passage that is a sentence of its own, or follows a cue and a colon, is a direct
 *       quote; one with no attribution in its sentence continues the quote before it in the
 *       paragraph (an interrupted quote, merged into one) or takes the speaker announced by a
 *       colon or the paragraph before. A short passage inside a sentence is a scare quote;
 *       where the language quotes partially ({@code order.txt}: "partial-quotes"), words quoted
 *       inside a sentence with a speech cue or in reported speech are a direct quote too.
 *   <li>Where the verb stands second ({@code order.txt}: "verb-second"), the speaker of a cue,
 *       colon or partial quote is the clause's subject by word order ({@link ClauseSubjects}),
 *       and a bare quote takes the subject of the sentence before it.
 *   <li>A sentence with a cue and no direct quote gives reported speech: the clause after the
 *       cue ("said that ..."), or before it ("..., officials said").
 *   <li>Speakers resolve through {@link SpeakerResolver}.
 * </ol>
 */
final class CueQuoteExtractor implements QuoteExtractor {
  /**
   * Passages of at most this many words inside a sentence are scare quotes ("nothing burger",
   * "big win"); calibrated on the seeds and polnear dev, where embedded quotes of five words
   * and more are parts of reported statements.
   */
  static final int SCARE_MAX_WORDS = 4;
  /**
   * Fewest words of quoted words inside reported speech that make a direct quote where the
   * language quotes partially ({@code partial-quotes}); a single quoted word is mostly a name
   * or a term. Calibrated on the odd half of the German SpkAtt set.
   */
  static final int PARTIAL_MIN_WORDS = 2;
  /** Longest speaker description, in words ("another senior aide to the president"). */
  static final int NP_MAX_WORDS = 6;
  /** Longest apposition between a name and its cue ("Eric Green, who worked ..., said"). */
  static final int APPOSITIVE_MAX_CHARS = 160;
  /** Reported content shorter than this many words is no statement. */
  static final int MIN_INDIRECT_WORDS = 3;
  /** Most characters of a Chinese setting between speaker and cue ("在接受福克斯新闻采访时"). */
  static final int ZH_FRAME_MAX = 30;
  /** Most characters between a Chinese speaker and cue ("普京在记者会上表示"). */
  static final int ZH_GAP_MAX = 12;
  /** How far after a cue (in words) "that" may open the content ("said on Friday that"). */
  static final int THAT_REACH_WORDS = 6;
  /** Words after a closing attribution ("..., officials said on Friday") still part of it. */
  static final int TAIL_MAX_WORDS = 10;
  /** Words between a closing quote and its cue ("..." White House press secretary Josh Earnest said). */
  static final int TAIL_LEAD_MAX_WORDS = 6;
  /** Paragraphs between two turns of a dialogue: the quote before may be followed by its "X said." */
  static final int DIALOGUE_GAP_PARAGRAPHS = 2;
  /** How many quotes back a dialogue looks for the other party of a turn. */
  static final int DIALOGUE_REACH_QUOTES = 6;
  /** Words between a separable verb and its particle ("teilte das Ministerium am Montag mit"). */
  static final int SEPARABLE_REACH_WORDS = 10;
  /**
   * Fewest letters and digits of an unattributed quote that take the speaker of an earlier
   * quote holding them; shorter ones are set phrases more than repeated words.
   */
  static final int REPEAT_MIN_CHARS = 12;
  /** Words between a cue and the colon or comma that opens a quote ("said in English:"). */
  static final int HEAD_GAP_MAX_WORDS = 6;

  private static final String CLOSERS = "”\"’»」』›“'«";
  private static final String PUNCT = ",.;:!?，。；：！？、—–-…()（）";

  private final QuoteMarks marks = new QuoteMarks();
  private final DialogueSpeakers dialogue = new DialogueSpeakers();

  @Override
  public List<Quote> extract(Article article, List<Sentence> sentences, List<Mention> mentions) {
    return new Run(article, sentences, mentions).quotes();
  }

  /** A quote being built. */
  private static final class Draft {
    final List<Span> parts = new ArrayList<>();
    Quote.Kind kind;
    String cue = "";
    Speaker speaker;
    int paragraph;
    int unit;
    /** The quote is its paragraph, with no words of narration around it. */
    boolean bare;
    /** The speaker was taken from the quote before, not found for this quote. */
    boolean inherited;
    /** The speaker was announced by a colon in the narration before the quote's paragraph. */
    boolean announced;

    Quote quote(String text) {
      StringBuilder b = new StringBuilder();
      for (Span s : parts) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(s.of(text));
      }
      Span span = new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
      return new Quote(span, b.toString(), kind, cue, speaker, parts);
    }
  }

  /** One article's extraction. */
  private final class Run {
    final String text;
    final CueWords lex;
    final List<Mention> mentions;
    final List<QuoteMarks.Passage> passages;
    final TextUnits tu;
    final SpeakerResolver resolver;
    final SpeakerPhrases phrases;
    /** Subjects by word order where the verb stands second. */
    final ClauseSubjects clauses;
    final List<Token> zhTokens = new ArrayList<>();
    final Set<String> zhVerbs = new HashSet<>();
    final List<Draft> drafts = new ArrayList<>();
    /** Quoted words inside reported speech, kept apart so that no quote continues one of them. */
    final List<Draft> partials = new ArrayList<>();
    /** The longest mention, so that a search by start can reach every mention ending near a cue. */
    final int longestMention;
    Draft pendingColon;

    Run(Article article, List<Sentence> sentences, List<Mention> mentions) {
      text = article.text();
      lex = CueWords.of(article.language());
      this.mentions = mentions.stream().sorted(Comparator.comparing(Mention::span)).toList();
      longestMention = mentions.stream().mapToInt(m -> m.span().end() - m.span().start()).max().orElse(0);
      passages = marks.find(text);
      tu = new TextUnits(text, passages, lex);
      resolver = new SpeakerResolver(text, this.mentions, lex, tu);
      phrases = new SpeakerPhrases(lex, this.mentions);
      clauses = new ClauseSubjects(text, tu, lex, phrases);
      if (lex.chinese()) {
        for (Sentence s : sentences) {
          zhTokens.addAll(s.tokens());
        }
        zhTokens.sort(Comparator.comparing(Token::span));
        for (List<String> v : lex.verbs) {
          zhVerbs.add(String.join("", v));
        }
      }
    }

    List<Quote> quotes() {
      for (int ui = 0; ui < tu.units.size(); ui++) {
        unit(ui);
      }
      if (!lex.chinese()) {
        dialogueTurns();
      }
      drafts.addAll(partials);
      drafts.sort(Comparator.comparing(d -> d.quote(text).span()));
      repeatedWords();
      List<Quote> out = new ArrayList<>();
      List<Boolean> own = new ArrayList<>();
      for (Draft d : drafts) {
        out.add(d.quote(text));
        own.add(d.speaker != null && !d.inherited && !d.announced && !d.cue.isEmpty());
      }
      return lex.chinese() ? dialogue.attribute(text, out, own, passages, zhTokens, mentions) : out;
    }

    // ---- sentences ------------------------------------------------------------------------

    void unit(int ui) {
      TextUnits.Unit u = tu.units.get(ui);
      List<QuoteMarks.Passage> ps = new ArrayList<>();
      for (int k = firstPassageFrom(u.start()); k < passages.size() && passages.get(k).open() < u.end(); k++) {
        ps.add(passages.get(k));
      }
      List<Cue> cues = lex.chinese() ? zhCues(u) : cues(u);
      if (ps.isEmpty()) {
        speakerAfterBareQuote(ui, u, cues);
      }
      boolean direct = false;
      Cue lastTail = null;
      int prevEnd = u.start();
      for (int k = 0; k < ps.size(); k++) {
        QuoteMarks.Passage p = ps.get(k);
        int nextStart = k + 1 < ps.size() ? ps.get(k + 1).open() : u.end();
        Cue head = headCue(cues, prevEnd, p.open());
        if (lastTail != null && lastTail.last() <= p.open()
            && (head == null || head.first() < lastTail.last())) {
          String between = text.substring(lastTail.last(), p.open()).strip();
          if (between.isEmpty() || between.endsWith(",") || between.endsWith("，")) {
            head = lastTail; // "“...,” Trump said during a rally in Kenansville, N.C., “...”"
          }
        }
        Cue tail = tailCue(cues, p, p.end(), nextStart);
        if (tail == null) {
          tail = dashCue(p.end(), nextStart, u);
        }
        if (tail == null) {
          tail = verbTail(p, nextStart, u);
        }
        if (tail == null) {
          tail = invertedTail(p, nextStart, u);
        }
        String before = TextUnits.trim(text.substring(prevEnd, p.open()));
        String after = TextUnits.trim(text.substring(Math.min(p.end(), nextStart), nextStart));
        boolean opens = before.isEmpty() || before.endsWith(":") || before.endsWith("：") || head != null;
        boolean ends = punctuationOnly(after) || tail != null || closesSentence(p) && !after.isEmpty()
            && (Character.isUpperCase(after.codePointAt(0)) || Texts.isHan(after.codePointAt(0)));
        boolean headAdjacent = head != null && text.substring(head.last(), p.open()).isBlank();
        int words = Texts.wordLength(p.content().of(text));
        Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        boolean continues = opens && !ends && cues.isEmpty() && last != null
            && last.kind == Quote.Kind.DIRECT && last.paragraph == u.paragraph() && last.unit >= ui - 1;
        // a passage of several sentences opening a clause is a statement whatever follows it
        // ("...: „A. B“ wird der Franzose zitiert")
        boolean statement = opens && words > SCARE_MAX_WORDS && innerSentenceBreak(p);
        if (opens && ends || head != null || continues || statement) {
          direct = true;
          Cue c = head != null ? head : tail;
          Draft prev = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
          String gapToQuote = head == null ? "" : text.substring(Math.min(head.last(), p.open()), p.open()).strip();
          if (head != null && head == lastTail && prev != null && prev.kind == Quote.Kind.DIRECT
              && prev.unit == ui && (gapToQuote.isEmpty() || gapToQuote.endsWith(",") || gapToQuote.endsWith("，"))) {
            prev.parts.addAll(p.parts()); // "...," he said, "..." is one quote
          } else {
            directQuote(p, c, u, ui);
            if (headAdjacent && !ends && c == head) {
              // 'he said "budget reforms" and ... would help': the quote opens the content
              Span rest = trim(p.content().start(), u.end());
              Draft d = drafts.get(drafts.size() - 1);
              d.parts.clear();
              d.parts.add(rest == null ? p.content() : rest);
            }
          }
          lastTail = tail;
        } else if (lex.partialQuotes && words >= PARTIAL_MIN_WORDS && !nameLike(p.content())
            && (firstSpeech(cues) != null || reportedMood(u))) {
          partialQuote(p, firstSpeech(cues), u, ui);
        } else if (words <= SCARE_MAX_WORDS) {
          Draft d = new Draft();
          d.parts.addAll(p.parts());
          d.kind = Quote.Kind.SCARE;
          d.paragraph = u.paragraph();
          d.unit = ui;
          Cue c = firstWithSpeaker(cues);
          if (c != null) {
            d.cue = c.text();
            d.speaker = speakerOf(c, u);
          }
          drafts.add(d);
        }
        prevEnd = p.end();
      }
      if (!direct) {
        if (!indirect(u, ui, cues) && (text.charAt(u.end() - 1) == ':' || text.charAt(u.end() - 1) == '：')) {
          Cue c = firstWithSpeaker(cues);
          Speaker subject = c == null ? subjectOf(u) : null;
          if (c != null || subject != null) {
            // "Caddell continued:" or "Sanders made the following comment:" announces a quote
            Draft d = new Draft();
            d.cue = c != null ? c.text() : "";
            d.speaker = c != null ? speakerOf(c, u) : subject;
            d.paragraph = u.paragraph();
            pendingColon = d;
          }
        }
      }
    }

    /**
     * "nannte die Zahlen „aus der Luft gegriffen“": words quoted inside a sentence with a speech
     * cue are the speaker's own, a direct quote beside the sentence's reported speech.
     */
    void partialQuote(QuoteMarks.Passage p, Cue c, TextUnits.Unit u, int ui) {
      Draft d = new Draft();
      d.parts.addAll(p.parts());
      d.kind = Quote.Kind.DIRECT;
      d.paragraph = u.paragraph();
      d.unit = ui;
      d.cue = c == null ? "" : c.text();
      if (c != null && c.speaker() != null) {
        d.speaker = speakerOf(c, u);
      } else {
        Speaker subject = subjectOf(u);
        boolean personal = subject != null && subject.span() != null
            && clauses.personal(new Cue.Phrase(subject.span().start(), subject.span().end(), subject.name(),
                Cue.Phrase.Kind.NAME));
        if (c == null && reportedMood(u) && !personal) {
          d.speaker = resolver.recent(u.paragraph()); // "Der Rücktritt sei ein „natürlicher Vorgang“"
        } else {
          d.speaker = personal || subject != null && subject.key() != null ? subject : null;
        }
      }
      if (d.speaker == null) {
        d.speaker = resolver.recent(u.paragraph());
      }
      resolver.attributed(d.speaker, d.paragraph);
      partials.add(d);
    }

    /**
     * Whether quoted words read as a name or title ("Berliner Zeitung", "Gesetz zur Änderung des
     * Passgesetzes"): every word capitalised or a function word, none written in lower case.
     */
    boolean nameLike(Span content) {
      for (String w : content.of(text).split("[^\\p{L}\\p{N}]+")) {
        if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))
            && !Stopwords.contains(lex.lang, CueWords.lower(w))) {
          return false;
        }
      }
      return true;
    }

    /** Whether a word of the sentence outside quotes marks reported speech ({@code reported.txt}). */
    boolean reportedMood(TextUnits.Unit u) {
      for (int k = u.firstWord(); k < u.endWord(); k++) {
        if (!tu.words.get(k).quoted() && lex.reported.contains(tu.words.get(k).lower())) {
          return true;
        }
      }
      return false;
    }

    /**
     * The first word of the sentence's narration: the unit's first word, or the word after a
     * quote that opens the unit and closes a sentence ("„... beenden.“ Erkki Tuomioja: „...“").
     */
    int sentenceStart(TextUnits.Unit u) {
      int k = u.firstWord();
      while (k < u.endWord() && tu.words.get(k).quoted()) {
        k++;
      }
      if (k == u.firstWord() || k >= u.endWord()) {
        return k == u.firstWord() ? k : u.endWord();
      }
      String between = text.substring(tu.words.get(k - 1).end(), tu.words.get(k).start()).strip();
      boolean closed = between.matches("[.!?…]?[”“\"»«’‘]+[.!?…]?")
          && (".!?…".indexOf(between.charAt(0)) >= 0 || ".!?…".indexOf(between.charAt(between.length() - 1)) >= 0
              || ".!?…".indexOf(text.charAt(tu.words.get(k - 1).end())) >= 0);
      return closed ? k : u.endWord();
    }

    /** Whether a closing quote, with a comma or not, stands just before the position. */
    boolean afterQuote(int pos, TextUnits.Unit u) {
      int i = pos - 1;
      while (i >= u.start() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
        i--;
      }
      return i >= u.start() && (CLOSERS.indexOf(text.charAt(i)) >= 0 || tu.quoted(i));
    }

    /**
     * "„...“, zeigte sich der Trainer zufrieden": after a quote and a comma, a verb in lower case
     * with its subject after it attributes the quote where the verb stands second, whatever the verb.
     */
    Cue invertedTail(QuoteMarks.Passage p, int to, TextUnits.Unit u) {
      if (!lex.verbSecond || lastSign(p) == '.') {
        return null;
      }
      int wi = tu.wordAt(p.end());
      if (wi >= u.endWord() || tu.words.get(wi).start() >= to || tu.words.get(wi).capitalised()
          || !text.substring(p.end(), tu.words.get(wi).start()).strip().equals(",")) {
        return null;
      }
      Cue.Phrase sp = valid(clauses.subject(wi, clauseEnd(wi, u), wi), u);
      if (sp == null || !clauses.personal(sp)) {
        return null;
      }
      TextUnits.Word w = tu.words.get(wi);
      return new Cue(w.start(), w.end(), w.text(), Cue.Form.VERB, sp, true);
    }

    /** The end of the clause of word {@code wi}: the first quoted word or word after a colon. */
    int clauseEnd(int wi, TextUnits.Unit u) {
      for (int k = wi + 1; k < u.endWord(); k++) {
        if (tu.words.get(k).quoted()
            || text.substring(tu.words.get(k - 1).end(), tu.words.get(k).start()).contains(":")) {
          return k;
        }
      }
      return u.endWord();
    }

    /** The first speech cue of a sentence (no stance verb). */
    Cue firstSpeech(List<Cue> cues) {
      for (Cue c : cues) {
        if (c.form() != Cue.Form.STANCE) {
          return c;
        }
      }
      return null;
    }

    void directQuote(QuoteMarks.Passage p, Cue c, TextUnits.Unit u, int ui) {
      Draft d = new Draft();
      d.parts.addAll(p.parts());
      d.kind = Quote.Kind.DIRECT;
      d.paragraph = u.paragraph();
      d.unit = ui;
      if (c != null) {
        d.cue = c.text();
        d.speaker = speakerOf(c, u);
        if (d.speaker == null && c.form() == Cue.Form.PARTICIPLE) {
          d.speaker = lastInUnitOrRecent(ui, u.paragraph());
        }
        pendingColon = null;
        d.bare = startsParagraph(p.open()) && endsParagraph(p.end());
        resolver.attributed(d.speaker, d.paragraph);
        drafts.add(d);
        return;
      }
      boolean colon = pendingColon != null && d.paragraph - pendingColon.paragraph <= 1;
      Draft prev = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
      boolean opensUnit = TextUnits.trim(text.substring(u.start(), p.open())).isEmpty();
      if (prev != null && prev.kind == Quote.Kind.DIRECT && prev.paragraph == d.paragraph
          && prev.unit >= ui - 1 && !colon && opensUnit) {
        prev.parts.addAll(d.parts); // the quote goes on after its attribution
        return;
      }
      String head = text.substring(tu.units.get(ui).start(), p.open()).strip();
      if ((head.endsWith(":") || head.endsWith("：")) && subjectOf(u) != null) {
        d.speaker = subjectOf(u); // "Sen. Claire McCaskill scolded him: “...”"
      } else if (colon) {
        d.cue = pendingColon.cue;
        d.speaker = pendingColon.speaker;
        d.announced = true;
        pendingColon.paragraph = d.paragraph; // a colon can announce several paragraphs
      } else {
        for (int i = drafts.size() - 1; i >= 0; i--) {
          Draft q = drafts.get(i);
          if (q.kind != Quote.Kind.SCARE && q.speaker != null && d.paragraph - q.paragraph <= 1
              && d.paragraph != q.paragraph && startsParagraph(p.open())) {
            d.speaker = q.speaker; // a paragraph that is all quote continues the speaker before
            d.inherited = true;
          }
          if (q.kind != Quote.Kind.SCARE) {
            break;
          }
        }
      }
      Draft before = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
      if (d.speaker == null && before != null && before.kind != Quote.Kind.SCARE && before.unit == ui - 1
          && before.paragraph == d.paragraph && before.speaker != null && before.speaker.resolved()) {
        // "He ... repeated that “...”. But —here lies the obstacle— “...”": the sentence before
        // quoted the same speaker
        d.speaker = before.speaker;
        d.inherited = true;
      }
      if (d.speaker == null && lex.verbSecond && opensUnit && ui > 0
          && tu.units.get(ui - 1).paragraph() == u.paragraph()) {
        // "Sadiq Khan ... verurteilte die Haltung der Regierung. „...“": the sentence before names the speaker
        d.speaker = subjectOf(tu.units.get(ui - 1));
      }
      d.bare = startsParagraph(p.open()) && endsParagraph(p.end());
      resolver.attributed(d.speaker, d.paragraph);
      drafts.add(d);
    }

    /** Whether only punctuation stands between the position and the paragraph's end. */
    boolean endsParagraph(int pos) {
      int i = pos;
      while (i < text.length() && text.charAt(i) != '\n') {
        char ch = text.charAt(i);
        if (!Character.isWhitespace(ch) && PUNCT.indexOf(ch) < 0 && CLOSERS.indexOf(ch) < 0) {
          return false;
        }
        i++;
      }
      return true;
    }

    /**
     * "“采五的。” 少平说。": a sentence without quotes that opens with a speaker and a cue gives
     * its speaker to the unattributed quote just before it.
     */
    void speakerAfterBareQuote(int ui, TextUnits.Unit u, List<Cue> cues) {
      Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
      if (last == null || last.kind != Quote.Kind.DIRECT || last.unit != ui - 1
          || last.speaker != null && !last.inherited || !wholeUnit(last)) {
        return; // a quote inside narration ("来看，“...”更多指的是") is not the turn of the next speaker
      }
      for (Cue c : cues) {
        if (c.speaker() != null && !c.speakerAfter() && c.form() == Cue.Form.VERB
            && TextUnits.trim(text.substring(u.start(), c.speaker().start())).isEmpty()) {
          Speaker sp = speakerOf(c, u);
          if (sp != null) {
            last.speaker = sp;
            last.cue = c.text();
            last.inherited = false;
            resolver.attributed(sp, u.paragraph());
          }
          return;
        }
      }
    }

    /** Whether the quote is its whole sentence, narration-free but for punctuation. */
    boolean wholeUnit(Draft d) {
      TextUnits.Unit u = tu.units.get(d.unit);
      Span first = d.parts.get(0);
      Span last = d.parts.get(d.parts.size() - 1);
      return punctuationOnly(text.substring(u.start(), Math.max(u.start(), first.start())))
          && punctuationOnly(text.substring(Math.min(u.end(), last.end()), u.end()));
    }

    /**
     * A quote with no speaker whose words an earlier attributed quote of the article holds
     * ("双方取得了巨大进展，在很多问题上达成一致" reported, then quoted as "“取得了巨大进展，在很多问题上达成一致”")
     * takes that quote's speaker.
     */
    void repeatedWords() {
      for (int i = 0; i < drafts.size(); i++) {
        Draft d = drafts.get(i);
        if (d.kind != Quote.Kind.DIRECT || d.speaker != null) {
          continue;
        }
        String words = lettersAndDigits(d.quote(text).text());
        if (words.length() < REPEAT_MIN_CHARS) {
          continue;
        }
        for (int j = i - 1; j >= 0; j--) {
          Draft e = drafts.get(j);
          if (e.kind != Quote.Kind.SCARE && e.speaker != null && !e.inherited
              && lettersAndDigits(e.quote(text).text()).contains(words)) {
            d.speaker = e.speaker;
            d.cue = e.cue;
            d.inherited = true;
            break;
          }
        }
      }
    }

    String lettersAndDigits(String s) {
      StringBuilder b = new StringBuilder();
      s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
      return CueWords.lower(b.toString());
    }

    /**
     * Turns of a dialogue: in a run of bare quotes, one without a speaker of its own is spoken
     * by the other party, the last different speaker before the quote just before it ("“A？”
     * “B。”" between two people alternates).
     */
    void dialogueTurns() {
      for (int i = 1; i < drafts.size(); i++) {
        Draft d = drafts.get(i);
        Draft prev = drafts.get(i - 1);
        if (d.kind != Quote.Kind.DIRECT || !d.bare || d.speaker != null && !d.inherited
            || prev.kind != Quote.Kind.DIRECT || !prev.bare || prev.speaker == null
            || d.paragraph - prev.paragraph > DIALOGUE_GAP_PARAGRAPHS) {
          continue;
        }
        for (int j = i - 2; j >= 0 && j >= i - DIALOGUE_REACH_QUOTES; j--) {
          Draft o = drafts.get(j);
          if (o.kind == Quote.Kind.DIRECT && o.speaker != null && o.speaker.key() != null
              && !o.speaker.key().equals(prev.speaker.key())) {
            d.speaker = o.speaker;
            d.inherited = true;
            break;
          }
        }
      }
    }

    /** The last character of a quote's content before any nested closing marks ("decade,'"). */
    char lastSign(QuoteMarks.Passage p) {
      Span c = p.content();
      int e = c.end() - 1;
      while (e > c.start() && (CLOSERS.indexOf(text.charAt(e)) >= 0 || Character.isWhitespace(text.charAt(e)))) {
        e--;
      }
      return e >= c.start() ? text.charAt(e) : ' ';
    }

    /** Whether the quoted content holds a sentence end followed by another sentence ("A. B"). */
    boolean innerSentenceBreak(QuoteMarks.Passage p) {
      String c = p.content().of(text).strip();
      for (int i = 1; i + 2 < c.length(); i++) {
        if (".!?。！？".indexOf(c.charAt(i)) >= 0 && Character.isWhitespace(c.charAt(i + 1))
            && Character.isUpperCase(c.codePointAt(i + 2)) && Character.isLetter(c.charAt(i - 1))
            && Character.isLowerCase(c.charAt(i - 1))) {
          return true;
        }
      }
      return false;
    }

    /** Whether the quoted content ends a sentence ("... smart."). */
    boolean closesSentence(QuoteMarks.Passage p) {
      String c = p.content().of(text).strip();
      return !c.isEmpty() && ".!?。！？…".indexOf(c.charAt(c.length() - 1)) >= 0;
    }

    boolean startsParagraph(int pos) {
      int i = pos - 1;
      while (i >= 0 && text.charAt(i) == ' ') {
        i--;
      }
      return i < 0 || text.charAt(i) == '\n';
    }

    Speaker lastInUnitOrRecent(int ui, int paragraph) {
      for (int i = drafts.size() - 1; i >= 0 && drafts.get(i).unit == ui; i--) {
        if (drafts.get(i).speaker != null) {
          return drafts.get(i).speaker;
        }
      }
      return resolver.recent(paragraph);
    }

    /** Reported speech in a sentence with no direct quote; false when it has none. */
    boolean indirect(TextUnits.Unit u, int ui, List<Cue> cues) {
      for (Cue c : cues) {
        Span content = content(u, c);
        if (content == null || Texts.wordLength(content.of(text)) < MIN_INDIRECT_WORDS) {
          continue;
        }
        Draft d = new Draft();
        d.kind = Quote.Kind.INDIRECT;
        int pk = firstPassageFrom(content.start());
        if (pk < passages.size() && passages.get(pk).open() == content.start() && c.form() != Cue.Form.STANCE
            && !lex.partialQuotes) {
          // "“...” of the plan, Mr. X said": a quote still
          content = new Span(passages.get(pk).content().start(), content.end());
          d.kind = Quote.Kind.DIRECT;
        }
        d.parts.add(content);
        d.cue = c.text();
        d.speaker = speakerOf(c, u);
        if (d.speaker == null) {
          d.speaker = subjectOf(u);
        }
        d.paragraph = u.paragraph();
        d.unit = ui;
        pendingColon = null;
        resolver.attributed(d.speaker, d.paragraph);
        drafts.add(d);
        return true;
      }
      return false;
    }

    Span content(TextUnits.Unit u, Cue c) {
      if (c.speaker() == null && c.form() != Cue.Form.PARTICIPLE) {
        return null;
      }
      int end = u.end();
      if (c.form() == Cue.Form.PREFIX) {
        if (text.substring(u.start(), c.start()).isBlank()) {
          int comma = indexOfComma(c.last(), end);
          return comma < 0 ? null : trim(comma + 1, end);
        }
        int comma = commaBefore(c.start(), u.start());
        return comma < 0 ? null : trim(u.start(), comma);
      }
      int lead = c.speakerAfter() ? c.start() : c.speaker() != null ? c.speaker().start() : c.start();
      int comma = commaBefore(lead, u.start());
      boolean closing = comma >= 0 && text.substring(comma + 1, lead).isBlank()
          && Texts.wordLength(text.substring(c.last(), end)) <= TAIL_MAX_WORDS;
      if (closing || c.speakerAfter()) {
        return comma < 0 || !text.substring(comma + 1, lead).isBlank() ? null : trim(u.start(), comma);
      }
      int from = c.last();
      if (!lex.chinese()) {
        int wi = tu.wordAt(from);
        for (int k = wi; k < Math.min(tu.words.size(), wi + THAT_REACH_WORDS); k++) {
          TextUnits.Word w = tu.words.get(k);
          if (w.start() >= end || text.substring(from, w.start()).contains(",")) {
            break;
          }
          if (lex.complementizers.contains(w.lower())) {
            from = w.start();
            break;
          }
        }
      }
      return trim(from, end);
    }

    Span trim(int start, int end) {
      while (start < end && (Character.isWhitespace(text.charAt(start))
          || ",:，：".indexOf(text.charAt(start)) >= 0)) {
        start++;
      }
      while (end > start && (Character.isWhitespace(text.charAt(end - 1))
          || ".,;:!?。，；：！？".indexOf(text.charAt(end - 1)) >= 0)) {
        end--;
      }
      return end > start ? new Span(start, end) : null;
    }

    int indexOfComma(int from, int end) {
      for (int i = from; i < end; i++) {
        char ch = text.charAt(i);
        if ((ch == ',' || ch == '，') && !tu.quoted(i)) {
          return i;
        }
      }
      return -1;
    }

    /** The comma standing just before {@code pos} (spaces aside), or -1. */
    int commaBefore(int pos, int start) {
      int i = pos - 1;
      while (i >= start && Character.isWhitespace(text.charAt(i))) {
        i--;
      }
      return i >= start && (text.charAt(i) == ',' || text.charAt(i) == '，') ? i : -1;
    }

    Speaker speakerOf(Cue c, TextUnits.Unit u) {
      if (c.speaker() == null) {
        if (c.form() != Cue.Form.PARTICIPLE) {
          return null;
        }
        // "Dean ... poked at Trump's sniffing, tweeting, “...”": the sentence's subject speaks
        Speaker subject = subjectOf(u);
        return subject != null && subject.key() != null ? subject : lastInUnitOrRecent(-1, u.paragraph());
      }
      if (c.speaker().kind() == Cue.Phrase.Kind.PRONOUN) {
        // "Putin, who spoke first, said he hoped ...": the pronoun is the sentence's named speaker
        for (Cue e : lex.chinese() ? zhCues(u) : cues(u)) {
          if (e.speaker() != null && e.speaker().end() <= c.speaker().start()
              && e.speaker().kind() == Cue.Phrase.Kind.NAME) {
            Speaker named = resolver.resolve(e.speaker(), u.paragraph());
            if (named.key() != null) {
              return new Speaker(c.speaker().text(), named.key(),
                  new Span(c.speaker().start(), c.speaker().end()));
            }
          }
        }
      }
      return resolver.resolve(c.speaker(), u.paragraph());
    }

    /** The subject of a sentence that opens with a name or pronoun. */
    Speaker subjectOf(TextUnits.Unit u) {
      if (lex.chinese()) {
        return null;
      }
      if (lex.verbSecond) {
        int first = sentenceStart(u);
        Cue.Phrase p = first < u.endWord() ? valid(clauses.subject(first, clauseEnd(first, u), -1), u) : null;
        return p == null ? null : resolver.resolve(p, u.paragraph());
      }
      int wi = u.firstWord();
      while (wi < u.endWord() && Stopwords.contains(lex.lang, tu.words.get(wi).lower())
          && !lex.pronoun(tu.words.get(wi).lower())) {
        wi++;
      }
      if (wi >= u.endWord()) {
        return null;
      }
      if (lex.verbSecond && lex.openers.contains(tu.words.get(wi).lower()) && wi + 2 < u.endWord()) {
        // "Hier sparte der Bundespräsident nicht mit Kritik:": the subject follows the verb
        int k = wi + 2;
        while (k < u.endWord() && lex.skip.contains(tu.words.get(k).lower())) {
          k++;
        }
        Cue.Phrase p = valid(npAfter(k, u), u);
        return p == null ? null : resolver.resolve(p, u.paragraph());
      }
      TextUnits.Word w = tu.words.get(wi);
      if (lex.pronoun(w.lower()) || w.capitalised()) {
        Cue.Phrase p = valid(lex.pronoun(w.lower())
            ? new Cue.Phrase(w.start(), w.end(), w.text(), Cue.Phrase.Kind.PRONOUN)
            : nameForward(wi, u), u);
        return p == null ? null : resolver.resolve(p, u.paragraph());
      }
      return null;
    }

    Cue firstWithSpeaker(List<Cue> cues) {
      for (Cue c : cues) {
        if (c.speaker() != null) {
          return c;
        }
      }
      return null;
    }

    Cue headCue(List<Cue> cues, int from, int open) {
      Cue best = null;
      for (Cue c : cues) {
        if (c.first() < from || c.last() > open || c.form() == Cue.Form.STANCE) {
          continue;
        }
        String gap = text.substring(c.last(), open).strip();
        String first = gap.split("[\\s,:]+", 2)[0];
        boolean ok = gap.isEmpty() || (gap.endsWith(":") || gap.endsWith(",") || gap.endsWith("：")
            || gap.endsWith("，")) && Texts.wordLength(gap) <= HEAD_GAP_MAX_WORDS
            && !lex.complementizers.contains(CueWords.lower(first)); // "tweeted that, “...”" reports
        if (ok) {
          best = c;
        }
      }
      return best;
    }

    /**
     * The cue after a quote: right after it, or a few words on when the quote ends in a comma,
     * question or exclamation mark ("...," White House press secretary Josh Earnest said).
     */
    Cue tailCue(List<Cue> cues, QuoteMarks.Passage p, int from, int to) {
      char lastChar = lastSign(p);
      boolean open = ",?!—–，？！".indexOf(lastChar) >= 0;
      for (Cue c : cues) {
        if (c.first() < from || c.first() > to || c.form() == Cue.Form.STANCE) {
          continue;
        }
        String lead = text.substring(from, c.first());
        if (punctuationOnly(lead) || open && Texts.wordLength(lead) <= TAIL_LEAD_MAX_WORDS
            && lead.chars().noneMatch(ch -> ";:!?。；：".indexOf(ch) >= 0)) {
          return c;
        }
      }
      return null;
    }

    /** Whether the text is empty or white space, no-break spaces included. */
    boolean blank(String s) {
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (!Character.isWhitespace(ch) && ch != '\u00A0') {
          return false;
        }
      }
      return true;
    }

    /**
     * "“...?” Vitter demanded.": after a quote that ends in a comma, question or exclamation
     * mark, a speaker and one lower-case word closing the clause make an attribution even when
     * the verb is not in the cue list.
     */
    Cue verbTail(QuoteMarks.Passage p, int to, TextUnits.Unit u) {
      if (lex.chinese() || ",?!".indexOf(lastSign(p)) < 0) {
        return null;
      }
      int wi = tu.wordAt(p.end());
      if (wi >= u.endWord() || !punctuationOnly(text.substring(p.end(), tu.words.get(wi).start()))) {
        return null;
      }
      for (int k = wi + 1; k < Math.min(u.endWord(), wi + TAIL_LEAD_MAX_WORDS); k++) {
        TextUnits.Word w = tu.words.get(k);
        if (w.start() >= to || w.quoted()) {
          return null;
        }
        if (w.capitalised() || !joined(k - 1, k)) {
          continue;
        }
        int after = w.end();
        boolean closes = after >= to || ".,;".indexOf(text.charAt(after)) >= 0;
        if (!closes) {
          continue;
        }
        Cue.Phrase sp = npEndingAt(k - 1, u);
        if (sp != null && sp.start() == tu.words.get(wi).start()) {
          return new Cue(w.start(), w.end(), w.text(), Cue.Form.VERB, sp, false);
        }
        return null;
      }
      return null;
    }

    /** "“...” ― Sonya Herridge": a dash and a name after a quote sign it. */
    Cue dashCue(int from, int to, TextUnits.Unit u) {
      int i = from;
      while (i < to && blank(text.substring(i, i + 1))) {
        i++;
      }
      if (i >= to || "―—–".indexOf(text.charAt(i)) < 0 || lex.chinese()) {
        return null;
      }
      int wi = tu.wordAt(i + 1);
      if (wi >= u.endWord() || !tu.words.get(wi).capitalised()
          || !blank(text.substring(i + 1, tu.words.get(wi).start()))) {
        return null;
      }
      Cue.Phrase name = valid(nameForward(wi, u), u);
      return new Cue(i, i + 1, text.substring(i, i + 1), Cue.Form.VERB, name, true);
    }

    boolean punctuationOnly(String s) {
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (!Character.isWhitespace(ch) && PUNCT.indexOf(ch) < 0 && CLOSERS.indexOf(ch) < 0) {
          return false;
        }
      }
      return true;
    }

    // ---- cues (space-separated languages) -------------------------------------------------

    List<Cue> cues(TextUnits.Unit u) {
      List<Cue> out = new ArrayList<>();
      List<TextUnits.Word> ws = tu.words;
      for (int wi = u.firstWord(); wi < u.endWord(); wi++) {
        if (ws.get(wi).quoted()) {
          continue;
        }
        Cue c = null;
        int len = match(wi, u, lex.prefixes, true);
        if (len > 0) {
          Cue.Phrase sp = valid(npAfter(wi + len, u), u);
          c = new Cue(ws.get(wi).start(), ws.get(wi + len - 1).end(), phrase(wi, len), Cue.Form.PREFIX, sp, true);
        } else if ((len = match(wi, u, lex.verbs, false)) > 0 || (len = separable(wi, u)) > 0) {
          Cue.Phrase sp = valid(npBefore(wi, u), u);
          if (sp != null && afterPreposition(sp)) {
            sp = null; // "Russia has in the past repeatedly called on ...": the phrase is no subject
          }
          boolean afterSide = false;
          Cue.Phrase ordered = null;
          if (lex.verbSecond) {
            int cs = tu.wordAt(clauseStart(wi, u));
            int first = sentenceStart(u);
            if (first < cs && !lex.subordinators.contains(ws.get(cs).lower()) && !afterQuote(ws.get(cs).start(), u)) {
              // the clause is the sentence's main clause after an apposition: "Christel Muster, die
              // Sprecherin der Fraktion, kritisierte:"
              ordered = valid(clauses.subject(first, clauseEnd(wi, u), wi), u);
            }
            if (ordered == null) {
              ordered = valid(clauses.subject(cs, clauseEnd(wi, u), wi), u);
            }
          }
          if (ordered != null) {
            sp = ordered;
            afterSide = sp.start() > ws.get(wi).start();
          } else if (lex.verbSecond && sp != null && sp.start() > clauseStart(wi, u)) {
            sp = null; // something else stands before the verb: the subject follows it
          }
          if (sp == null && (lex.verbSecond || inversionAllowed(ws.get(wi).start(), u))) {
            int k = wi + len;
            while (lex.verbSecond && k < u.endWord() && lex.skip.contains(ws.get(k).lower())) {
              k++;
            }
            sp = valid(npAfter(k, u), u);
            afterSide = sp != null;
          }
          if (sp == null && lex.verbSecond) {
            sp = valid(npBefore(wi, u), u); // a verb-final clause: "..., wie der Minister sagte"
          }
          c = new Cue(ws.get(wi).start(), ws.get(wi + len - 1).end(), phrase(wi, len), Cue.Form.VERB, sp, afterSide);
        } else if ((len = match(wi, u, lex.stance, false)) > 0) {
          Cue.Phrase sp = valid(npBefore(wi, u), u);
          if (sp != null && afterPreposition(sp)) {
            sp = null;
          }
          c = new Cue(ws.get(wi).start(), ws.get(wi + len - 1).end(), phrase(wi, len), Cue.Form.STANCE, sp, false);
        } else if ((len = match(wi, u, lex.participles, false)) > 0) {
          Cue.Phrase sp = valid(npBefore(wi, u), u);
          if (sp != null && !text.substring(sp.end(), ws.get(wi).start()).isBlank()) {
            sp = null;
          }
          c = new Cue(ws.get(wi).start(), ws.get(wi + len - 1).end(), phrase(wi, len), Cue.Form.PARTICIPLE, sp, false);
        }
        if (c != null) {
          out.add(c);
          wi += len - 1;
        }
      }
      return out;
    }

    /** Whether a preposition stands just before the phrase ({@code prepositions.txt}). */
    boolean afterPreposition(Cue.Phrase p) {
      int k = tu.wordAt(p.start()) - 1;
      return k >= 0 && text.substring(tu.words.get(k).end(), p.start()).isBlank()
          && lex.prepositions.contains(tu.words.get(k).lower());
    }

    /** The phrase if it can name a speaker ({@link SpeakerPhrases}), else null. */
    Cue.Phrase valid(Cue.Phrase p, TextUnits.Unit u) {
      return p != null && phrases.canSpeak(p, text, u.start()) ? p : null;
    }

    /** Where the clause of word {@code wi} starts: after the last comma, colon or quote before it. */
    int clauseStart(int wi, TextUnits.Unit u) {
      int from = u.start();
      for (int i = tu.words.get(wi).start() - 1; i >= u.start(); i--) {
        char ch = text.charAt(i);
        if (",;:–—(".indexOf(ch) >= 0 || CLOSERS.indexOf(ch) >= 0 || tu.quoted(i)) {
          from = i + 1;
          break;
        }
      }
      int k = tu.wordAt(from);
      return k < u.endWord() ? tu.words.get(k).start() : from;
    }

    /**
     * A separable verb ("teilte ... mit"): the finite verb of a two-word entry whose particle
     * stands later in the same clause; the length of the finite verb (1), or 0.
     */
    int separable(int wi, TextUnits.Unit u) {
      if (!lex.verbSecond) {
        return 0;
      }
      List<TextUnits.Word> ws = tu.words;
      for (List<String> v : lex.verbs) {
        if (v.size() != 2 || !ws.get(wi).lower().equals(v.get(0))) {
          continue;
        }
        for (int k = wi + 1; k < u.endWord() && k <= wi + SEPARABLE_REACH_WORDS; k++) {
          TextUnits.Word w = ws.get(k);
          if (w.quoted() || !text.substring(ws.get(k - 1).end(), w.start()).isBlank()
              && !text.substring(ws.get(k - 1).end(), w.start()).strip().equals(".")) {
            break;
          }
          if (w.lower().equals(v.get(1))) {
            return 1;
          }
        }
      }
      return 0;
    }

    String phrase(int wi, int len) {
      return text.substring(tu.words.get(wi).start(), tu.words.get(wi + len - 1).end());
    }

    int match(int wi, TextUnits.Unit u, List<List<String>> phrases, boolean capitalOk) {
      List<TextUnits.Word> ws = tu.words;
      for (List<String> p : phrases) {
        if (wi + p.size() > u.endWord()) {
          continue;
        }
        boolean ok = capitalOk || !ws.get(wi).capitalised();
        for (int k = 0; ok && k < p.size(); k++) {
          TextUnits.Word w = ws.get(wi + k);
          ok = w.lower().equals(p.get(k)) && !w.quoted()
              && (k == 0 || text.substring(ws.get(wi + k - 1).end(), w.start()).isBlank());
        }
        if (ok) {
          return p.size();
        }
      }
      return 0;
    }

    boolean inversionAllowed(int cueStart, TextUnits.Unit u) {
      int i = cueStart - 1;
      while (i >= u.start() && Character.isWhitespace(text.charAt(i))) {
        i--;
      }
      return i < u.start() || text.charAt(i) == ',' || CLOSERS.indexOf(text.charAt(i)) >= 0;
    }

    /** The speaker phrase ending just before the cue at word {@code wi}. */
    Cue.Phrase npBefore(int wi, TextUnits.Unit u) {
      List<TextUnits.Word> ws = tu.words;
      int cueStart = ws.get(wi).start();
      int j = wi - 1;
      while (j >= u.firstWord() && lex.skip.contains(ws.get(j).lower()) && plain(ws.get(j).end(), cueStart)) {
        j--;
      }
      if (j - 2 >= u.firstWord() && lex.coordinators.contains(ws.get(j).lower())
          && !ws.get(j - 1).capitalised() && plain(ws.get(j - 2).end(), cueStart)) {
        j -= 2;
        while (j >= u.firstWord() && lex.skip.contains(ws.get(j).lower())) {
          j--;
        }
      }
      if (j < u.firstWord() || ws.get(j).quoted()) {
        return null;
      }
      if (plain(ws.get(j).end(), cueStart)) {
        return npEndingAt(j, u);
      }
      String gap = text.substring(ws.get(j).end(), cueStart).strip();
      if (gap.endsWith(")")) { // "Rep. Gwen Moore (D-Wis.) said"
        int open = text.lastIndexOf('(', cueStart);
        int k = open > u.start() ? tu.wordAt(open) - 1 : -1;
        if (k >= u.firstWord() && plain(ws.get(k).end(), open) && !ws.get(k).quoted()) {
          return npEndingAt(k, u);
        }
        return null;
      }
      return appositive(j, cueStart, u);
    }

    /** "Eric Green, who worked ..., said": the name that opens the sentence before a comma pair. */
    Cue.Phrase appositive(int j, int cueStart, TextUnits.Unit u) {
      String gap = text.substring(tu.words.get(j).end(), cueStart).strip();
      if (!gap.equals(",")) {
        return null;
      }
      int close = text.lastIndexOf(',', cueStart);
      // the apposition may hold commas itself ("Scott Pruitt, the attorney general of Oklahoma,
      // one of the states suing the EPA, said"): try each earlier comma
      for (int i = close - 1; i >= Math.max(u.start(), close - APPOSITIVE_MAX_CHARS); i--) {
        if (text.charAt(i) != ',' || tu.quoted(i)) {
          continue;
        }
        int k = tu.wordAt(i) - 1;
        if (k < u.firstWord() || tu.words.get(k).quoted()) {
          return null;
        }
        Cue.Phrase p = npEndingAt(k, u);
        if (p == null) {
          continue;
        }
        int first = tu.wordAt(p.start());
        boolean opening = true;
        for (int m = u.firstWord(); m < first && opening; m++) {
          opening = tu.words.get(m).quoted() || Stopwords.contains(lex.lang, tu.words.get(m).lower());
        }
        if (opening) {
          return p;
        }
      }
      return null;
    }

    boolean plain(int from, int to) {
      for (int i = from; i < to; i++) {
        char ch = text.charAt(i);
        if (!Character.isLetterOrDigit(ch) && !Character.isWhitespace(ch) && ch != '-' && ch != '’'
            && ch != '\'' && ch != '.') {
          return false;
        }
      }
      return true;
    }

    boolean joined(int a, int b) {
      return text.substring(tu.words.get(a).end(), tu.words.get(b).start()).isBlank()
          || text.substring(tu.words.get(a).end(), tu.words.get(b).start()).equals(". ");
    }

    /**
     * A name, pronoun or description ending at word {@code j}, with the description it
     * complements ("another aide to the president", "an analyst at the Brookings Institution").
     */
    Cue.Phrase npEndingAt(int j, TextUnits.Unit u) {
      Cue.Phrase inner = npCore(j, u);
      if (inner == null || inner.kind() == Cue.Phrase.Kind.PRONOUN
          || inner.kind() == Cue.Phrase.Kind.PLURAL_PRONOUN) {
        return inner;
      }
      List<TextUnits.Word> ws = tu.words;
      int s = tu.wordAt(inner.start());
      if (lex.nounsCapitalised && inner.kind() == Cue.Phrase.Kind.NAME) {
        // "der italienische Innenminister": adjectives back to the determiner make a description
        int k = s;
        while (k - 1 >= u.firstWord() && s - k < NP_MAX_WORDS && joined(k - 1, k) && !ws.get(k - 1).quoted()
            && !ws.get(k - 1).capitalised() && !lex.determiner(ws.get(k - 1).lower())
            && !Stopwords.contains(lex.lang, ws.get(k - 1).lower())) {
          k--;
        }
        if (lex.determiner(ws.get(s).lower())) {
          k = s + 1; // "Das Ministerium": the determiner opens the sentence
        }
        if (k - 1 >= u.firstWord() && lex.determiner(ws.get(k - 1).lower()) && (k - 1 == s || joined(k - 1, k))) {
          String d = ws.get(k - 1).lower();
          inner = new Cue.Phrase(ws.get(k - 1).start(), inner.end(), text.substring(ws.get(k - 1).start(), inner.end()),
              lex.indefinite.contains(d) ? Cue.Phrase.Kind.INDEFINITE : Cue.Phrase.Kind.DEFINITE);
          s = k - 1;
        }
      }
      if (s - 1 >= u.firstWord() && lex.determiner(ws.get(s - 1).lower()) && joined(s - 1, s)
          && inner.kind() == Cue.Phrase.Kind.NAME) {
        s--;
      }
      if (s - 2 >= u.firstWord() && lex.links.contains(ws.get(s - 1).lower()) && joined(s - 1, s)
          && joined(s - 2, s - 1) && !ws.get(s - 2).quoted()) {
        Cue.Phrase outer = npCore(s - 2, u);
        if (outer != null && outer.kind() != Cue.Phrase.Kind.PRONOUN
            && outer.kind() != Cue.Phrase.Kind.PLURAL_PRONOUN) {
          return new Cue.Phrase(outer.start(), inner.end(), text.substring(outer.start(), inner.end()),
              outer.kind());
        }
      }
      return inner;
    }

    Cue.Phrase npCore(int j, TextUnits.Unit u) {
      List<TextUnits.Word> ws = tu.words;
      TextUnits.Word w = ws.get(j);
      if (lex.pronoun(w.lower())) {
        return new Cue.Phrase(w.start(), w.end(), w.text(),
            lex.plural.contains(w.lower()) ? Cue.Phrase.Kind.PLURAL_PRONOUN : Cue.Phrase.Kind.PRONOUN);
      }
      if (w.capitalised()) {
        int k = j;
        while (k - 1 >= u.firstWord() && !ws.get(k - 1).quoted() && joined(k - 1, k)
            && (ws.get(k - 1).capitalised() || lex.links.contains(ws.get(k - 1).lower())
                && k - 2 >= u.firstWord() && ws.get(k - 2).capitalised())) {
          k--;
        }
        while (k < j && Stopwords.contains(lex.lang, ws.get(k).lower()) && !lex.determiner(ws.get(k).lower())) {
          k++;
        }
        if (Stopwords.contains(lex.lang, w.lower())) {
          return null;
        }
        return new Cue.Phrase(ws.get(k).start(), w.end(), text.substring(ws.get(k).start(), w.end()),
            Cue.Phrase.Kind.NAME);
      }
      int k = j;
      for (int steps = 0; k - 1 >= u.firstWord() && steps < NP_MAX_WORDS; steps++) {
        TextUnits.Word p = ws.get(k - 1);
        if (p.quoted() || !joined(k - 1, k)) {
          break;
        }
        if (lex.determiner(p.lower()) || p.capitalised() && (p.lower().endsWith("’s") || p.lower().endsWith("'s"))) {
          Cue.Phrase.Kind kind = lex.indefinite.contains(p.lower()) ? Cue.Phrase.Kind.INDEFINITE
              : Cue.Phrase.Kind.DEFINITE;
          return new Cue.Phrase(p.start(), w.end(), text.substring(p.start(), w.end()), kind);
        }
        if (Stopwords.contains(lex.lang, p.lower()) && !p.capitalised()) {
          break;
        }
        k--;
      }
      if (lex.roles.contains(w.lower())) {
        int s = j;
        while (s - 1 >= u.firstWord() && ws.get(s - 1).capitalised() && joined(s - 1, s) && !ws.get(s - 1).quoted()
            && !Stopwords.contains(lex.lang, ws.get(s - 1).lower())) {
          s--;
        }
        return new Cue.Phrase(ws.get(s).start(), w.end(), text.substring(ws.get(s).start(), w.end()),
            Cue.Phrase.Kind.INDEFINITE);
      }
      return null;
    }

    Cue.Phrase nameForward(int wi, TextUnits.Unit u) {
      List<TextUnits.Word> ws = tu.words;
      int k = wi;
      while (k + 1 < u.endWord() && !ws.get(k + 1).quoted() && joined(k, k + 1)
          && (ws.get(k + 1).capitalised() || lex.links.contains(ws.get(k + 1).lower())
              && k + 2 < u.endWord() && ws.get(k + 2).capitalised())) {
        k++;
      }
      return new Cue.Phrase(ws.get(wi).start(), ws.get(k).end(),
          text.substring(ws.get(wi).start(), ws.get(k).end()), Cue.Phrase.Kind.NAME);
    }

    /** The speaker phrase starting at word {@code wi}, after a cue. */
    Cue.Phrase npAfter(int wi, TextUnits.Unit u) {
      List<TextUnits.Word> ws = tu.words;
      if (wi >= u.endWord() || ws.get(wi).quoted() || wi > 0 && !joined(wi - 1, wi)) {
        return null;
      }
      TextUnits.Word w = ws.get(wi);
      if (lex.pronoun(w.lower())) {
        return new Cue.Phrase(w.start(), w.end(), w.text(),
            lex.plural.contains(w.lower()) ? Cue.Phrase.Kind.PLURAL_PRONOUN : Cue.Phrase.Kind.PRONOUN);
      }
      if (w.capitalised() && !Stopwords.contains(lex.lang, w.lower())) {
        return nameForward(wi, u);
      }
      if (lex.determiner(w.lower())) {
        int k = wi + 1;
        int last = -1;
        boolean noun = false;
        while (k < u.endWord() && k - wi <= NP_MAX_WORDS && joined(k - 1, k) && !ws.get(k).quoted()
            && (ws.get(k).capitalised() || !Stopwords.contains(lex.lang, ws.get(k).lower()))
            && !(lex.nounsCapitalised && noun && !ws.get(k).capitalised())) {
          noun |= ws.get(k).capitalised(); // German: the phrase ends with its nouns ("der Minister am Montag")
          last = k;
          k++;
        }
        if (last < 0) {
          return null;
        }
        return new Cue.Phrase(w.start(), ws.get(last).end(), text.substring(w.start(), ws.get(last).end()),
            lex.indefinite.contains(w.lower()) ? Cue.Phrase.Kind.INDEFINITE : Cue.Phrase.Kind.DEFINITE);
      }
      if (lex.roles.contains(w.lower())) {
        return new Cue.Phrase(w.start(), w.end(), w.text(), Cue.Phrase.Kind.INDEFINITE);
      }
      return null;
    }

    // ---- cues (Chinese) --------------------------------------------------------------------

    List<Cue> zhCues(TextUnits.Unit u) {
      List<Cue> out = new ArrayList<>();
      for (int ti = firstTokenFrom(u.start()); ti < zhTokens.size() && zhTokens.get(ti).span().start() < u.end(); ti++) {
        Token t = zhTokens.get(ti);
        if (t.span().end() > u.end() || tu.quoted(t.span().start())) {
          continue;
        }
        boolean prefix = lex.prefixes.stream().anyMatch(p -> p.get(0).equals(t.text()));
        if (prefix) {
          Cue.Phrase sp = zhSpeakerAfter(ti, u);
          out.add(new Cue(t.span().start(), t.span().end(), t.text(), Cue.Form.PREFIX, sp, true));
        } else if (zhVerbs.contains(t.text())) {
          Cue.Phrase sp = zhSpeakerBefore(ti, u);
          out.add(new Cue(t.span().start(), t.span().end(), t.text(), Cue.Form.VERB, sp, false));
        } else {
          Cue fused = zhFused(t);
          if (fused != null) {
            out.add(fused);
          }
        }
      }
      return out;
    }

    /** A segment that fuses a role or pronoun with its cue ("官员称"). */
    Cue zhFused(Token t) {
      for (String v : zhVerbs) {
        String w = t.text();
        if (w.length() > v.length() && w.endsWith(v)) {
          String head = w.substring(0, w.length() - v.length());
          int s = t.span().start();
          int e = s + head.length();
          if (lex.pronoun(head)) {
            return new Cue(e, t.span().end(), v, Cue.Form.VERB, new Cue.Phrase(s, e, head,
                lex.plural.contains(head) ? Cue.Phrase.Kind.PLURAL_PRONOUN : Cue.Phrase.Kind.PRONOUN), false);
          }
          if (lex.roles.contains(head)) {
            return new Cue(e, t.span().end(), v, Cue.Form.VERB, zhRole(s, e), false);
          }
          if (lex.frameClosers.contains(head)) { // "时说": the setting closes on the cue
            return new Cue(e, t.span().end(), v, Cue.Form.VERB, zhFramed(e), false);
          }
        }
      }
      return null;
    }

    /** A role noun with the determiner written just before it ("该官员", "一位官员"). */
    Cue.Phrase zhRole(int start, int end) {
      String before = text.substring(Math.max(0, start - 4), start);
      for (String d : lex.definite) {
        if (before.endsWith(d)) {
          return new Cue.Phrase(start - d.length(), end, text.substring(start - d.length(), end),
              Cue.Phrase.Kind.DEFINITE);
        }
      }
      for (String d : lex.indefinite) {
        if (before.endsWith(d)) {
          // "一位乌克兰官员": the determiner may stand before a modifier
          return new Cue.Phrase(start - d.length(), end, text.substring(start - d.length(), end),
              Cue.Phrase.Kind.INDEFINITE);
        }
      }
      return new Cue.Phrase(start, end, text.substring(start, end), Cue.Phrase.Kind.INDEFINITE);
    }

    /** The speaker before a setting that ends at the cue ("特朗普在接受采访时说"). */
    Cue.Phrase zhFramed(int cueStart) {
      for (Mention m : mentionsFrom(cueStart - ZH_FRAME_MAX - longestMention)) {
        if (m.span().end() > cueStart) {
          break;
        }
        int e = m.span().end();
        if (!m.role() && cueStart - e <= ZH_FRAME_MAX && e < text.length()
            && lex.frameOpeners.contains(text.substring(e, e + 1)) && zhGapOk(e, cueStart)) {
          // the outermost setting opens after the subject: "特朗普在与普京在小范围会晤之后的
          // 联合新闻发布会上表示" is Trump's, not Putin's
          return new Cue.Phrase(m.span().start(), e, m.text(), Cue.Phrase.Kind.NAME);
        }
      }
      return null;
    }

    /** Pronouns and role nouns among the mentions are read from the tokens below, not as names. */
    Cue.Phrase zhSpeakerBefore(int ti, TextUnits.Unit u) {
      int cueStart = zhTokens.get(ti).span().start();
      Cue.Phrase framed = zhFramed(cueStart);
      if (framed != null && framed.start() >= u.start()) {
        return framed;
      }
      Cue.Phrase best = null;
      for (Mention m : mentionsFrom(cueStart - ZH_GAP_MAX - longestMention)) {
        if (m.span().end() > cueStart) {
          break;
        }
        if (!m.role() && m.span().start() >= u.start() && cueStart - m.span().end() <= ZH_GAP_MAX
            && zhGapOk(m.span().end(), cueStart) && !tu.quoted(m.span().start())) {
          best = new Cue.Phrase(m.span().start(), m.span().end(), m.text(), Cue.Phrase.Kind.NAME);
        }
      }
      for (int k = ti - 1; k >= 0; k--) {
        Token t = zhTokens.get(k);
        if (t.span().start() < u.start() || cueStart - t.span().end() > ZH_GAP_MAX
            || !zhGapOk(t.span().end(), cueStart)) {
          break;
        }
        if (best != null && t.span().end() <= best.end()) {
          break;
        }
        if (lex.pronoun(t.text())) {
          return new Cue.Phrase(t.span().start(), t.span().end(), t.text(),
              lex.plural.contains(t.text()) ? Cue.Phrase.Kind.PLURAL_PRONOUN : Cue.Phrase.Kind.PRONOUN);
        }
        if (lex.roles.contains(t.text())) {
          return zhRole(t.span().start(), t.span().end());
        }
      }
      return best;
    }

    Cue.Phrase zhSpeakerAfter(int ti, TextUnits.Unit u) {
      int end = zhTokens.get(ti).span().end();
      for (Mention m : mentionsFrom(end)) {
        if (m.span().start() - end > ZH_GAP_MAX) {
          break;
        }
        if (!m.role() && m.span().start() >= end && m.span().start() - end <= ZH_GAP_MAX && m.span().end() <= u.end()
            && zhGapOk(end, m.span().start())) {
          return new Cue.Phrase(m.span().start(), m.span().end(), m.text(), Cue.Phrase.Kind.NAME);
        }
      }
      return null;
    }

    /** The index of the first passage opening at or after {@code pos} (passages are in text order). */
    int firstPassageFrom(int pos) {
      int lo = 0;
      int hi = passages.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (passages.get(mid).open() < pos) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** The index of the first Chinese token starting at or after {@code pos}. */
    int firstTokenFrom(int pos) {
      int lo = 0;
      int hi = zhTokens.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (zhTokens.get(mid).span().start() < pos) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** The mentions starting at or after {@code pos}, in text order. */
    List<Mention> mentionsFrom(int pos) {
      int lo = 0;
      int hi = mentions.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (mentions.get(mid).span().start() < pos) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return mentions.subList(lo, mentions.size());
    }

    boolean zhGapOk(int from, int to) {
      for (int i = from; i < to; i++) {
        char ch = text.charAt(i);
        if (!Character.isLetterOrDigit(ch) && !Character.isWhitespace(ch) || tu.quoted(i)) {
          return false;
        }
      }
      String gap = text.substring(from, to);
      for (String v : zhVerbs) {
        if (gap.contains(v)) {
          return false;
        }
      }
      return true;
    }
  }
}
