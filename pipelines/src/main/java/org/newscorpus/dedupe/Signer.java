package org.newscorpus.dedupe;

import org.newscorpus.common.Digests;
import org.newscorpus.schema.Article;

/**
 * Turns an article into its {@link Fingerprint} and its LSH buckets: normalise the text, digest it
 * (the exact-copy key), shingle it, take the MinHash signature of the whole shingle set and of the
 * lede (the first {@link DedupeConfig#ledeShingles()} shingles), and band both.
 *
 * <p>A text with fewer than {@link DedupeConfig#minShingles()} shingles gets no LSH bucket: its
 * MinHash bands would not find it in a longer text. Every text of at least {@link
 * #OPENING_MIN_SHINGLES} shingles also gets an opening bucket, keyed by its first shingle: an
 * aggregator's excerpt of one short paragraph starts where its original starts, so the two meet
 * there, and the verification links them when the excerpt lies in the original.
 */
public final class Signer {

  /** The fewest shingles (eight words) of a text that gets an opening bucket. */
  public static final int OPENING_MIN_SHINGLES = 4;

  /**
   * An article's fingerprint, its LSH buckets (none for a short text), band by band, and its
   * opening bucket, when {@code hasOpening}.
   */
  public record Signed(Fingerprint fingerprint, long[] buckets, boolean hasOpening, long opening) {
    public boolean isShort() {
      return buckets.length == 0;
    }
  }

  private final DedupeConfig config;
  private final MinHash minHash;

  public Signer(DedupeConfig config) {
    this.config = config;
    this.minHash = new MinHash(config.permutations(), config.seed());
  }

  /** Signs an article of this run. */
  public Signed sign(Article article) {
    return sign(article, null, false);
  }

  /** Signs an article read from an earlier dataset, with its story id and role there. */
  public Signed signPrevious(Article article) {
    return sign(article, article.getStoryId(), article.getIsCanonical());
  }

  private Signed sign(Article a, String previousStoryId, boolean previousCanonical) {
    String text = a.getText() == null ? "" : a.getText();
    String normalized = TextNormalizer.normalize(text);
    String digest = Digests.hex128(normalized);
    Shingles.Shingled shingled = Shingles.of(normalized, config.shingleSize(), config.ledeShingles());
    long[] buckets = new long[0];
    if (shingled.set().length >= config.minShingles()) {
      buckets = new long[config.lshBands()];
      long[] signature = minHash.signature(shingled.set(), config.bands() * config.rows());
      MinHash.bandBuckets(signature, config.bands(), config.rows(), 0, buckets, 0);
      if (config.ledeShingles() > 0) {
        long[] lede = minHash.signature(shingled.lede(), config.ledeBands() * config.ledeRows());
        MinHash.bandBuckets(lede, config.ledeBands(), config.ledeRows(), config.bands(), buckets, config.bands());
      }
    }
    Fingerprint fingerprint =
        new Fingerprint(
            a.getId(),
            a.getUrl(),
            a.getSite(),
            a.getSource() == null ? a.getSite() : a.getSource(),
            a.getLanguage(),
            a.getTitle(),
            a.getPublishedDate(),
            text.length(),
            CanonicalLinks.pointsElsewhere(a),
            WireDateline.marksCopy(text, a.getSite()),
            Long.parseUnsignedLong(digest.substring(0, 16), 16),
            Long.parseUnsignedLong(digest.substring(16, 32), 16),
            Shingles.keys(shingled.set()),
            previousStoryId,
            previousCanonical);
    boolean hasOpening = shingled.set().length >= OPENING_MIN_SHINGLES;
    return new Signed(fingerprint, buckets, hasOpening, hasOpening ? Hash64.mix(shingled.opening() ^ Hash64.GOLDEN) : 0);
  }
}
