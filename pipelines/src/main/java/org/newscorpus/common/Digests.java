package org.newscorpus.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hex digests used for ids and content hashes: SHA-256, cut to 128 bits (32 hex digits). */
public final class Digests {

  private static final HexFormat HEX = HexFormat.of();

  private Digests() {}

  /** The first 128 bits of the SHA-256 of the UTF-8 bytes of the parts joined by newlines. */
  public static String hex128(String... parts) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sha.update((byte) '\n');
      }
      sha.update(parts[i].getBytes(StandardCharsets.UTF_8));
    }
    byte[] digest = sha.digest();
    return HEX.formatHex(digest, 0, 16);
  }
}
