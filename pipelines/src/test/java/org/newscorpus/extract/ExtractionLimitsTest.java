package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExtractionLimitsTest {

  @Test
  void aSpentBudgetThrowsExtractTimeout() {
    ExtractionLimits.Budget budget = new ExtractionLimits(Duration.ofMillis(1), 10, 10, 10).start();
    spin(Duration.ofMillis(5));
    ExtractionLimits.Exceeded e = assertThrows(ExtractionLimits.Exceeded.class, budget::checkNow);
    assertEquals(ExtractionLimits.EXTRACT_TIMEOUT, e.reason());
    assertThrows(ExtractionLimits.Exceeded.class, () -> {
      for (int i = 0; i < 1000; i++) {
        budget.check();
      }
    }, "check() looks at the clock every 256 calls");
  }

  @Test
  void waitingDoesNotSpendTheBudgetWorkingDoes() throws InterruptedException {
    ExtractionLimits.Budget budget = new ExtractionLimits(Duration.ofMillis(50), 10, 10, 10).start();
    Thread.sleep(200); // a loaded machine makes the page wait: no CPU spent
    budget.checkNow();
    spin(Duration.ofMillis(60));
    assertThrows(ExtractionLimits.Exceeded.class, budget::checkNow);
  }

  /** Spends this much of the thread's CPU time. */
  private static void spin(Duration cpu) {
    long until = ExtractionLimits.now() + cpu.toNanos();
    long x = 0;
    while (ExtractionLimits.now() < until) {
      x += System.identityHashCode(new Object());
    }
    sink = x; // keeps the loop from being optimised away
  }

  private static volatile long sink;

  @Test
  void anUnlimitedBudgetNeverRunsOut() {
    ExtractionLimits.Budget budget = ExtractionLimits.Budget.unlimited();
    for (int i = 0; i < 10_000; i++) {
      budget.check();
    }
    budget.checkNow();
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(Duration.ZERO, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(Duration.ofSeconds(1), 0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(Duration.ofSeconds(1), 1, 1, -1));
  }
}
