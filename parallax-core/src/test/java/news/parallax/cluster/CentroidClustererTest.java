package news.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.Story;
import org.junit.jupiter.api.Test;

class CentroidClustererTest {
  static final AnalyzedArticle WIRE = Fixtures.article("en-quake-chile-wire", "wire", "2024-03-04");
  static final AnalyzedArticle DAILY = Fixtures.article("en-quake-chile-daily", "daily", "2024-03-05");
  static final AnalyzedArticle ZH = Fixtures.article("zh-quake-chile", "zh", "2024-03-04T20:00:00+08:00");
  static final AnalyzedArticle PERU = Fixtures.article("en-quake-peru", "peru", "2024-03-05");
  static final AnalyzedArticle FOOTBALL = Fixtures.article("en-football-final", "football", "2024-03-04");

  private static List<Story> cluster(List<AnalyzedArticle> articles) {
    StoryClusterer c = StoryClusterer.standard();
    articles.forEach(c::add);
    return c.stories();
  }

  private static String storyOf(List<Story> stories, String id) {
    return stories.stream().filter(s -> s.articles().contains(id)).findFirst().orElseThrow().id();
  }

  @Test
  void sameEventJoinsAcrossLanguagesAndOtherEventsStayApart() {
    List<AnalyzedArticle> all = List.of(WIRE, PERU, ZH, FOOTBALL, DAILY);
    Random rnd = new Random(7);
    for (int round = 0; round < 6; round++) {
      List<AnalyzedArticle> order = new ArrayList<>(all);
      java.util.Collections.shuffle(order, rnd);
      List<Story> stories = cluster(order);
      String chile = storyOf(stories, "wire");
      assertEquals(chile, storyOf(stories, "daily"), "order " + ids(order));
      assertEquals(chile, storyOf(stories, "zh"), "Chinese article, order " + ids(order));
      assertTrue(!chile.equals(storyOf(stories, "peru")), "another earthquake, order " + ids(order));
      assertTrue(!chile.equals(storyOf(stories, "football")), "order " + ids(order));
      assertEquals(3, stories.size(), "order " + ids(order));
      assertEquals(3, stories.get(0).articles().size(), "largest story first");
    }
  }

  @Test
  void namesInAnotherAlphabetMeetTheirLatinSpelling() {
    AnalyzedArticle ru = Fixtures.article("ru-quake-chile", "ru", "2024-03-04");
    java.util.Map<String, Double> concepts = Concepts.of(ru);
    // Борич, Вальпараисо and Габриэль inside sentences are spelt as the English pages spell them
    for (String name : List.of("boric", "valpa", "gabri")) {
      assertTrue(concepts.containsKey(name), name + " in " + concepts.keySet());
    }
    PairSimilarity sim = PairSimilarity.over(List.of(WIRE, DAILY, PERU, FOOTBALL, ru));
    double chile = sim.cosine(ru, WIRE);
    double peru = sim.cosine(ru, PERU);
    assertTrue(chile > 2 * peru, chile + " vs " + peru);
    for (int round = 0; round < 4; round++) {
      List<AnalyzedArticle> order = new ArrayList<>(List.of(WIRE, PERU, ru, FOOTBALL, DAILY));
      java.util.Collections.shuffle(order, new Random(round));
      List<Story> stories = cluster(order);
      assertEquals(storyOf(stories, "wire"), storyOf(stories, "ru"), "order " + ids(order));
      assertTrue(!storyOf(stories, "peru").equals(storyOf(stories, "ru")), "order " + ids(order));
    }
  }

  @Test
  void sameArticlesSameOrderGiveTheSameStories() {
    List<AnalyzedArticle> order = List.of(ZH, WIRE, PERU, DAILY, FOOTBALL);
    assertEquals(cluster(order), cluster(order));
  }

  @Test
  void articlesOutsideTheTimeWindowStartANewStory() {
    AnalyzedArticle late = Fixtures.article("en-quake-chile-daily", "late", "2024-03-20");
    List<Story> stories = cluster(List.of(WIRE, DAILY, late));
    assertTrue(!storyOf(stories, "wire").equals(storyOf(stories, "late")));
    AnalyzedArticle twoDays = Fixtures.article("en-quake-chile-daily", "two-days", "2024-03-06");
    stories = cluster(List.of(WIRE, twoDays));
    assertEquals(storyOf(stories, "wire"), storyOf(stories, "two-days"));
  }

