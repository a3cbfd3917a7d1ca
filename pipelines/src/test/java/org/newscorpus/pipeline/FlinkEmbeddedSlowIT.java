package org.newscorpus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pipeline on an embedded Flink ({@code --flinkMaster=[local]}: a mini cluster inside the
 * driver's JVM), run from the bundled jar by {@code scripts/submit-flink.sh}, writes the
 * DirectRunner's dataset.
 *
 * <p>The driver runs with a 256 KB default thread stack: submitting this job deserializes a deep
 * job graph in the submitting thread, which overflowed the JVM's default 1 MB stack now and then
 * (and a 256 KB one in the run tried) before {@code NewsCorpusPipeline.main} gave that thread its own
 * large stack.
 */
class FlinkEmbeddedSlowIT {

  @Test
  void embeddedFlinkWritesTheDirectRunnersDataset() throws Exception {
    Path expected = FlinkTestSupport.directRunnerOutput();
    Path out = FlinkTestSupport.freshFolder("embedded-run");

    FlinkTestSupport.Result submitted =
        FlinkTestSupport.run(
            Map.of("JAVA_OPTS", "-Xmx2g -Xss256k"), FlinkTestSupport.WORK.resolve("embedded-run.log"), Duration.ofMinutes(20),
            "scripts/submit-flink.sh", "--flinkMaster=[local]", "--parallelism=2",
            "--input=" + FlinkTestSupport.input(), "--output=" + out);
    System.out.println(submitted.output());

    assertEquals(0, submitted.code(), submitted.output());
    assertTrue(submitted.output().contains("every record accounted for"), submitted.output());
    FlinkTestSupport.assertSameDataset(expected, out);
  }
}
