package org.newscorpus.dedupe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.util.VarInt;
import org.newscorpus.schema.Article;

/**
 * The story fields of one article, decided where its story was assembled and joined back to the
 * article at the end: {@code story_id}, {@code is_canonical}, {@code duplicate_of}, {@code
 * similarity} and {@code story_size}.
 */
public record StoryMark(String storyId, boolean canonical, String duplicateOf, Float similarity, int storySize) {

  /** The mark of an article that is a story by itself. */
  public static StoryMark alone(String storyId) {
    return new StoryMark(storyId, true, null, null, 1);
  }

  /** A copy of the article with these story fields. */
  public Article applyTo(Article article) {
    return Article.newBuilder(article)
        .setStoryId(storyId)
        .setIsCanonical(canonical)
        .setDuplicateOf(duplicateOf)
        .setSimilarity(similarity)
        .setStorySize(storySize)
        .build();
  }

  /** The coder of marks. */
  public static final class Coder extends AtomicCoder<StoryMark> {
    private static final Coder INSTANCE = new Coder();
    private static final long serialVersionUID = 1L;

    public static Coder of() {
      return INSTANCE;
    }

    @Override
    public void encode(StoryMark m, OutputStream out) throws IOException {
      Wire.writeString(out, m.storyId);
      out.write(m.canonical ? 1 : 0);
      Wire.writeString(out, m.duplicateOf);
      Wire.writeLong(out, m.similarity == null ? Long.MIN_VALUE : Float.floatToIntBits(m.similarity));
      VarInt.encode(m.storySize, out);
    }

    @Override
    public StoryMark decode(InputStream in) throws IOException {
      String storyId = Wire.readString(in);
      boolean canonical = in.read() == 1;
      String duplicateOf = Wire.readString(in);
      long sim = Wire.readLong(in);
      int size = VarInt.decodeInt(in);
      return new StoryMark(storyId, canonical, duplicateOf, sim == Long.MIN_VALUE ? null : Float.intBitsToFloat((int) sim), size);
    }
  }
}
