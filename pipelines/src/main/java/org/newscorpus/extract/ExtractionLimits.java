package org.newscorpus.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * The guards of one page's extraction: a time budget, and bounds on the DOM (elements, nesting
 * depth) and on the text, so that a pathological page (100,000 nested divs, one 30 MB text node) is
 * rejected instead of holding a worker. Extraction code calls {@link Budget#check()} in its loops;
 * an exceeded limit throws {@link Exceeded}, which the extractor turns into a rejection with reason
 * {@link #EXTRACT_TIMEOUT} or {@link #TOO_COMPLEX}.
 *
 * @param timeBudget the most CPU time one page may take, parse included (wall time where the JVM
 *     does not measure a thread's CPU time): a loaded machine makes pages wait, not cost more, and
 *     the same page must get the same outcome on a busy worker as on an idle one
 * @param maxElements the most elements a page's DOM may have
 * @param maxDepth the deepest element nesting a page may have
 * @param maxTextChars the most characters of decoded text a page may have
 */
public record ExtractionLimits(Duration timeBudget, int maxElements, int maxDepth, int maxTextChars) {

  /** Rejection reason of a page that took longer than its time budget. */
  public static final String EXTRACT_TIMEOUT = "extractTimeout";
  /** Rejection reason of a page over the DOM or text bounds. */
  public static final String TOO_COMPLEX = "tooComplex";

  /**
   * The defaults: 5 s of CPU per page (a 180 KB page takes a few ms), 60,000 elements and depth 400
   * (real news pages stay far below: the largest of 2,800 evaluation pages has about 25,000
   * elements), and 8 M characters of text.
   */
  public static final ExtractionLimits DEFAULT = new ExtractionLimits(Duration.ofSeconds(5), 60_000, 400, 8_000_000);

  public ExtractionLimits {
    if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
      throw new IllegalArgumentException("timeBudget must be positive, was " + timeBudget);
    }
    if (maxElements < 1 || maxDepth < 1 || maxTextChars < 1) {
      throw new IllegalArgumentException(
          "maxElements, maxDepth and maxTextChars must be positive, were " + maxElements + ", " + maxDepth + ", "
              + maxTextChars);
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Starts the clock of one page, on the thread that extracts it. */
  public Budget start() {
    return new Budget(now() + timeBudget.toNanos(), timeBudget);
  }

  /** This thread's CPU time in nanoseconds, where the JVM measures it, else the wall clock. */
  static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled()
        ? THREADS.getCurrentThreadCpuTime()
        : System.nanoTime();
  }

  /** A page that exceeded a limit; {@code reason} is the rejection reason. */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String reason;

    public Exceeded(String reason, String message) {
      super(message, null, false, false);
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  /** The running clock of one page. Cheap to check: one clock reading every 256 checks. */
  public static final class Budget {
    private final long deadline;
    private final Duration budget;
    private int calls;

    Budget(long deadline, Duration budget) {
      this.deadline = deadline;
      this.budget = budget;
    }

    /** A budget that never runs out, for callers that bound the work themselves. */
    public static Budget unlimited() {
      return new Budget(Long.MAX_VALUE, Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L));
    }

    /** Throws {@link Exceeded} when the time is up; checks the clock every 256 calls. */
    public void check() {
      if ((++calls & 0xff) == 0) {
        checkNow();
      }
    }

    /** Throws {@link Exceeded} when the time is up. */
    public void checkNow() {
      if (deadline != Long.MAX_VALUE && now() - deadline > 0) {
        throw new Exceeded(EXTRACT_TIMEOUT, "extraction took longer than its budget of " + budget.toMillis() + " ms");
      }
    }
  }
}
