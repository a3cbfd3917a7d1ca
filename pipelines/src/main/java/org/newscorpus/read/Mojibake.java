package org.newscorpus.read;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Repairs text that was UTF-8, was read once as windows-1252 or Latin-1, and was written out again
 * as UTF-8: "That’s" stored as "Thatâ€™s" or as "Thatâ" and two invisible C1 controls, "é" as "Ã©".
 * Browsers show such a page as it is stored, so decoding cannot help; the damage was done upstream,
 * by a CMS, a feed or a crawl tool, before the page reached the archive.
 *
 * <p>Takes a decoded text and gives it back with every such character restored, or unchanged. A
 * damaged character is a run of two to four characters that are the bytes of one UTF-8 sequence as
 * windows-1252 or Latin-1 shows them: a lead byte {@code C2}–{@code F4}, then continuation bytes
 * {@code 80}–{@code BF}. Some such runs are also ordinary text ("Ã©" could be written on purpose),
 * so a text is repaired only when it holds at least {@value #MIN_EVIDENCE} runs that no text holds
 * on purpose: runs with a C1 control character (U+0080–U+009F) or with one of the characters
 * windows-1252 puts at bytes {@code 80}–{@code 9F} ("€", "™", "œ") in a continuation byte's place.
 * Then every run is repaired, "Ã©" included. A run that would decode to an overlong form, a
 * surrogate or a code point beyond U+10FFFF is not UTF-8 and is left alone.
 */
public final class Mojibake {

  /** Runs that only damage makes, found before a text is repaired. */
  static final int MIN_EVIDENCE = 3;

  /** The characters windows-1252 shows for bytes 80–9F; the C1 control itself for its five unused bytes. */
  private static final char[] WINDOWS_1252_HIGH = windows1252High();

  private Mojibake() {}

  private static char[] windows1252High() {
    char[] high = new char[0x20];
    var decoder =
        Charset.forName("windows-1252")
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    for (int i = 0; i < high.length; i++) {
      try {
        high[i] = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) (0x80 + i)})).charAt(0);
      } catch (java.nio.charset.CharacterCodingException e) {
        high[i] = (char) (0x80 + i); // 81, 8D, 8F, 90, 9D: unused in windows-1252, shown as the C1 control
      }
    }
    return high;
  }

  /** {@code text} with its double-encoded characters restored, or {@code text} itself when it has too few. */
  public static String repair(String text) {
    if (evidence(text) < MIN_EVIDENCE) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int length = runLength(text, i);
      if (length > 0) {
        out.appendCodePoint(codePoint(text, i, length));
        i += length;
      } else {
        out.append(text.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  /** Characters of the text {@link #evidence} copies out at a time. */
  private static final int SCAN_CHUNK = 4096;

  /** How many runs of {@code text} show damage that no text makes on purpose, counted up to {@link #MIN_EVIDENCE}. */
  private static int evidence(String text) {
    int found = 0;
    // the text is read in chunks copied to one small array: no checks of String.charAt on each
    // character, and no copy of a whole page (toCharArray) to allocate and fill first, which cost
    // as much as the scan itself
    char[] chunk = new char[Math.min(SCAN_CHUNK, text.length())];
    char before = 0;
    for (int from = 0; from < text.length(); from += chunk.length) {
      int n = Math.min(chunk.length, text.length() - from);
      text.getChars(from, from + n, chunk, 0);
      for (int k = 0; k < n; k++) {
        char c = chunk[k];
        // most characters end the test here: the one before is not a lead byte, or this one is ASCII
        // (the "é" of "café "). A run's continuation bytes are never lead bytes, so every run is met
        // at its own lead, as a walk that skips each run would meet it.
        if (c >= 0x80 && before >= 0xC2 && before <= 0xF4) {
          int i = from + k - 1;
          int length = runLength(text, i);
          for (int j = i + 1; j < i + length; j++) {
            char b = text.charAt(j);
            if (b < 0xA0 || b > 0xFF) { // a C1 control, or a windows-1252 character of bytes 80–9F
              if (++found >= MIN_EVIDENCE) {
                return found;
              }
              break;
            }
          }
        }
        before = c;
      }
    }
    return found;
  }

  /**
   * The length of the run at {@code i} that is the bytes of one UTF-8 character as windows-1252 or
   * Latin-1 shows them, or 0.
   */
  private static int runLength(String text, int i) {
    char lead = text.charAt(i);
    if (lead < 0xC2 || lead > 0xF4) {
      return 0;
    }
    int length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (i + length > text.length()) {
      return 0;
    }
    for (int k = i + 1; k < i + length; k++) {
      int b = byteOf(text.charAt(k));
      if (b < 0x80 || b > 0xBF) {
        return 0;
      }
    }
    int cp = codePoint(text, i, length);
    boolean valid =
        switch (length) {
          case 2 -> true; // a lead of C2 or more is never overlong
          case 3 -> cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF);
          default -> cp >= 0x10000 && cp <= 0x10FFFF;
        };
    return valid ? length : 0;
  }

  /** The code point the run of {@code length} characters at {@code i} encodes. */
  private static int codePoint(String text, int i, int length) {
    int lead = text.charAt(i);
    int cp = length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
    for (int k = i + 1; k < i + length; k++) {
      cp = (cp << 6) | (byteOf(text.charAt(k)) & 0x3F);
    }
    return cp;
  }

  /** The byte that windows-1252 or Latin-1 shows as {@code c}, or -1. */
  private static int byteOf(char c) {
    if (c <= 0xFF) {
      return c;
    }
    for (int b = 0; b < WINDOWS_1252_HIGH.length; b++) {
      if (WINDOWS_1252_HIGH[b] == c) {
        return 0x80 + b;
      }
    }
    return -1;
  }
}
