package org.newscorpus.common;

/**
 * The news agencies whose wire a story carries, as datelines and bylines name them: "Rabat (MAP) -",
 * "PARIS (AFP) -", "Par Le360 (avec MAP)", "FR mit dpa". The dedupe tells a wire copy by its
 * dateline; extraction tells an agency credited beside a writer.
 */
public final class NewsAgencies {

  /**
   * A regex alternation of the agencies' names, case-sensitive ("AP", not "ap"), with the Arabic
   * names Maghrebi and Middle-Eastern papers write (و م ع for MAP, أ ف ب for AFP, واج for APS).
   */
  public static final String ALTERNATION =
      "AFP|AP|Reuters|EFE|MAP|APS|TAP|MENA|QNA|WAM|SPA|KUNA|ANSA|dpa|DPA|epd|KNA|AFX|APA|SDA|ATS|Belga|ANP|"
          + "Lusa|Europa Press|Xinhua|Kyodo|Yonhap|PTI|IANS|UPI|Anadolu|TASS|RIA Novosti|Bloomberg|"
          + "و م ع|و\\.م\\.ع|أ ف ب|رويترز|واج";

  private NewsAgencies() {}
}
