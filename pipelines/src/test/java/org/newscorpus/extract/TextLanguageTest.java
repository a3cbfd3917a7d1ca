package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.pemistahl.lingua.api.Language;
import org.junit.jupiter.api.Test;

class TextLanguageTest {

  private final TextLanguage languages = TextLanguage.shared();

  @Test
  void corpusLanguagesAreRecognisedAsIso6391() {
    assertEquals("fr", languages.of("Le nouveau patron du Pentagone s'adressera à ses homologues depuis Washington et les alliés."));
    assertEquals("en", languages.of("The analysis was published online by the journal and it is the largest of its kind."));
    assertEquals("es", languages.of("El gobierno de España ha anunciado que los controles en la frontera se reforzarán para el verano."));
    assertEquals("de", languages.of("Der Nationalrat hat die Pauschallösung bei den Geschäftsmieten mit den Stimmen der Koalition beschlossen."));
    assertEquals("ar", languages.of("أعلنت الحكومة المغربية عن برنامج جديد لدعم الفلاحين في المناطق القروية."));
  }

  @Test
  void neighbourLanguagesAreNotForcedIntoACorpusLanguage() {
    assertEquals("nl", languages.of("De gemeenteraad heeft gisteren besloten dat de nieuwe brug over de rivier volgend jaar wordt gebouwd."));
    assertEquals("it", languages.of("Il consiglio comunale ha deciso ieri che il nuovo ponte sul fiume sarà costruito il prossimo anno."));
  }

  /** The opening of real news pages of htmldate's test set ({@code ../shared/eval/dates/htmldate}, Apache-2.0). */
  @Test
  void languagesOfOtherScriptsAreNamedNotLeftOutOrTakenForRussian() {
    assertEquals("uk", languages.of("Детективи НАБУ зафіксували отримання хабара депутатом від \"Слуги народу\" Олександром"
        + " Юрченком. За їхніми даними, той отримав 13 тисяч доларів за реєстрацію поправок в закон і просив ще 200"
        + " тисяч за голосування."), "24tv.ua; was ru");
    assertEquals("bg", languages.of("Осигурените по проекта девет преносими компютри с лицензиран софтуер, 13 таблета и три"
        + " мултифункционални устройства, са предназначени за нуждите на общо 22 учащи деца и младежи от I до XII клас"),
        "actualno.com; was ru");
    assertEquals("el", languages.of("Συνελήφθη, σήμερα (19.08.2020) τα ξημερώματα, από αστυνομικούς του Τμήματος Αστυνομικών"
        + " Επιχειρήσεων Χανίων, αλλοδαπός και σε βάρος του σχηματίστηκε δικογραφία"));
    assertEquals("ja", languages.of("政府が経済対策を決定したことを受け、岸田総理は先ほどから会見を行っています。所得税の減税について"
        + "「来年夏に所得の伸びが確実に物価の上昇を上回る状態をつくりたい」と説明しました。"));
    assertEquals("zh", languages.of("中国共产党的优秀党员，久经考验的忠诚的共产主义战士，杰出的无产阶级革命家、政治家，党和国家的卓越领导人，"
        + "国务院原总理李克强同志的遗体，2日在北京八宝山革命公墓火化。"));
    assertEquals("ko", languages.of("한국은 자국 아이를 해외로 가장 오래, 가장 많이 입양 보낸 국가입니다. 70년간 20만 명의 어린이가 고아나 버려진"
        + " 아이 신분으로 다른 나라로 보내졌습니다."));
  }

