package org.newscorpus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline on a real Flink 1.19 session cluster: {@code scripts/flink-cluster.sh} starts a
 * JobManager and a TaskManager as separate JVMs on 127.0.0.1, {@code scripts/submit-flink.sh}
 * submits the bundled jar over REST, and the dataset must equal the DirectRunner's on the same
 * input, also after a TaskManager is killed mid-job. The cluster uses ports 18081 (REST) and 16123
 * (RPC), apart from a cluster a developer runs on the defaults, and is stopped even when a test
 * fails (after the tests, and from a shutdown hook if the JVM is ended early).
 */
class FlinkClusterSlowIT {

  static final int REST_PORT = 18081;
  static final int RPC_PORT = 16123;
  static final Path CLUSTER = FlinkTestSupport.WORK.resolve("cluster");
  static final Map<String, String> ENV =
      Map.of(
          "FLINK_WORK_DIR", CLUSTER.toString(),
          "FLINK_REST_PORT", Integer.toString(REST_PORT),
          "FLINK_RPC_PORT", Integer.toString(RPC_PORT));

  private static final String REST = "http://127.0.0.1:" + REST_PORT;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Thread STOP_ON_EXIT = new Thread(FlinkClusterSlowIT::stopQuietly, "stop-flink-cluster");

  @BeforeAll
  static void startCluster() throws Exception {
    Runtime.getRuntime().addShutdownHook(STOP_ON_EXIT);
    FlinkTestSupport.Result started = cluster(Duration.ofMinutes(5), "start");
    System.out.println(started.output());
    assertEquals(0, started.code(), started.output());
    assertTrue(started.output().contains("Flink session cluster up in"), started.output());
  }

  @AfterAll
  static void stopCluster() throws Exception {
    List<Long> pids = clusterPids();
    FlinkTestSupport.Result stopped = cluster(Duration.ofMinutes(2), "stop");
    Runtime.getRuntime().removeShutdownHook(STOP_ON_EXIT);
    assertEquals(0, stopped.code(), stopped.output());
    for (long pid : pids) {
      assertFalse(running(pid, Duration.ofSeconds(30)), "process " + pid + " stopped");
    }
  }

