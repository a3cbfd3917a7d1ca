package org.newscorpus.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page's payload to text and says which charset it used. The order is: a byte-order
 * mark; the HTTP {@code Content-Type} charset; the page's {@code <meta charset>} or {@code
 * http-equiv} declaration; else UTF-8 when the bytes are valid UTF-8, else windows-1252. A declared
 * charset that does not decode cleanly is passed over for the next clue.
 */
public final class PageDecoder {

  /** The decoded text and the charset actually used (its canonical Java name). */
  public record Decoded(String text, String charset) {}

  private static final Pattern HTTP_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
  private static final int PRESCAN_BYTES = 4096;

  private PageDecoder() {}

  /** Decodes {@code body}, whose HTTP Content-Type (or null) is {@code contentType}. */
  public static Decoded decode(byte[] body, String contentType) {
    Charset bom = bomCharset(body);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      return new Decoded(new String(body, skip, body.length - skip, bom), bom.name());
    }
    for (String declared : new String[] {httpCharset(contentType), metaCharset(body)}) {
      Charset cs = charset(declared);
      if (cs != null) {
        String text = strictly(body, cs);
        if (text != null) {
          return new Decoded(text, cs.name());
        }
      }
    }
    String utf8 = strictly(body, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8.name());
    }
    Charset fallback = Charset.forName("windows-1252");
    return new Decoded(new String(body, fallback), fallback.name());
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

  /** The charset of a declared name, or null; browsers read latin-1 labels as windows-1252. */
  static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      n = "windows-1252";
    } else if (n.equals("utf8")) {
      n = "utf-8";
    }
    try {
      return Charset.forName(n);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Decodes strictly; null when the bytes are not valid in {@code cs}. */
  static String strictly(byte[] body, Charset cs) {
    try {
      CharBuffer chars =
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
