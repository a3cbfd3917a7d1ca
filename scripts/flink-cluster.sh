#!/usr/bin/env bash
# Starts, inspects and stops a real Flink 1.19 session cluster on this machine (127.0.0.1 only):
# one JobManager and one TaskManager, each its own JVM, for scripts/submit-flink.sh and the tests.
#
#   scripts/flink-cluster.sh start               # JobManager + 1 TaskManager; waits for free slots
#   scripts/flink-cluster.sh status              # processes and the REST /overview
#   scripts/flink-cluster.sh start-taskmanager   # one more TaskManager (e.g. after losing one)
#   scripts/flink-cluster.sh stop                # ends exactly the processes it started, by PID
#
# On a real Flink cluster you skip this script: submit with scripts/submit-flink.sh
# --flinkMaster=YOUR_JOBMANAGER:8081 (or `flink run`, see the README).
#
# flink-dist is not on Maven Central, so the processes run from the Flink runtime jars, resolved by
# Maven from scripts/flink/pom.xml (the Flink version the project's FlinkRunner is built against):
#   JobManager  org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint --configDir C
#   TaskManager org.apache.flink.runtime.taskexecutor.TaskManagerRunner --configDir C
# Their JVM memory flags come from Flink's own BashJavaUtils, as Flink's scripts do, from the sizes
# in scripts/flink/conf/config.yaml.
#
# Everything lives in one work folder (FLINK_WORK_DIR, default .flink-cluster/ in the repository):
#   conf/   the configuration in force      log/  jobmanager.log, taskmanager-N.log, *.out
#   pid/    one file per process started     tmp/  spill files, blobs, uploaded jars
#
# Environment (defaults in brackets):
#   FLINK_WORK_DIR   [REPO/.flink-cluster]  FLINK_REST_PORT [8081]  FLINK_RPC_PORT [6123]
#   FLINK_JM_MEMORY  [1024m]                FLINK_TM_MEMORY [3072m] FLINK_SLOTS    [2]
#   FLINK_START_TIMEOUT [180] seconds to wait for a registered TaskManager with free slots
#   JAVA [java]
# Exit codes: 0 done, 1 failed (the message names the log to read), 2 usage error; status exits 3
# when no process of the cluster runs.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${FLINK_WORK_DIR:-$root/.flink-cluster}"
rest_port="${FLINK_REST_PORT:-8081}"
rpc_port="${FLINK_RPC_PORT:-6123}"
jm_memory="${FLINK_JM_MEMORY:-1024m}"
tm_memory="${FLINK_TM_MEMORY:-3072m}"
slots="${FLINK_SLOTS:-2}"
start_timeout="${FLINK_START_TIMEOUT:-180}"
java="${JAVA:-java}"

conf="$work/conf"
logs="$work/log"
pids="$work/pid"
rest="http://127.0.0.1:$rest_port"

source "$root/scripts/flink/java17-opens.sh"

die() { echo "flink-cluster: $*" >&2; exit 1; }

for tool in "$java" mvn curl jq; do
  command -v "$tool" >/dev/null 2>&1 || die "needs $tool on the PATH (Debian: apt-get install curl jq)"
done

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'
}

# --- the class path: the Flink runtime jars, resolved once by Maven -------------------------
classpath() {
  local file="$work/classpath.txt"
  if [[ ! -s "$file" || "$root/scripts/flink/pom.xml" -nt "$file" || "$root/pom.xml" -nt "$file" ]]; then
    echo "resolving the Flink runtime jars (mvn -f scripts/flink/pom.xml dependency:build-classpath) ..." >&2
    mvn -B -q -f "$root/scripts/flink/pom.xml" dependency:build-classpath -Dmdep.outputFile="$file" >&2 \
      || die "cannot resolve the Flink runtime jars with Maven"
  fi
  cat "$file"
}

# --- the configuration: scripts/flink/conf with this run's ports, sizes and folders ---------
set_key() { # set_key KEY VALUE: replaces the line of KEY in the work folder's config.yaml
  local key="$1" value="$2" file="$conf/config.yaml"
  grep -q "^$key:" "$file" || die "config.yaml has no key $key"
  sed -i "s|^$key:.*|$key: $value  # set by flink-cluster.sh|" "$file"
}

