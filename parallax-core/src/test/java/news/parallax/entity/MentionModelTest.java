package news.parallax.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import news.parallax.model.EntityType;
import news.parallax.model.Mention;
import news.parallax.model.Span;
import org.junit.jupiter.api.Test;

class MentionModelTest {

  private static MentionModel.Featured role(int at, String head, String key) {
    return new MentionModel.Featured(new Mention(new Span(at, at + 3), head, EntityType.PERSON, key, true),
        List.of("bias", "head=" + head));
  }

  private static MentionModel.Featured name(int at, String key, EntityType type, String last) {
    return new MentionModel.Featured(new Mention(new Span(at, at + 3), key, type, key, false),
        List.of("bias", "last=" + last));
  }

  /** Role heads labelled as no participant in every topic, and names ending in "county" labelled places. */
  private static MentionModel fitted() {
    List<MentionModel.Featured> xs = new ArrayList<>();
    List<EntityType> ys = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (int topic = 0; topic < 4; topic++) {
      xs.add(role(0, "users", null));
      ys.add(null);
      xs.add(role(10, "lawyer", null));
      ys.add(EntityType.PERSON);
      xs.add(name(20, "Orange County", EntityType.PERSON, "county"));
      ys.add(EntityType.PLACE);
      for (int g = 0; g < 3; g++) {
        groups.add("t" + topic);
      }
    }
    return MentionModel.fit(xs, ys, groups);
  }

  @Test
  void learnsWhichDescriptionsNameNoOneAndWhichNamesArePlaces() {
    List<Mention> out = fitted().apply(List.of(role(0, "users", null), role(10, "lawyer", null),
        role(20, "users", "Jane Doe"), name(30, "Marin County", EntityType.PERSON, "county")));
    assertEquals(EntityType.OTHER, out.get(0).type());
    assertEquals(EntityType.PERSON, out.get(1).type());
    assertEquals(EntityType.PERSON, out.get(2).type(), "a description resolved to a named person stays");
    assertEquals(EntityType.PLACE, out.get(3).type());
  }

  @Test
  void aFeatureSeenInTooFewTopicsGetsNoWeight() {
    List<MentionModel.Featured> xs = List.of(role(0, "users", null), role(10, "users", null));
    List<EntityType> ys = new ArrayList<>();
    ys.add(null);
    ys.add(null);
    MentionModel m = MentionModel.fit(xs, ys, List.of("one", "one"));
    assertEquals(0, m.size());
    assertEquals(EntityType.PERSON, m.apply(List.of(role(0, "users", null))).get(0).type());
  }

  @Test
  void fittingIsDeterministic() {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    fitted().write(a);
    fitted().write(b);
    assertEquals(a.toString(), b.toString());
  }

  @Test
  void mismatchedListsAreRefusedWithTheirSizes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MentionModel.fit(List.of(role(0, "users", null)), List.of(), List.of()));
    assertEquals(true, e.getMessage().contains("1, 0 and 0"), e.getMessage());
  }
}
