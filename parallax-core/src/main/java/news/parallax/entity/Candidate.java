package news.parallax.entity;

import java.util.List;
import java.util.Set;
import news.parallax.model.EntityType;
import news.parallax.model.Span;

/**
 * A mention found in one sentence, before it is resolved against the rest of the article.
 *
 * @param span where it stands in the article text
 * @param text its surface form
 * @param type the type the sentence suggests (other when it does not)
 * @param kind a name, a description ("the Russian leader"), a pronoun or a relative "who"
 * @param sentence the index of its sentence
 * @param name for names, the name words (title words left out), else the head noun
 * @param attributes title and modifier words seen with a name ("russian", "president"), lower
 *     case; for descriptions, their modifiers
 * @param strong whether the type rests on a title, a gazetteer or a typing word rather than
 *     on the shape of the name alone
 * @param definite for descriptions: whether a definite determiner makes it refer to one
 *     thing already named ("the", "this", "该")
 * @param plural for descriptions: whether the head is plural (a group, resolved to no entity)
 * @param actor for place names: whether the sentence uses the place as an actor rather than a
 *     location ("Israel's assault", "Sudan bombs a camp"): the state or team, not the place
 * @param team for names: whether the sentence makes it a side in a scored contest ("Creighton
 *     defeats Drake 65 - 53"), which makes the name a team throughout the article
 */
record Candidate(
    Span span,
    String text,
    EntityType type,
    Kind kind,
    int sentence,
    List<String> name,
    Set<String> attributes,
    boolean strong,
    boolean definite,
    boolean plural,
    boolean actor,
    boolean team) {

  /** What sort of mention a candidate is. */
  enum Kind { NAME, DESCRIPTION, PRONOUN, RELATIVE }

  Candidate(Span span, String text, EntityType type, Kind kind, int sentence, List<String> name,
      Set<String> attributes, boolean strong, boolean definite, boolean plural) {
    this(span, text, type, kind, sentence, name, attributes, strong, definite, plural, false, false);
  }

  Candidate {
    name = List.copyOf(name);
    attributes = Set.copyOf(attributes);
  }

  /** This candidate used as an actor. */
  Candidate asActor() {
    return new Candidate(span, text, type, kind, sentence, name, attributes, strong, definite, plural, true, team);
  }

  /** This candidate as a side in a contest. */
  Candidate asTeam() {
    return new Candidate(span, text, type, kind, sentence, name, attributes, strong, definite, plural, actor, true);
  }

  /** The head word of a description, lower case. */
  String head() {
    return name.isEmpty() ? "" : name.get(name.size() - 1);
  }
}
