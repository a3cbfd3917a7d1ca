package org.newscorpus.evaluate;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the gold-set fixtures in {@code src/test/resources/gold}. */
final class Fixtures {

  private Fixtures() {}

  static Path gold(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/gold/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
