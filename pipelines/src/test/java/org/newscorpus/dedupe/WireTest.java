package org.newscorpus.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WireTest {

  private static byte[] written(int[] keys) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Wire.writeInts(out, keys);
    return out.toByteArray();
  }

  private static int[] read(byte[] bytes) throws IOException {
    return Wire.readInts(new ByteArrayInputStream(bytes));
  }

  @Test
  void intsComeBackAcrossTheWholeRange() throws IOException {
    int[] keys = {Integer.MIN_VALUE, -70_000, -1, 0, 1, 127, 128, 16_384, Integer.MAX_VALUE};
    assertArrayEquals(keys, read(written(keys)));
    assertArrayEquals(new int[0], read(written(new int[0])));
  }

  @Test
  void aCutBlockOrAnImpossibleCountIsACorruptStream() throws IOException {
    byte[] bytes = written(new int[] {1, 2, 3, 1_000_000});
    assertThrows(IOException.class, () -> read(Arrays.copyOf(bytes, bytes.length - 1)));
    byte[] huge = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07}; // a varint of 2^31 - 1
    assertThrows(IOException.class, () -> read(huge));
  }

  @Test
  void theSeedArticlesKeysTakeFourBytesEachWhereItsHashesTookEight() throws IOException {
    String page = Files.readString(Path.of("src/test/resources/extract-regression/panorapost-seed.txt"), StandardCharsets.UTF_8);
    long[] hashes = Shingles.of(TextNormalizer.normalize(page), DedupeConfig.DEFAULT.shingleSize(), 0).set();
    int[] keys = Shingles.keys(hashes);
    assertTrue(hashes.length > 1_000, "the seed page has " + hashes.length + " shingles");
    assertEquals(hashes.length, keys.length, "no two of the page's shingles share a key");
    byte[] bytes = written(keys);
    assertArrayEquals(keys, read(bytes));
    assertEquals(2 + 4 * keys.length, bytes.length, "a two-byte count and four bytes a key");
  }
}
