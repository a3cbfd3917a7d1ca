package org.newscorpus.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page's payload to text and says which charset it used.
 *
 * <p>Takes the payload bytes and the HTTP {@code Content-Type} (or null); gives the text and the
 * canonical Java name of the charset actually used. The clues are tried in this order:
 *
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16);
 *   <li>the HTTP {@code Content-Type} charset;
 *   <li>the page's {@code <meta charset>} or {@code http-equiv} declaration (first 4 KB);
 *   <li>when no declaration decodes cleanly: UTF-8 if the bytes are valid UTF-8, else ICU4J's
 *       {@link CharsetDetector}, else windows-1252.
 * </ol>
 *
 * <p>A declared charset "decodes cleanly" when at most one non-ASCII character in {@value
 * #DAMAGE_RATIO} is malformed: a page cut in the middle of a character keeps its charset, and so
 * does a UTF-8 page with a few Latin-1 bytes (four in the alt texts of its header images beside a
 * hundred UTF-8 letters), while a page that says {@code utf-8} but holds windows-1256 Arabic or
 * windows-1252 German (nearly every non-ASCII byte malformed) goes on to the detector. Labels are
 * read as browsers read them (the WHATWG Encoding Standard): {@code iso-8859-1} means
 * windows-1252, {@code gb2312} means GBK, and so on. One more rule guards against the most common
 * lie on the web: a declared single-byte charset loses to UTF-8 when the bytes are valid UTF-8 with
 * multi-byte sequences, which legacy text almost never is.
 */
public final class PageDecoder {

  /** The decoded text and the charset actually used (its canonical Java name). */
  public record Decoded(String text, String charset) {}

  /** Non-ASCII characters per malformed one that a declared charset may leave and still count. */
  static final int DAMAGE_RATIO = 10;

  /** Bytes the detector looks at: enough for a confident guess, bounded for big pages. */
  static final int DETECTOR_BYTES = 64 * 1024;

  /** Lowest ICU confidence (0-100) taken as a guess. */
  static final int MIN_CONFIDENCE = 10;

  private static final Pattern HTTP_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
  private static final int PRESCAN_BYTES = 4096;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** WHATWG Encoding Standard labels whose Java charset differs from the label's own. */
  private static final Map<String, String> BROWSER_LABELS =
      Map.ofEntries(
          Map.entry("iso-8859-1", "windows-1252"),
          Map.entry("iso8859-1", "windows-1252"),
          Map.entry("iso_8859-1", "windows-1252"),
          Map.entry("latin1", "windows-1252"),
          Map.entry("l1", "windows-1252"),
          Map.entry("ascii", "windows-1252"),
          Map.entry("us-ascii", "windows-1252"),
          Map.entry("cp1252", "windows-1252"),
          Map.entry("x-cp1252", "windows-1252"),
          Map.entry("iso-8859-9", "windows-1254"),
          Map.entry("latin5", "windows-1254"),
          Map.entry("iso-8859-11", "x-windows-874"),
          Map.entry("tis-620", "x-windows-874"),
          Map.entry("windows-874", "x-windows-874"),
          Map.entry("gb2312", "GBK"),
          Map.entry("gb_2312", "GBK"),
          Map.entry("gb_2312-80", "GBK"),
          Map.entry("csgb2312", "GBK"),
          Map.entry("chinese", "GBK"),
          Map.entry("x-gbk", "GBK"),
          Map.entry("euc-kr", "x-windows-949"),
          Map.entry("ks_c_5601-1987", "x-windows-949"),
          Map.entry("windows-949", "x-windows-949"),
          Map.entry("korean", "x-windows-949"),
          Map.entry("shift_jis", "windows-31j"),
          Map.entry("shift-jis", "windows-31j"),
          Map.entry("sjis", "windows-31j"),
          Map.entry("x-sjis", "windows-31j"),
          Map.entry("ms932", "windows-31j"),
          Map.entry("ms_kanji", "windows-31j"),
          Map.entry("big5", "Big5-HKSCS"),
          Map.entry("cn-big5", "Big5-HKSCS"),
          Map.entry("x-x-big5", "Big5-HKSCS"),
          Map.entry("utf8", "UTF-8"),
          Map.entry("unicode-1-1-utf-8", "UTF-8"));

  /** Characters at the start of a decoded page that {@link #notText} looks at. */
  static final int SNIFF_CHARS = 16 * 1024;

  /**
   * The largest share of those characters that may be binary-data characters in a text. Of the
   * 4,607 pages of the extraction, date and republication gold sets, the worst has one in its first
   * 16,384 characters; the JPEG, GIF and PNG of a real crawl read as pages have 22 to 41 %, four
   * PDFs 2.3 to 11.5 %, random bytes about 12 %.
   */
  static final double MAX_BINARY_SHARE = 0.01;

  private PageDecoder() {}

  /**
   * Why a decoded page is binary data rather than text (an image, a PDF or an archive served or
   * saved as a page), or null when it is text.
   *
   * <p>Counts, in the first {@value #SNIFF_CHARS} characters, the C0 control characters that the
   * WHATWG MIME Sniffing Standard calls binary data bytes (all but tab, line feed, form feed,
   * carriage return and escape) and U+FFFD, which stands for bytes the charset could not decode.
   * More than {@link #MAX_BINARY_SHARE} of them is binary data: no charset makes it text, and
   * reading it as a page would give a garbage article.
   */
  public static String notText(String text) {
    int n = Math.min(text.length(), SNIFF_CHARS);
    int binary = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 ? isBinaryControl(c) : c == '\uFFFD') {
        binary++;
      }
    }
    if (binary == 0 || binary <= n * MAX_BINARY_SHARE) {
      return null;
    }
    return String.format(Locale.ROOT,
        "binary data, not text: %,d of the first %,d characters are control characters or undecodable bytes"
            + " (%.1f %%; a text has at most %.0f %%)",
        binary, n, 100.0 * binary / n, 100 * MAX_BINARY_SHARE);
  }

  /** A C0 control character that text does not use: not tab, line feed, form feed, carriage return or escape. */
  private static boolean isBinaryControl(char c) {
    return c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1b;
  }

  /**
   * Decodes {@code body}, whose HTTP Content-Type (or null) is {@code contentType}, and repairs text
   * that was double-encoded before it was archived ({@link Mojibake}).
   */
  public static Decoded decode(byte[] body, String contentType) {
    Decoded decoded = decodeAsStored(body, contentType);
    String repaired = Mojibake.repair(decoded.text());
    // repair gives back the very same string when it changes nothing
    return repaired == decoded.text() ? decoded : new Decoded(repaired, decoded.charset());
  }

  /** The text of {@code body} as a browser shows it: the charset rules of this class, no repair. */
  private static Decoded decodeAsStored(byte[] body, String contentType) {
    Charset bom = bomCharset(body);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      return new Decoded(new String(body, skip, body.length - skip, bom), bom.name());
    }
    for (Charset declared : new Charset[] {httpDeclared(contentType, body), metaDeclared(body)}) {
      if (declared == null) {
        continue;
      }
      if (isSingleByte(declared) && hasUtf8MultiByteText(body)) {
        return new Decoded(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8.name());
      }
      String text = cleanly(body, declared);
      if (text != null) {
        return new Decoded(text, declared.name());
      }
    }
    if (hasNul(body, PRESCAN_BYTES)) {
      Decoded utf16 = utf16WithoutBom(body);
      if (utf16 != null) {
        return utf16;
      }
    }
    String utf8 = strictly(body, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8.name());
    }
    Decoded detected = detected(body);
    if (detected != null) {
      return detected;
    }
    return new Decoded(new String(body, WINDOWS_1252), WINDOWS_1252.name());
  }

  /**
   * A UTF-16 page without a byte-order mark or a declaration, when ICU's detector is sure of it (its
   * best guess is UTF-16LE or UTF-16BE at confidence 50 or more), else null. Its NUL bytes are valid
   * UTF-8, so without this it would be read as UTF-8 with a NUL between letters, and rejected as
   * binary data.
   */
  static Decoded utf16WithoutBom(byte[] body) {
    CharsetMatch best;
    try {
      best = detector(body, false).detect();
    } catch (RuntimeException e) {
      return null;
    }
    if (best == null || best.getConfidence() < 50 || !best.getName().startsWith("UTF-16")) {
      return null;
    }
    Charset cs = charset(best.getName());
    String text = cs == null ? null : cleanly(body, cs);
    return text == null ? null : new Decoded(text, cs.name());
  }

  /** ICU's detector over the first {@link #DETECTOR_BYTES} of {@code body}; {@code markup}: skip tags as it reads. */
  private static CharsetDetector detector(byte[] body, boolean markup) {
    CharsetDetector detector = new CharsetDetector();
    detector.enableInputFilter(markup);
    detector.setText(body.length > DETECTOR_BYTES ? Arrays.copyOf(body, DETECTOR_BYTES) : body);
    return detector;
  }

  /** The detector's best guess that Java can decode cleanly, or null. */
  static Decoded detected(byte[] body) {
    CharsetMatch[] matches;
    try {
      matches = detector(body, true).detectAll();
    } catch (RuntimeException e) {
      return null;
    }
    for (CharsetMatch match : matches) {
      if (match.getConfidence() < MIN_CONFIDENCE) {
        break;
      }
      Charset cs = charset(match.getName());
      if (cs == null || cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32")) {
        continue;
      }
      String text = cleanly(body, cs);
      if (text != null) {
        return new Decoded(text, cs.name());
      }
    }
    return null;
  }

  static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  static String httpCharset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = HTTP_CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  static String metaCharset(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /**
   * The charset of the HTTP {@code Content-Type}. A page declared UTF-16 or UTF-32 without a
   * byte-order mark whose first KB has no NUL byte is not UTF-16 (every ASCII character of a UTF-16
   * text has one): read as UTF-8, as a meta declaration is, not as pairs of bytes that make
   * Chinese-looking characters.
   */
  private static Charset httpDeclared(String contentType, byte[] body) {
    Charset cs = charset(httpCharset(contentType));
    if (cs != null && (cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32")) && !hasNul(body, PRESCAN_BYTES)) {
      return StandardCharsets.UTF_8;
    }
    return cs;
  }

  private static boolean hasNul(byte[] body, int limit) {
    for (int i = 0; i < Math.min(body.length, limit); i++) {
      if (body[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The charset a page's meta declaration stands for. A page that could be read far enough to
   * find an ASCII {@code <meta>} is not UTF-16, so browsers read that label as UTF-8; so do we.
   */
  private static Charset metaDeclared(byte[] body) {
    Charset cs = charset(metaCharset(body));
    if (cs != null && (cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32"))) {
      return StandardCharsets.UTF_8;
    }
    return cs;
  }

  /** The charset of a declared name as browsers read it, or null when Java has no such charset. */
  static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    n = BROWSER_LABELS.getOrDefault(n, n);
    try {
      return Charset.forName(n);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Decodes strictly; null when the bytes are not valid in {@code cs}. */
  static String strictly(byte[] body, Charset cs) {
    Counted c = counted(body, cs, true);
    return c == null ? null : c.text;
  }

  /**
   * Decodes, replacing malformed input; null when more than one non-ASCII character in {@link
   * #DAMAGE_RATIO} is malformed.
   */
  static String cleanly(byte[] body, Charset cs) {
    Counted c = counted(body, cs, false);
    if (c.malformed == 0 || (long) c.malformed * DAMAGE_RATIO <= c.nonAscii) {
      return c.text;
    }
    return null;
  }

  private record Counted(String text, int malformed, long nonAscii) {}

  /**
   * Decodes, counting malformed input; with {@code strict}, null at the first malformed byte.
   *
   * <p>First the JDK's bulk decoder, which replaces malformed and unmappable input with U+FFFD:
   * when its text holds no U+FFFD, nothing was malformed and that text is the answer. Only a
   * text with a U+FFFD (damaged input, or a page that writes the character itself) is decoded
   * again, slowly, to count what was malformed.
   */
  private static Counted counted(byte[] body, Charset cs, boolean strict) {
    String fast = new String(body, cs);
    if (fast.indexOf('\uFFFD') < 0) {
      return new Counted(fast, 0, 0);
    }
    CharsetDecoder decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer out = CharBuffer.allocate(Math.max(16, (int) (body.length * (double) decoder.maxCharsPerByte()) + 16));
    int malformed = 0;
    while (true) {
      CoderResult r = in.hasRemaining() ? decoder.decode(in, out, true) : CoderResult.UNDERFLOW;
      if (r.isError()) {
        if (strict) {
          return null;
        }
        malformed++;
        in.position(Math.min(in.limit(), in.position() + r.length()));
        out = room(out);
        out.put('\uFFFD');
        continue;
      }
      if (r.isOverflow()) {
        out = grown(out);
        continue;
      }
      break;
    }
    out = room(out);
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    long nonAscii = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7f) {
        nonAscii++;
      }
    }
    return new Counted(text, malformed, nonAscii);
  }

  /** {@code out}, or a copy with more room when it is nearly full. */
  private static CharBuffer room(CharBuffer out) {
    return out.remaining() >= 8 ? out : grown(out);
  }

  private static CharBuffer grown(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
    out.flip();
    bigger.put(out);
    return bigger;
  }

  private static boolean isSingleByte(Charset cs) {
    return cs.newEncoder().maxBytesPerChar() <= 1.0f && !cs.equals(StandardCharsets.US_ASCII);
  }

  /** True when the bytes are valid UTF-8 and hold at least one multi-byte sequence. */
  static boolean hasUtf8MultiByteText(byte[] body) {
    boolean multiByte = false;
    for (byte b : body) {
      if (b < 0) {
        multiByte = true;
        break;
      }
    }
    return multiByte && strictly(body, StandardCharsets.UTF_8) != null;
  }
}
