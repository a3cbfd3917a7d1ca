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
import org.junit.jupiter.api.Test;

class WireTest {

  private static byte[] written(int[] keys) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Wire.writeSortedInts(out, keys);
    return out.toByteArray();
  }

  private static int[] read(byte[] bytes) throws IOException {
    return Wire.readSortedInts(new ByteArrayInputStream(bytes));
  }

  @Test
  void sortedKeysComeBackAcrossTheWholeIntRange() throws IOException {
    int[] keys = {Integer.MIN_VALUE, -70_000, -1, 0, 1, 127, 128, 16_384, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
    assertArrayEquals(keys, read(written(keys)));
    assertArrayEquals(new int[0], read(written(new int[0])));
    assertArrayEquals(new int[] {Integer.MAX_VALUE}, read(written(new int[] {Integer.MAX_VALUE})), "a five-byte gap");
  }

  @Test
  void keysOutOfOrderAreRefusedRatherThanWrittenWrong() {
    assertThrows(IllegalArgumentException.class, () -> written(new int[] {5, 3}));
  }

  @Test
  void aCutOrPaddedBlockIsACorruptStream() throws IOException {
    byte[] bytes = written(new int[] {1, 2, 3, 1_000_000});
    // count 4, block length, then the gaps: drop the last gap's bytes but keep the stated length
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
    assertThrows(IOException.class, () -> read(cut));
    bytes[1]--; // the block is now one byte shorter than its four keys need
    assertThrows(IOException.class, () -> read(bytes));
  }

  @Test
  void theSeedArticlesKeysTakeLessThanHalfTheBytesOfItsHashes() throws IOException {
    String page = Files.readString(Path.of("src/test/resources/extract-regression/panorapost-seed.txt"), StandardCharsets.UTF_8);
    long[] hashes = Shingles.of(TextNormalizer.normalize(page), DedupeConfig.DEFAULT.shingleSize(), 0).set();
    int[] keys = Shingles.keys(hashes);
    assertTrue(hashes.length > 1_000, "the seed page has " + hashes.length + " shingles");
    assertEquals(hashes.length, keys.length, "no two of the page's shingles share a key");
    byte[] bytes = written(keys);
    assertArrayEquals(keys, read(bytes));
    double perKey = (double) bytes.length / keys.length;
    assertTrue(perKey < 4.0, perKey + " bytes a key"); // 8 for a 64-bit hash
  }
}