  /**
   * The opening of real news pages of trafilatura's and htmldate's test sets ({@code
   * ../shared/eval}, Apache-2.0), each labelled a language it is not before the check.
   */
  @Test
  void latinLanguagesTheDetectorDoesNotKnowAreFoundByCheckingEveryLanguage() {
    assertEquals("pl", languages.of("Parlament Europejski poparł umowę handlową między Wielką Brytanią a Unią Europejską po"
        + " brexicie, usuwając ostatnią przeszkodę na drodze do pełnej ratyfikacji porozumienia."), "wpolityce.pl; was tr");
    assertEquals("fi", languages.of("Vuodenaikojen vaihtuminen vaikuttaa mielialaan ja käyttäytymiseen noin 90 prosentilla"
        + " suomalaisista aikuisista. Pimeään vuodenaikaan nukumme huonommin, syömme epäterveellisemmin ja tapaamme"
        + " harvemmin muita ihmisiä."), "yle.fi; was nl");
    assertEquals("da", languages.of("Den kollektive trafik skal sikre, at folk ikke står for tæt i myldretiden, lyder det fra"
        + " statsministeren. Samtidig forbydes flytrafik fra visse områder helt."), "sn.dk; was de");
    assertEquals("hu", languages.of("Száz évvel ezelőtt, 1920. június 4-én az első világháborút lezáró békerendszer részeként a"
        + " világtörténelemben is példa nélküli csonkolást hajtottak végre az ezeréves magyar államon."), "sonline.hu; was es");
    assertEquals("id", languages.of("JAKARTA, KOMPAS.com - Menteri Perhubungan (Menhub) Budi Karya Sumadi menyebut ada sejumlah"
        + " faktor yang menyebabkan harga tiket pesawat masih mahal saat ini."), "kompas.com; was tr");
  }

  @Test
  void aCorpusLanguageLabelIsCheckedOnlyWhenTheTextHasLettersThatLanguageDoesNotUse() {
    String english = "Former president Lech Wałęsa met prime minister Donald Tusk and the mayor of Gdańsk on Monday,"
        + " to talk about the future of the shipyard where the Solidarity movement was born forty years ago. The"
        + " yard, which once employed seventeen thousand people, now builds parts for offshore wind farms, and the"
        + " city hopes that a new museum and a research campus will bring back some of the jobs that were lost in"
        + " the nineties, when most of its docks were closed.";
    assertFalse(TextLanguage.mayBeAnotherLatinLanguage(Language.ENGLISH, english), "3 foreign letters of about 330");
    assertTrue(TextLanguage.mayBeAnotherLatinLanguage(Language.ENGLISH, english.substring(0, 100)), "3 of about 80");
    assertFalse(TextLanguage.mayBeAnotherLatinLanguage(Language.FRENCH, "Une île où l'on célèbre Noël à Saint-Étienne, à côté."));
    // a dictionary entry of ../shared/eval/republish-dev (regionaltimes.org/2025/11/20/restaurant): IPA is no alphabet
    String dictionary = "restaurant\n\nAmerican\n\n[res-tuh-rahnt, -trahnt] /ˈrɛs təˌrɑnt, -trɑnt/\n\nnoun\n\nan"
        + " establishment where meals are served to customers.\n\nBritish\n\n/ˈrɛstrɒŋ, -rɒnt, ˈrɛstəˌrɒŋ/\n\nnoun";
    assertFalse(TextLanguage.mayBeAnotherLatinLanguage(Language.ENGLISH, dictionary));
    String danish = "Den kollektive trafik skal sikre, at folk ikke står for tæt i myldretiden, lyder det fra"
        + " statsministeren. Samtidig forbydes flytrafik fra visse områder helt.";
    assertTrue(TextLanguage.mayBeAnotherLatinLanguage(Language.GERMAN, danish));
    assertTrue(TextLanguage.mayBeAnotherLatinLanguage(Language.TURKISH, "any text labelled a neighbour language"));
    assertFalse(TextLanguage.mayBeAnotherLatinLanguage(Language.ARABIC, "أعلنت الحكومة المغربية عن برنامج جديد"));
  }

  /** koha.net's page in htmldate's set ({@code lang="sq-AL"}): its Albanian holds only the ë and ç French also uses. */
  @Test
  void aPageThatDeclaresALanguageTheDetectorDoesNotKnowIsCheckedAgainstEveryLanguage() {
    String albanian = "Kjo faqe kontrollohet dhe menaxhohet nga KOHA. Të gjitha materialet në të, përfshirë fotografitë, janë të"
        + " mbrojtura me copyright të KOHA-s dhe për to KOHA mban të drejtat e rezervuara. Materialet në këtë faqe nuk mund të"
        + " përdoren për qëllime komerciale.";
    assertEquals("sq", languages.of(albanian, "sq-AL"));
    assertNotEquals("sq", languages.of(albanian), "the detector does not know Albanian: the declaration calls for the check");
    assertEquals("fr", languages.of("Le nouveau patron du Pentagone s'adressera à ses homologues depuis Washington et les alliés.", "sq"),
        "the text decides");
  }