  /** Whether {@code pid} still runs after {@code grace}; an exited process no one has reaped yet does not. */
  private static boolean running(long pid, Duration grace) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(grace);
    while (true) {
      Path stat = Path.of("/proc", Long.toString(pid), "stat");
      boolean alive;
      try {
        String fields = Files.readString(stat);
        alive = !fields.substring(fields.lastIndexOf(')') + 2).startsWith("Z");
      } catch (java.nio.file.NoSuchFileException e) {
        alive = false;
      }
      if (!alive || Instant.now().isAfter(deadline)) {
        return alive;
      }
      Thread.sleep(500);
    }
  }

  @Test
  void clusterRunsThePipelineToTheDirectRunnersDataset() throws Exception {
    Path expected = FlinkTestSupport.directRunnerOutput();
    Path out = FlinkTestSupport.freshFolder("cluster-run");
    String jobName = "newscorpus-it-" + System.currentTimeMillis();

    FlinkTestSupport.Result submitted =
        FlinkTestSupport.run(
            Map.of(), FlinkTestSupport.WORK.resolve("cluster-run.log"), Duration.ofMinutes(20),
            "scripts/submit-flink.sh", "--flinkMaster=localhost:" + REST_PORT, "--parallelism=2",
            "--jobName=" + jobName, "--input=" + FlinkTestSupport.input(), "--output=" + out);
    System.out.println(submitted.output());

    assertEquals(0, submitted.code(), submitted.output());
    String jobId = jobId(jobName).orElseThrow(() -> new AssertionError("job " + jobName + " not on the cluster"));
    assertTrue(submitted.output().contains("job id: " + jobId), submitted.output());
    JsonNode job = get("/jobs/" + jobId);
    assertEquals("FINISHED", job.get("state").asText());
    List<String> steps = new ArrayList<>();
    job.get("vertices").forEach(v -> steps.add(v.get("name").asText()));
    for (String step : new String[] {"ReadArchives", "ExtractArticles", "DedupeStories", "WriteDataset"}) {
      assertTrue(steps.stream().anyMatch(s -> s.contains(step)), "the Flink UI shows " + step + ": " + steps);
    }
    FlinkTestSupport.assertSameDataset(expected, out);
  }

  @Test
  void jobSurvivesAKilledTaskManagerWithoutLossOrDuplicates() throws Exception {
    Path expected = FlinkTestSupport.directRunnerOutput();
    Path out = FlinkTestSupport.freshFolder("cluster-kill");
    Path log = FlinkTestSupport.WORK.resolve("cluster-kill.log");
    String jobName = "newscorpus-it-kill-" + System.currentTimeMillis();

    Process submit =
        FlinkTestSupport.start(
            Map.of(), log,
            "scripts/submit-flink.sh", "--flinkMaster=localhost:" + REST_PORT, "--parallelism=2",
            "--jobName=" + jobName, "--input=" + FlinkTestSupport.input(), "--output=" + out);
    try {
      killATaskManagerMidJob(jobName, submit, log, expected, out);
    } finally {
      // a failed assertion must not leave the driver behind
      submit.descendants().forEach(ProcessHandle::destroyForcibly);
      submit.destroyForcibly();
    }
  }

  private static void killATaskManagerMidJob(String jobName, Process submit, Path log, Path expected, Path out)
      throws Exception {
    String jobId = awaitRunningTasks(jobName, submit, Duration.ofMinutes(5));

    Path victim = liveTaskManagers().get(0);
    String victimName = victim.getFileName().toString().replace(".pid", "");
    long pid = Long.parseLong(Files.readString(victim).trim());
    Instant killed = Instant.now();
    assertTrue(ProcessHandle.of(pid).orElseThrow().destroyForcibly(), "SIGKILL sent to " + victimName);
    FlinkTestSupport.Result fresh = cluster(Duration.ofMinutes(5), "start-taskmanager");
    assertEquals(0, fresh.code(), fresh.output());

    FlinkTestSupport.Result submitted = FlinkTestSupport.finish(submit, log, Duration.ofMinutes(20));
    System.out.println(submitted.output());
    assertEquals(0, submitted.code(), submitted.output());
    JsonNode job = get("/jobs/" + jobId);
    assertEquals("FINISHED", job.get("state").asText());
    JsonNode failures = get("/jobs/" + jobId + "/exceptions").get("exceptionHistory").get("entries");
    assertTrue(failures.size() >= 1, "a restart was counted: " + failures);
    assertTrue(failures.toString().contains(victimName), "the failure names the lost " + victimName + ": " + failures);
    System.out.printf(
        "killed %s (pid %d) at %s; failure recorded at %s; job FINISHED after %.1f s with %d failure(s)%n",
        victimName, pid, killed, Instant.ofEpochMilli(failures.get(0).get("timestamp").asLong()),
        job.get("duration").asLong() / 1000.0, failures.size());

    FlinkTestSupport.assertSameDataset(expected, out);
  }

  @Test
  void submittingToNoClusterFailsAtOnceNamingTheAddress() throws Exception {
    Path out = FlinkTestSupport.freshFolder("no-cluster");
    FlinkTestSupport.Result submitted =
        FlinkTestSupport.run(
            Map.of(), FlinkTestSupport.WORK.resolve("no-cluster.log"), Duration.ofMinutes(2),
            "scripts/submit-flink.sh", "--flinkMaster=127.0.0.1:" + (REST_PORT + 1),
            "--input=" + FlinkTestSupport.input(), "--output=" + out);
    assertEquals(1, submitted.code(), submitted.output());
    assertTrue(submitted.output().contains("no Flink JobManager answers on http://127.0.0.1:" + (REST_PORT + 1)),
        submitted.output());
    assertFalse(Files.exists(out), "nothing written");
  }

  /** Waits until the job named {@code jobName} runs tasks, and returns its id. */
  private static String awaitRunningTasks(String jobName, Process submit, Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!submit.isAlive()) {
        fail("the submission ended before its job ran: exit " + submit.exitValue());
      }
      for (JsonNode job : get("/jobs/overview").get("jobs")) {
        if (job.get("name").asText().equals(jobName)
            && job.get("state").asText().equals("RUNNING")
            && job.get("tasks").get("running").asInt() > 0) {
          return job.get("jid").asText();
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("job " + jobName + " ran no task within " + timeout);
  }

  private static Optional<String> jobId(String jobName) throws Exception {
    for (JsonNode job : get("/jobs/overview").get("jobs")) {
      if (job.get("name").asText().equals(jobName)) {
        return Optional.of(job.get("jid").asText());
      }
    }
    return Optional.empty();
  }

  /** The PID files of the TaskManagers that are alive. */
  private static List<Path> liveTaskManagers() throws IOException, InterruptedException {
    List<Path> live = new ArrayList<>();
    try (Stream<Path> files = Files.list(CLUSTER.resolve("pid"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("taskmanager-")).sorted().toList()) {
        long pid = Long.parseLong(Files.readString(f).trim());
        if (running(pid, Duration.ZERO)) {
          live.add(f);
        }
      }
    }
    assertFalse(live.isEmpty(), "a TaskManager is running");
    return live;
  }

  private static List<Long> clusterPids() throws IOException {
    List<Long> pids = new ArrayList<>();
    Path dir = CLUSTER.resolve("pid");
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.toList()) {
          pids.add(Long.parseLong(Files.readString(f).trim()));
        }
      }
    }
    return pids;
  }

  private static JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(REST + path)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return JSON.readTree(response.body());
  }

  private static FlinkTestSupport.Result cluster(Duration timeout, String command) throws Exception {
    return FlinkTestSupport.run(
        ENV, FlinkTestSupport.WORK.resolve("cluster-" + command + ".log"), timeout,
        "scripts/flink-cluster.sh", command);
  }

  private static void stopQuietly() {
    try {
      cluster(Duration.ofMinutes(1), "stop");
    } catch (Exception | AssertionError e) {
      System.err.println("could not stop the Flink cluster in " + CLUSTER + ": " + e);
    }
  }
}