write_conf() {
  mkdir -p "$conf" "$logs" "$pids" "$work/tmp/io" "$work/tmp/web" "$work/plugins"
  cp "$root/scripts/flink/conf/config.yaml" "$root/scripts/flink/conf/log4j.properties" "$conf/"
  set_key rest.port "$rest_port"
  set_key jobmanager.rpc.port "$rpc_port"
  set_key jobmanager.memory.process.size "$jm_memory"
  set_key taskmanager.memory.process.size "$tm_memory"
  set_key taskmanager.numberOfTaskSlots "$slots"
  set_key parallelism.default "$slots"
  set_key io.tmp.dirs "$work/tmp/io"
  set_key web.tmpdir "$work/tmp/web"
}

# BashJavaUtils prints the JVM flags (first result line) and the derived memory sizes to pass
# as dynamic properties (second line), each prefixed BASH_JAVA_UTILS_EXEC_RESULT:.
resource_params() { # resource_params GET_JM_RESOURCE_PARAMS|GET_TM_RESOURCE_PARAMS CLASSPATH
  local out
  out="$("$java" -cp "$2" org.apache.flink.runtime.util.bash.BashJavaUtils "$1" --configDir "$conf" 2>&1)" \
    || die "BashJavaUtils $1 failed: $out"
  grep '^BASH_JAVA_UTILS_EXEC_RESULT:' <<<"$out" | sed 's/^BASH_JAVA_UTILS_EXEC_RESULT://'
}

