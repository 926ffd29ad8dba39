package news.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** The tables the build packs are current and hold exactly what parsing the sources gives. */
class TextTablesTest {
  @Test
  void packedTablesEqualTheParsedSources() {
    Bilingual packed = TextTables.readBilingual();
    assertNotNull(packed, "the build packs " + TextTables.BILINGUAL + " from the current sources");
    Bilingual parsed = Bilingual.parse();
    assertEquals(parsed.enToZh, packed.enToZh);
    assertEquals(parsed.zhToEn, packed.zhToEn);
    assertEquals(parsed.names, packed.names);
    assertEquals(parsed.nameOnly, packed.nameOnly);
    assertEquals(parsed.properNouns, packed.properNouns);

    NameGazetteer g = TextTables.readGazetteer();
    assertNotNull(g, "the build packs " + TextTables.GAZETTEER + " from the current sources");
    NameGazetteer built = NameGazetteer.build(parsed);
    assertEquals(built.latin, g.latin);
    assertEquals(built.han, g.han);
    assertEquals(built.latinToHan, g.latinToHan);
    assertEquals(built.hanToLatin, g.hanToLatin);
    assertEquals(built.givenNames, g.givenNames);
    assertEquals(built.givenGenders, g.givenGenders);
    assertEquals(built.transliteration, g.transliteration);
  }
}
