package news.parallax.quote;

/**
 * An attribution cue found in a sentence, with the speaker phrase it attaches to.
 *
 * @param start where the cue starts
 * @param end where the cue ends
 * @param text the cue as written
 * @param form a speech verb, a participle, or a source prefix ("according to")
 * @param speaker the speaker phrase, or null when the sentence gives none
 * @param speakerAfter whether the speaker stands after the cue ("said Putin")
 */
record Cue(int start, int end, String text, Form form, Phrase speaker, boolean speakerAfter) {

  /** How the cue relates to its speaker and content. */
  enum Form { VERB, PARTICIPLE, PREFIX, STANCE }

  /**
   * A speaker phrase as written.
   *
   * @param kind a name, a pronoun, a definite or an indefinite description
   */
  record Phrase(int start, int end, String text, Kind kind) {
    enum Kind { NAME, PRONOUN, PLURAL_PRONOUN, DEFINITE, INDEFINITE }
  }

  /** The first offset of the cue together with its speaker. */
  int first() {
    return speaker == null ? start : Math.min(start, speaker.start());
  }

  /** The offset just after the cue together with its speaker. */
  int last() {
    return speaker == null ? end : Math.max(end, speaker.end());
  }
}