# --- processes ----------------------------------------------------------------------------
# A PID file counts only while its process is alive and still runs from this work folder's
# configuration, so a PID reused by another program is never signalled.
alive() { # alive PIDFILE
  local pid
  [[ -f "$1" ]] || return 1
  pid="$(cat "$1")"
  [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "--configDir $conf"
}

launch() { # launch NAME MAIN_CLASS JVM_FLAGS DYNAMIC_PROPERTIES CLASSPATH
  local name="$1" main="$2" jvm_flags="$3" dynamic="$4" cp="$5"
  # word splitting of the two BashJavaUtils lines is intended: they are lists of flags
  # shellcheck disable=SC2086
  FLINK_PLUGINS_DIR="$work/plugins" nohup "$java" $jvm_flags "${java17_opens[@]}" \
    -Dlog.file="$logs/$name.log" \
    -Dlog4j.configurationFile="file:$conf/log4j.properties" \
    -cp "$cp" "$main" --configDir "$conf" $dynamic \
    >"$logs/$name.out" 2>&1 </dev/null &
  echo $! >"$pids/$name.pid"
}

start_jobmanager() {
  local cp="$1" params
  mapfile -t params < <(resource_params GET_JM_RESOURCE_PARAMS "$cp")
  [[ ${#params[@]} -ge 2 ]] || die "BashJavaUtils gave no JobManager memory flags"
  launch jobmanager org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint \
    "${params[0]}" "${params[1]}" "$cp"
}

start_taskmanager() {
  local cp="$1" params n=1
  while [[ -e "$pids/taskmanager-$n.pid" ]]; do n=$((n + 1)); done
  mapfile -t params < <(resource_params GET_TM_RESOURCE_PARAMS "$cp")
  [[ ${#params[@]} -ge 2 ]] || die "BashJavaUtils gave no TaskManager memory flags"
  # its resource id is its name, so REST /taskmanagers and the web UI show which one it is
  launch "taskmanager-$n" org.apache.flink.runtime.taskexecutor.TaskManagerRunner \
    "${params[0]}" "${params[1]} -D taskmanager.resource-id=taskmanager-$n" "$cp"
  echo "taskmanager-$n"
}

overview() { curl -sf --max-time 5 "$rest/overview"; }

# Waits until the TaskManager $1 is registered (REST /taskmanagers) and the cluster has a free slot.
wait_for_taskmanager() {
  local name="$1" deadline=$((SECONDS + start_timeout)) json
  while ((SECONDS < deadline)); do
    alive "$pids/jobmanager.pid" || die "the JobManager exited; see $logs/jobmanager.log and $logs/jobmanager.out"
    alive "$pids/$name.pid" || die "$name exited; see $logs/$name.log and $logs/$name.out"
    if json="$(curl -sf --max-time 5 "$rest/taskmanagers")" \
      && jq -e --arg id "$name" 'any(.taskmanagers[]; .id == $id and .freeSlots > 0)' <<<"$json" >/dev/null; then
      return 0
    fi
    sleep 1
  done
  die "$name did not register with free slots within ${start_timeout}s; see the logs in $logs"
}

cmd_start() {
  local cp started tm
  started=$SECONDS
  if alive "$pids/jobmanager.pid"; then
    die "a cluster from $work is already running (JobManager pid $(cat "$pids/jobmanager.pid")); stop it first"
  fi
  if overview >/dev/null 2>&1; then
    die "something already answers on $rest; choose another FLINK_REST_PORT or stop it"
  fi
  rm -rf "$pids" "$work/tmp"
  cp="$(classpath)"
  write_conf
  # a start that fails half-way ends what it started (the logs stay)
  trap 'cmd_stop >/dev/null 2>&1 || true' EXIT
  start_jobmanager "$cp"
  tm="$(start_taskmanager "$cp")"
  wait_for_taskmanager "$tm"
  trap - EXIT
  echo "Flink session cluster up in $((SECONDS - started)) s: REST and web UI $rest"
  echo "  JobManager pid $(cat "$pids/jobmanager.pid"), $tm pid $(cat "$pids/$tm.pid"), $slots slots"
  echo "  work folder $work (conf/, log/, pid/)"
  echo "  submit with: scripts/submit-flink.sh --flinkMaster=localhost:$rest_port --input=... --output=..."
}

cmd_start_taskmanager() {
  local cp tm
  alive "$pids/jobmanager.pid" || die "no JobManager from $work is running; run start first"
  overview >/dev/null || die "the JobManager does not answer on $rest"
  cp="$(classpath)"
  tm="$(start_taskmanager "$cp")"
  wait_for_taskmanager "$tm"
  echo "$tm started, pid $(cat "$pids/$tm.pid")"
}

cmd_status() {
  local f name running=0
  if [[ -d "$pids" ]]; then
    for f in "$pids"/*.pid; do
      [[ -e "$f" ]] || continue
      name="$(basename "$f" .pid)"
      if alive "$f"; then
        echo "$name pid $(cat "$f") running"
        running=$((running + 1))
      else
        echo "$name pid $(cat "$f") not running"
      fi
    done
  fi
  if ((running == 0)); then
    echo "no cluster process from $work is running"
    return 3
  fi
  if overview | jq -r '"REST \($rest): \(.taskmanagers) TaskManager(s), \(."slots-available")/\(."slots-total") slots free, \(."jobs-running") job(s) running, Flink \(."flink-version")"' --arg rest "$rest"; then
    return 0
  fi
  echo "the JobManager does not answer on $rest"
  return 1
}

# Ends the processes listed in pid/, TaskManagers first: SIGTERM, then SIGKILL after 30 s.
cmd_stop() {
  local f pid names=() name deadline
  if [[ -d "$pids" ]]; then
    for f in "$pids"/taskmanager-*.pid "$pids/jobmanager.pid"; do
      [[ -e "$f" ]] || continue
      name="$(basename "$f" .pid)"
      if alive "$f"; then
        kill -TERM "$(cat "$f")" 2>/dev/null || true
        names+=("$name")
      else
        rm -f "$f"
      fi
    done
  fi
  if ((${#names[@]} == 0)); then
    echo "no cluster process from $work is running"
    return 0
  fi
  deadline=$((SECONDS + 30))
  for name in "${names[@]}"; do
    f="$pids/$name.pid"
    pid="$(cat "$f")"
    while alive "$f" && ((SECONDS < deadline)); do sleep 0.5; done
    if alive "$f"; then
      kill -KILL "$pid" 2>/dev/null || true
      echo "$name pid $pid killed (did not stop within 30 s)"
    else
      echo "$name pid $pid stopped"
    fi
    rm -f "$f"
  done
}

case "${1:-}" in
  start) cmd_start ;;
  start-taskmanager) cmd_start_taskmanager ;;
  status) cmd_status ;;
  stop) cmd_stop ;;
  -h | --help | help) usage ;;
  *) usage >&2; exit 2 ;;
esac
