package news.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassNamesTest {
  private static int flags(String attrs) {
    Element e = Jsoup.parse("<div " + attrs + ">x</div>").selectFirst("div");
    return ClassNames.get().flags(e);
  }

  @Test
  void chromeWordsWholeOrAsPrefixes() {
    assertEquals(ClassNames.CHROME, flags("class=\"sidebar\""));
    assertEquals(ClassNames.CHROME, flags("class=\"wide sharebarLeft\""));
    assertEquals(ClassNames.CHROME, flags("id=\"relatedStories\""));
    assertEquals(ClassNames.CHROME, flags("class=\"  x\tsharedtools \""));
    assertEquals(0, flags("class=\"nave shar\""));
    assertEquals(0, flags("class=\"commentary\""));
  }

  @Test
  void bodyNamesAndPageBuilderPrefix() {
    assertEquals(ClassNames.BODY, flags("itemprop=\"articleBody\""));
    assertEquals(ClassNames.BODY, flags("class=\"entry-content\""));
    assertEquals(ClassNames.CHROME | ClassNames.BODY, flags("class=\"article-body\" id=\"sidebar\""));
    assertEquals(ClassNames.BODY, flags("class=\"elementor-widget elementor-widget-text-editor\""));
    assertEquals(ClassNames.CHROME, flags("class=\"elementor-widget-share-buttons\""));
  }
}
