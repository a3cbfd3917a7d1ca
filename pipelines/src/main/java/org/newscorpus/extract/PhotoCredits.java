package org.newscorpus.extract;

import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The captions of a story's pictures, told by the credit that ends them. Sites that do not mark a
 * caption up as a {@code <figcaption>} (which {@link MainText} skips) write it as a paragraph, a
 * {@code <span>} or a {@code <div>} beside the picture, and it lands in the body between two
 * paragraphs of the story: "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO",
 * "… durante el año escolar. Foto: Andina", "… Barind tract region. Photo : BSS", "(Bild: Dieter
 * Stork)", "Vaquinha online foi aberta … — Foto: Reprodução". Those lines are not the story, and
 * the same agency credits on every page of a site would make unrelated stories share text.
 *
 * <p>A line of the body is cut as a caption when it is {@link #isCaption a caption's text} and its
 * block is {@link #besidePicture beside a picture}. The text alone does not tell a caption from the
 * last lines of a story that credit its picture ("L’origine de l’incendie reste encore à
 * déterminer. V.Lh. – Photo: Pompiers de Bruxelles", in a paragraph among the story's), which
 * stay.
 *
 * <p>A line is a caption's text when it is at most {@link #MAX_LINE} characters long and ends with a
 * credit of at most {@link #MAX_CREDIT} characters: a {@code ©} and a holder, or a picture's label
 * ("Foto", "Photo", "Bild", "Image", "Imagen", "Crédit photo", "Bildrechte", "صورة" …), a colon and
 * a holder, the label opening the line or following a stop, a comma, a dash, a bar or a bracket.
 * A holder is a name, not a sentence: a credit that holds a sentence's end ("© 2024 Corp. All
 * rights reserved.") or ends with a colon ("das Wake News © Feiertags-Angebot):") is none, and nor
 * is a label inside a sentence ("the company's image: less corporate").
 */
final class PhotoCredits {

  /** Longest line that is taken for a caption; a paragraph of the story is longer. */
  static final int MAX_LINE = 300;

  /** Longest credit: an agency and a photographer or two. */
  static final int MAX_CREDIT = 80;

  /** A picture's label before its credit, in the corpus languages and their neighbours. */
  private static final String LABEL =
      "(?:(?:main |featured |header |top )?image(?: credits?)?|photos?(?: credits?)?|pictures?"
          + "|fotos?|fotografía|foto ?credit|bild(?:er|quelle|rechte|credit)?|symbol(?:bild|foto|grafik)"
          + "|titelbild|beitragsbild|aufmacherbild|cr[ée]dits? photos?|imagen|الصورة|صورة)";

  /** A credit that ends a line; group 1 is the holder. */
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?iu)(?:(?:" + LABEL + "\\s*)?©|(?:^|[.,!?|()\\-–—\"“”„»«]\\s*)" + LABEL + "\\s*[:：])\\s*([^\\n]{1," + MAX_CREDIT
              + "}?)\\)?\\s*$");

  /** What every match of {@link #CREDIT} holds: a © or a stem of a {@link #LABEL} word. */
  private static final PatternWords CREDIT_WORDS =
      PatternWords.anyOf("©", "foto", "photo", "bild", "image", "picture", "symbol", "صورة");

  /** A sentence's end inside a holder: a word of two or more lowercase letters, a stop, a capital. */
  private static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{Ll}{2}[.!?]\\s+\\p{Lu}");

  /**
   * How far from a line's end its credit may start: a bracket or a stop, a label ("featured image
   * credits"), a colon and {@link #MAX_CREDIT} characters, with room for spaces.
   */
  private static final int CREDIT_REACH = MAX_CREDIT + 50;

  /** How many ancestors of a caption's block may stand between it and its picture. */
  static final int CAPTION_LEVELS = 3;

  /** The elements that show a picture. */
  private static final String PICTURE = "img, picture, figure, video, svg";

  private static final Set<String> PICTURE_TAGS = Set.of("img", "picture", "figure", "video", "svg");

  private PhotoCredits() {}

  /** True when {@code line} is a picture's caption or credit, as the class tells one. */
  static boolean isCaption(String line) {
    return creditStart(line) >= 0;
  }

  /**
   * True when {@code line} is a picture's credit and nothing else ("(Bild: Dieter Stork)", "Foto ©
   * Peter Steiger"): no sentence of the story can be in it.
   */
  static boolean isCreditAlone(String line) {
    int start = creditStart(line);
    return start >= 0 && nothingBefore(line, start);
  }

  /** Whether {@code line} has no letter or digit before {@code start}. */
  private static boolean nothingBefore(String line, int start) {
    for (int i = 0; i < start; i++) {
      if (Character.isLetterOrDigit(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Where the credit that ends {@code line} starts, or -1 when the line is no caption. */
  private static int creditStart(String line) {
    if (line.length() > MAX_LINE) {
      return -1;
    }
    // the credit ends the line: only its last characters are searched
    int from = Math.max(0, line.length() - CREDIT_REACH);
    if (!mayHoldCredit(line, from)) {
      return -1;
    }
    if (!CREDIT_WORDS.anyIn(PatternWords.fold(line.substring(from)))) {
      return -1;
    }
    Matcher m = CREDIT.matcher(line).region(from, line.length()).useAnchoringBounds(false);
    if (!m.find()) {
      return -1;
    }
    String holder = m.group(1).strip();
    if (holder.endsWith(":") || holder.endsWith("：") || SENTENCE_INSIDE.matcher(holder).find()) {
      return -1;
    }
    return m.start();
  }

  /**
   * {@code text}, a paragraph of a page's body written from {@code block}, without its lines that
   * are {@link #isCreditAlone a credit alone}, and without its caption lines when a picture came
   * just before it ({@code afterPicture}: no text was written between them) or the block is {@link
   * #besidePicture beside a picture}; the same string when it holds none.
   */
  static String withoutCaptions(String text, Element block, boolean afterPicture) {
    if (!mayHoldCredit(text)) {
      return text;
    }
    StringJoiner kept = new StringJoiner("\n");
    boolean cut = false;
    Boolean beside = afterPicture ? Boolean.TRUE : null;
    for (String line : text.split("\n", -1)) {
      int start = creditStart(line);
      if (start >= 0 && (nothingBefore(line, start) || (beside != null ? beside : (beside = besidePicture(block))))) {
        cut = true;
      } else {
        kept.add(line);
      }
    }
    return cut ? kept.toString().strip() : text;
  }

  /** True for an element that shows a picture: an {@code img}, {@code picture}, {@code figure}, {@code video} or {@code svg}. */
  static boolean isPicture(Element e) {
    return PICTURE_TAGS.contains(e.normalName());
  }

  /**
   * True when {@code block} is where a picture's caption stands: it, or one of its {@link
   * #CAPTION_LEVELS} nearest ancestors, has no more text than a caption ({@link #MAX_LINE} characters)
   * and holds a picture ({@code <p><img><span>caption</span></p>}), or the element just before or
   * after it holds one ({@code <a><picture/></a><div>caption</div>}, {@code <picture/><div><div
   * class="attribution">caption</div></div>}). A picture is an {@code img}, {@code picture}, {@code
   * figure}, {@code video} or {@code svg} element. The story's container, which holds its pictures,
   * has more text than that.
   */
  static boolean besidePicture(Element block) {
    Element e = block;
    for (int level = 0; e != null && level <= CAPTION_LEVELS; level++, e = e.parent()) {
      if (ShortText.of(e, MAX_LINE) == null) {
        return false;
      }
      if (holdsPicture(e) || holdsPicture(e.previousElementSibling()) || holdsPicture(e.nextElementSibling())) {
        return true;
      }
    }
    return false;
  }

  static boolean holdsPicture(Element e) {
    return e != null && (isPicture(e) || e.selectFirst(PICTURE) != null);
  }

  /** Whether {@code s} holds a {@code ©} or a colon, which every credit has: a cheap look first. */
  private static boolean mayHoldCredit(String s) {
    return mayHoldCredit(s, 0);
  }

  /** {@link #mayHoldCredit(String)} of {@code s} from {@code from} on. */
  private static boolean mayHoldCredit(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '©' || c == ':' || c == '：') {
        return true;
      }
    }
    return false;
  }
}