  @Test
  void onlyALanguageTheDetectorDoesNotKnowCallsForTheCheck() {
    assertTrue(TextLanguage.declaresAnUnknownLanguage("sq-AL", Language.FRENCH));
    assertTrue(TextLanguage.declaresAnUnknownLanguage("hu", Language.SPANISH));
    assertTrue(TextLanguage.declaresAnUnknownLanguage("no", Language.DANISH), "Norwegian is Bokmål to Lingua");
    assertFalse(TextLanguage.declaresAnUnknownLanguage("no", Language.BOKMAL));
    assertFalse(TextLanguage.declaresAnUnknownLanguage("en", Language.GERMAN), "a template's English: the detector knows it");
    assertFalse(TextLanguage.declaresAnUnknownLanguage("fr-FR", Language.FRENCH));
    assertFalse(TextLanguage.declaresAnUnknownLanguage("lan", Language.GERMAN));
    assertFalse(TextLanguage.declaresAnUnknownLanguage("xx", Language.FRENCH));
    assertFalse(TextLanguage.declaresAnUnknownLanguage(null, Language.FRENCH));
  }

  @Test
  void textWithoutLettersHasNoLanguage() {
    assertNull(languages.of("12345 67890"));
    assertNull(languages.of(""));
    assertNull(languages.of(null));
  }

  @Test
  void oneDetectorIsSharedPerJvm() {
    assertSame(TextLanguage.shared(), TextLanguage.shared());
  }

  @Test
  void longTextsAreSampledAtASpace() {
    String text = "mot ".repeat(2000);
    String sample = TextLanguage.sample(text);
    assertTrue(sample.length() <= TextLanguage.SAMPLE_CHARS);
    assertTrue(sample.endsWith("mot"), sample.substring(sample.length() - 5));
  }

  private static final String FRENCH_STORY =
      "Désengagement américain en Afghanistan, casse-tête du financement, tensions avec l'allié turc: "
          + "l'Otan prépare un reset de ses relations avec les Etats-Unis, mais l'Alliance doit solder de "
          + "lourds contentieux pour se reconstruire, avertissent les diplomates européens. Mercredi, la "
          + "première prise de contact entre les alliés et le gouvernement du président américain sera "
          + "virtuelle. Le nouveau patron du Pentagone s'adressera à ses homologues depuis Washington, et "
          + "les ministres de la Défense des pays membres discuteront du retrait des troupes.";

  @Test
  void aLongTextInOneLanguageIsDecidedByItsFirstCharacters() {
    assertTrue(FRENCH_STORY.length() > TextLanguage.FIRST_CHARS);
    assertEquals(Language.FRENCH, languages.decidedByFirstChars(FRENCH_STORY));
    assertEquals("fr", languages.of(FRENCH_STORY));
  }

  @Test
  void aTextNoLongerThanTheFirstStepGoesStraightToTheFullSample() {
    assertNull(languages.decidedByFirstChars(FRENCH_STORY.substring(0, TextLanguage.FIRST_CHARS)));
  }

  @Test
  void aFrenchDispatchLineOverAnEnglishStoryIsNotDecidedEarlyAndTheStoryWins() {
    String text =
        "Storm damage.  Dépêche numéro 7711, mise à jour le 12 janvier à Paris par la rédaction.  "
            + "A smart thermostat combines features from programmable thermostats, sensors and an app, "
            + "and the utility companies that pay for them say the devices have cut the evening peak. "
            + "Households that installed one last winter used less energy than their neighbours, "
            + "according to figures the company released on Tuesday, and the state regulator said it "
            + "would study whether the rebates should be extended to renters and small businesses "
            + "across the region before the next heating season begins in the autumn.";
    assertNull(languages.decidedByFirstChars(text));
    assertEquals("en", languages.of(text));
  }
}
