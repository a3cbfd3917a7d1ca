package org.apache.beam.runners.flink;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.util.construction.SplittableParDo;
import org.apache.flink.runtime.jobgraph.JobGraph;

/**
 * Test access to the Flink job graph the FlinkRunner would submit for a pipeline, without running
 * it: which steps a task runs together (chained) and which steps are sources. The runner's own
 * translation gives it; that method is package-private, hence this class in the runner's package.
 */
public final class FlinkJobGraphs {

  private FlinkJobGraphs() {}

  /**
   * The job graph of {@code pipeline}, translated with its own (Flink) options after the rewrite
   * {@link FlinkRunner#run} makes first: a {@code Read} of a bounded source as a Flink source.
   */
  public static JobGraph of(Pipeline pipeline) {
    SplittableParDo.convertReadBasedSplittableDoFnsToPrimitiveReadsIfNecessary(pipeline);
    return new FlinkPipelineExecutionEnvironment(pipeline.getOptions().as(FlinkPipelineOptions.class))
        .getJobGraph(pipeline);
  }
}