  @Test
  void storiesUpdateAsArticlesArrive() {
    StoryClusterer c = StoryClusterer.standard();
    c.add(WIRE);
    assertEquals(1, c.stories().size());
    c.add(PERU);
    assertEquals(2, c.stories().size());
    c.add(DAILY);
    assertEquals(List.of("wire", "daily"), c.stories().get(0).articles());
  }

  @Test
  void emptyAndOddArticlesDoNotBreakTheRun() {
    Article empty = new Article("empty", "x", null, null, null, null, "not a date", null, List.of(),
        List.of(), 0);
    AnalyzedArticle a = new AnalyzedArticle(empty, List.of(), List.of(), List.of(), List.of());
    List<Story> stories = cluster(List.of(a, WIRE, a.article().id().equals("") ? WIRE : DAILY));
    assertEquals(2, stories.size());
    assertEquals(List.of("wire", "daily"), stories.get(0).articles());
  }

  @Test
  void settingsRejectBadValuesByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ClusterSettings.DEFAULT.withThreshold(1.5));
    assertTrue(e.getMessage().contains("threshold"));
    assertThrows(IllegalArgumentException.class, () -> ClusterSettings.DEFAULT.withMaxGapDays(-1));
  }

  @Test
  void anEmbedderAddsItsSignal() {
    // an embedder that sees every article as the same point pulls the unrelated stories together
    ClusterSettings s = ClusterSettings.DEFAULT.withEmbedder(x -> new float[] {1, 0});
    StoryClusterer c = StoryClusterer.with(s.withThreshold(0.45));
    List.of(WIRE, FOOTBALL).forEach(c::add);
    assertEquals(1, c.stories().size());
    StoryClusterer plain = StoryClusterer.with(ClusterSettings.DEFAULT.withThreshold(0.45));
    List.of(WIRE, FOOTBALL).forEach(plain::add);
    assertEquals(2, plain.stories().size());
  }

  @Test
  void anEmbeddingIsNotHeldToTheLoweredCrossLingualBar() {
    // the Chinese earthquake report and the English football report share no words; an
    // embedding that puts them at cosine 0.4 (as models put unrelated news) must not join them,
    // although 0.4 clears the bar a translated word vector gets in another language
    Embedder toy = a -> a == FOOTBALL ? new float[] {1, 0} : new float[] {0.4f, 0.9165f};
    StoryClusterer c = StoryClusterer.with(ClusterSettings.DEFAULT.withEmbedder(toy));
    c.add(FOOTBALL);
    c.add(ZH);
    assertEquals(2, c.stories().size());
    // while the English report of that earthquake, at the same point as the Chinese one, joins
    StoryClusterer quake = StoryClusterer.with(ClusterSettings.DEFAULT.withEmbedder(toy));
    quake.add(WIRE);
    quake.add(ZH);
    assertEquals(1, quake.stories().size());
  }

  /** The article in another language, with another id: its text and analysis unchanged. */
  private static AnalyzedArticle as(AnalyzedArticle x, String id, String lang) {
    Article a = x.article();
    return new AnalyzedArticle(new Article(id, a.source(), a.url(), a.outlet(), a.title(),
        a.author(), a.published(), lang, a.paragraphs(), a.evidence(), a.dropped()),
        x.sentences(), x.mentions(), x.quotes(), x.claims());
  }

  @Test
  void languagesWithoutABitGiveTheSameStories() {
    // past CentroidClusterer.LANGUAGE_BITS languages a story's languages are searched in its
    // list instead of tested by bit: both ways must give the same stories
    AnalyzedArticle ru = Fixtures.article("ru-quake-chile", "ru", "2024-03-04");
    List<AnalyzedArticle> all = List.of(WIRE, DAILY, ZH, PERU, FOOTBALL, ru,
        as(WIRE, "wire-de", "de"), as(DAILY, "daily-zh", "zh"));
    Random rnd = new Random(3);
    // a lower threshold than the default, so that more joins and refinement moves happen
    ClusterSettings low = ClusterSettings.DEFAULT.withThreshold(0.18);
    for (int round = 0; round < 6; round++) {
      List<AnalyzedArticle> order = new ArrayList<>(all);
      java.util.Collections.shuffle(order, rnd);
      CentroidClusterer bits = new CentroidClusterer(low);
      CentroidClusterer lists = new CentroidClusterer(low, 0);
      CentroidClusterer some = new CentroidClusterer(low, 2);
      order.forEach(bits::add);
      order.forEach(lists::add);
      order.forEach(some::add);
      assertEquals(bits.stories(), lists.stories(), "order " + ids(order));
      assertEquals(bits.stories(), some.stories(), "order " + ids(order));
      List<Story> stories = bits.stories();
      assertTrue(!storyOf(stories, "peru").equals(storyOf(stories, "wire")), "order " + ids(order));
    }
  }

  @Test
  void storiesRetireOnceTheirWindowHasPassed() {
    CentroidClusterer c = new CentroidClusterer(ClusterSettings.DEFAULT);
    c.add(WIRE);
    c.add(DAILY);
    assertEquals(1, c.activeStories());
    // a fortnight later the earthquake story is closed: only the new one stays open
    c.add(Fixtures.article("en-football-final", "later", "2024-03-19"));
    assertEquals(1, c.activeStories());
    assertEquals(2, c.stories().size());
  }

  @Test
  void storiesAreRefinedBeforeTheyRetire() {
    // the lone-member case of aLoneMemberJoinsTheStoryOfAMemberAsCloseAsAJoinRequires, dated:
    // a story that closes before anyone reads the stories ends as a read would have left it
    ClusterSettings s = ClusterSettings.DEFAULT.withThreshold(0.6);
    CentroidClusterer c = new CentroidClusterer(s);
    for (AnalyzedArticle a : List.of(StoryMergeTest.A, StoryMergeTest.B, StoryMergeTest.C)) {
      c.add(dated(a, "2024-03-01"));
    }
    c.add(dated(StoryMergeTest.words("later", "orchestra premiere symphony conductor"),
        "2024-03-19"));
    assertEquals(1, c.activeStories(), "the first stories have retired");
    assertEquals(List.of(List.of("a", "b", "c"), List.of("later")),
        c.stories().stream().map(Story::articles).toList());
    // without refinement the retired stories stay as the single pass left them
    CentroidClusterer plain = new CentroidClusterer(s.withRefinePasses(0));
    for (AnalyzedArticle a : List.of(StoryMergeTest.A, StoryMergeTest.B, StoryMergeTest.C)) {
      plain.add(dated(a, "2024-03-01"));
    }
    plain.add(dated(StoryMergeTest.words("later", "orchestra premiere symphony conductor"),
        "2024-03-19"));
    assertEquals(List.of(List.of("a", "c"), List.of("b"), List.of("later")),
        plain.stories().stream().map(Story::articles).toList());
  }

  @Test
  void storiesAreRefinedWithAnEmbedderToo() {
    // the lone-member case above: at weight 0 the embedder changes nothing, refinement included
    ClusterSettings s = ClusterSettings.DEFAULT.withThreshold(0.6);
    Embedder same = a -> new float[] {1, 2, 3};
    StoryClusterer plain = StoryClusterer.with(s);
    StoryClusterer weightless = StoryClusterer.with(s.withEmbedder(same).withEmbeddingWeight(0));
    StoryClusterer blended = StoryClusterer.with(s.withEmbedder(same).withEmbeddingWeight(0.3));
    for (AnalyzedArticle a : List.of(StoryMergeTest.A, StoryMergeTest.B, StoryMergeTest.C)) {
      plain.add(a);
      weightless.add(a);
      blended.add(a);
    }
    assertEquals(List.of(List.of("a", "b", "c")),
        plain.stories().stream().map(Story::articles).toList());
    assertEquals(plain.stories(), weightless.stories());
    assertEquals(plain.stories(), blended.stories());
  }

  @Test
  void aReadRefinesOnlyTheStoriesChangedSinceTheLastRead() {
    CentroidClusterer c = new CentroidClusterer(ClusterSettings.DEFAULT);
    List<AnalyzedArticle> first = List.of(WIRE, PERU, FOOTBALL, DAILY);
    first.forEach(c::add);
    List<Story> once = c.stories();
    assertEquals(3, c.lastReadScope(), "the first read takes every open story");
    assertEquals(once, c.stories());
    assertEquals(0, c.lastReadScope(), "nothing added, nothing refined");
    AnalyzedArticle concert = StoryMergeTest.words("concert",
        "orchestra premiere symphony conductor violin");
    c.add(concert);
    c.stories();
    assertEquals(1, c.lastReadScope(), "a new story far from the others is refined alone");
    c.add(ZH);
    List<Story> after = c.stories();
    assertTrue(c.lastReadScope() >= 1 && c.lastReadScope() < 4, "scope " + c.lastReadScope());
    // here the incremental reads end where one read at the end does
    CentroidClusterer batch = new CentroidClusterer(ClusterSettings.DEFAULT);
    first.forEach(batch::add);
    batch.add(concert);
    batch.add(ZH);
    assertEquals(batch.stories(), after);
    assertEquals(storyOf(after, "wire"), storyOf(after, "zh"));
  }

  /** The same analyzed article published on {@code date}. */
  private static AnalyzedArticle dated(AnalyzedArticle x, String date) {
    news.parallax.model.Article a = x.article();
    return new AnalyzedArticle(new news.parallax.model.Article(a.id(), a.source(), a.url(),
        a.outlet(), a.title(), a.author(), date, a.language(), a.paragraphs(), a.evidence(),
        a.dropped()), x.sentences(), x.mentions(), x.quotes(), x.claims());
  }

  @Test
  void bisectionSeparatesTwoEventsAndKeepsOne() {
    // term 0 shared (the kind of event), 10-19 one event, 20-29 the other
    List<ConceptVector> two = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      two.add(unit(new int[] {0, 10, 11, 12 + i}, new float[] {1, 1, 1, 1}));
      two.add(unit(new int[] {0, 20, 21, 22 + i}, new float[] {1, 1, 1, 1}));
    }
    boolean[] side = CentroidClusterer.bisect(two);
    assertTrue(side != null, "two events split");
    for (int i = 0; i < two.size(); i += 2) {
      assertEquals(side[0], side[i], "same event, same side");
      assertTrue(side[0] != side[i + 1], "other event, other side");
    }
    List<ConceptVector> one = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      one.add(unit(new int[] {0, 1, 2, 3 + i}, new float[] {1, 1, 1, 1}));
    }
    assertEquals(null, CentroidClusterer.bisect(one), "one event stays whole");
  }

  @Test
  void aLooselyWrittenEventStaysWholeWhateverItsHalvesCentroidsSay() {
    // six reports sharing one term, each with five words of its own: every pair is at cosine
    // 1/6, so any two halves are as alike across as within (linkage 1), although the cosine of
    // two three-member centroids is only 0.375
    List<ConceptVector> loose = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      int b = 100 + 10 * i;
      loose.add(unit(new int[] {0, b, b + 1, b + 2, b + 3, b + 4}, new float[] {1, 1, 1, 1, 1, 1}));
    }
    boolean[] half = {false, false, false, true, true, true};
    assertEquals(1.0, CentroidClusterer.linkage(loose, half), 1e-6);
    assertEquals(null, CentroidClusterer.bisect(loose), "one loose event stays whole");
    // two events of one kind: pairs across at cosine 1/4, pairs within at 3/4
    List<ConceptVector> two = new ArrayList<>();
    boolean[] events = new boolean[8];
    for (int i = 0; i < 4; i++) {
      two.add(unit(new int[] {0, 10, 11, 12 + i}, new float[] {1, 1, 1, 1}));
      two.add(unit(new int[] {0, 20, 21, 22 + i}, new float[] {1, 1, 1, 1}));
      events[2 * i + 1] = true;
    }
    assertEquals(1 / 3.0, CentroidClusterer.linkage(two, events), 1e-6);
  }

  @Test
  void aLoneMemberJoinsTheStoryOfAMemberAsCloseAsAJoinRequires() {
    // b arrives before c, the article that links it to a: c joins a (the older of two equal
    // scores), so b stays a story of its own in the single pass; c alone is as close to b as a
    // join requires, so reading the stories moves b to a and c
    ClusterSettings s = ClusterSettings.DEFAULT.withThreshold(0.6);
    StoryClusterer single = StoryClusterer.with(s.withRefinePasses(0));
    StoryClusterer refined = StoryClusterer.with(s);
    for (AnalyzedArticle a : List.of(StoryMergeTest.A, StoryMergeTest.B, StoryMergeTest.C)) {
      single.add(a);
      refined.add(a);
    }
    assertEquals(List.of(List.of("a", "c"), List.of("b")),
        single.stories().stream().map(Story::articles).toList());
    assertEquals(List.of(List.of("a", "b", "c")),
        refined.stories().stream().map(Story::articles).toList());
    // the same b next to a story none of whose members comes that close stays alone
    StoryClusterer apart = StoryClusterer.with(s);
    apart.add(StoryMergeTest.A);
    apart.add(StoryMergeTest.B);
    apart.add(StoryMergeTest.words("e", "harbour crane collapse workers inspection"));
    assertEquals(List.of(List.of("a", "e"), List.of("b")),
        apart.stories().stream().map(Story::articles).toList());
    // a lone article far from every story stays alone
    StoryClusterer far = StoryClusterer.with(s);
    far.add(StoryMergeTest.A);
    far.add(StoryMergeTest.words("d", "orchestra premiere symphony conductor"));
    assertEquals(2, far.stories().size());
  }

  @Test
  void aFragmentTooSmallToSplitFoldsIntoTheStoryItWouldNotBeSplitFrom() {
    // f1 and f2 found a story; s1 to s3 share its two words but each scores under the
    // threshold against it (0.48 to 0.49 against 0.52), so they found a second one. The two
    // centroids are closer (0.55) than any s is to the first, and a split would not separate
    // them: reading the stories folds the fragment of two into the story of three.
    ClusterSettings s = ClusterSettings.DEFAULT.withThreshold(0.52);
    List<AnalyzedArticle> stream = List.of(
        StoryMergeTest.words("f1", "volcano eruption"),
        StoryMergeTest.words("f2", "volcano eruption"),
        StoryMergeTest.words("s1", "volcano eruption evacuation villages airport"),
        StoryMergeTest.words("s2", "volcano eruption evacuation villages flights"),
        StoryMergeTest.words("s3", "volcano eruption evacuation villages shelters"));
    StoryClusterer single = StoryClusterer.with(s.withRefinePasses(0));
    StoryClusterer refined = StoryClusterer.with(s);
    stream.forEach(single::add);
    stream.forEach(refined::add);
    assertEquals(List.of(List.of("s1", "s2", "s3"), List.of("f1", "f2")),
        single.stories().stream().map(Story::articles).toList());
    assertEquals(List.of(List.of("f1", "f2", "s1", "s2", "s3")),
        refined.stories().stream().map(Story::articles).toList());
    // a fragment on another event of the kind stays apart
    StoryClusterer other = StoryClusterer.with(s);
    List.of(StoryMergeTest.words("g1", "volcano eruption iceland glacier"),
        StoryMergeTest.words("g2", "volcano eruption iceland reykjavik")).forEach(other::add);
    stream.subList(2, 5).forEach(other::add);
    assertEquals(2, other.stories().size(), other.stories().toString());
  }

  private static ConceptVector unit(int[] terms, float[] w) {
    double n = 0;
    for (float x : w) {
      n += x * x;
    }
    float[] u = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      u[i] = (float) (w[i] / Math.sqrt(n));
    }
    return new ConceptVector(terms, u);
  }

  private static List<String> ids(List<AnalyzedArticle> as) {
    return as.stream().map(AnalyzedArticle::id).toList();
  }
}
