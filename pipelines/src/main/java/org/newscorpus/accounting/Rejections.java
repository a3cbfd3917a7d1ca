package org.newscorpus.accounting;

import java.nio.charset.StandardCharsets;
import org.newscorpus.schema.Rejected;

/** Builds {@link Rejected} records: one per input record or page that did not become an article. */
public final class Rejections {

  /** Characters of the excerpt kept in a rejected record. */
  public static final int EXCERPT_CHARS = 512;

  private Rejections() {}

  public static Rejected of(
      String inputUri,
      Long inputOffset,
      String url,
      String stage,
      String reason,
      String message,
      byte[] excerpt) {
    return of(inputUri, inputOffset, url, stage, reason, message, excerptOf(excerpt));
  }

  public static Rejected of(
      String inputUri,
      Long inputOffset,
      String url,
      String stage,
      String reason,
      String message,
      String excerpt) {
    return Rejected.newBuilder()
        .setInputUri(inputUri)
        .setInputOffset(inputOffset)
        .setUrl(url)
        .setStage(stage)
        .setReason(reason)
        .setMessage(message == null ? reason : message)
        .setExcerpt(excerpt == null ? null : printable(excerpt))
        .build();
  }

  /** The first bytes as text: UTF-8 where valid, replacement characters elsewhere. */
  public static String excerptOf(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    int n = Math.min(bytes.length, EXCERPT_CHARS);
    return new String(bytes, 0, n, StandardCharsets.UTF_8);
  }

  /** Keeps the excerpt short and free of control characters other than newline and tab. */
  static String printable(String s) {
    StringBuilder out = new StringBuilder(Math.min(s.length(), EXCERPT_CHARS));
    for (int i = 0; i < s.length() && out.length() < EXCERPT_CHARS; i++) {
      char c = s.charAt(i);
      out.append(c == '\n' || c == '\t' || !Character.isISOControl(c) ? c : ' ');
    }
    return out.toString();
  }
}
