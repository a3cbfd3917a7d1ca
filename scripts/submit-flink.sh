#!/usr/bin/env bash
# Submits the news-corpus pipeline (the bundled jar) to a Flink 1.19 cluster and follows the job.
#
#   scripts/submit-flink.sh --flinkMaster=HOST:PORT --input=GLOB[,GLOB...] --output=DIR [option...]
#   scripts/submit-flink.sh --flinkMaster='[local]' --input=... --output=...   # embedded Flink, no cluster
#
# HOST:PORT is the JobManager's REST address (the web UI's; 8081 by default). The script runs the
# pipeline's driver here with --runner=FlinkRunner (added unless given) and a unique --jobName
# (added unless given); the driver submits the job, waits for it, and then writes _SUMMARY.json and
# _SUCCESS. The script prints the job id, each change of the job's state and its restarts, and
# exits with the driver's code: 0 when the job finished and the dataset is complete, 1 when the job
# failed (or was cancelled), 2 for a usage error. Any pipeline option passes through, among them
# --parallelism=N (default: the cluster's parallelism.default) and --shardsPerPartition=N.
#
# Storage: --input and --output must name the same files from this machine, the JobManager and
# every TaskManager (a shared file system mounted at one path, or an object store with its Beam
# module on the class path). The driver here expands --input and writes _SUMMARY.json and _SUCCESS
# into --output; the TaskManagers read the inputs and write the dataset's files. Local relative
# paths are made absolute here, because the cluster's processes have another working folder.
#
# With a Flink 1.19 distribution, the equivalent is (no --flinkMaster: the CLI supplies the cluster)
#   flink run -m HOST:PORT pipelines/target/newscorpus-bundled.jar --runner=FlinkRunner \
#     --input=... --output=...
#
# Environment: NEWSCORPUS_JAR (default pipelines/target/newscorpus-bundled.jar, built when missing),
# JAVA_OPTS (JVM flags of the driver, e.g. -Xmx4g for [local]), JAVA (default java).
# Ctrl-C stops the driver only: a job already submitted runs on; cancel it in the web UI or with
#   curl -X PATCH 'http://HOST:PORT/jobs/JOB_ID?mode=cancel'
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${NEWSCORPUS_JAR:-$root/pipelines/target/newscorpus-bundled.jar}"
java="${JAVA:-java}"

source "$root/scripts/flink/java17-opens.sh"

for tool in "$java" curl jq; do
  command -v "$tool" >/dev/null 2>&1 || { echo "submit-flink: needs $tool on the PATH (Debian: apt-get install curl jq)" >&2; exit 2; }
done

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'
}

# A local path (no scheme) made absolute; URIs such as s3://... or file:///... stay as they are.
absolute() {
  local p="$1"
  if [[ "$p" =~ ^[A-Za-z][A-Za-z0-9+.-]*:// || "$p" == /* ]]; then
    echo "$p"
  else
    echo "$PWD/$p"
  fi
}

master=""
job_name=""
has_runner=false
args=()
for arg in "$@"; do
  case "$arg" in
    -h | --help | --help=true) usage; exit 0 ;;
    --flinkMaster=*) master="${arg#--flinkMaster=}"; args+=("$arg") ;;
    --jobName=*) job_name="${arg#--jobName=}"; args+=("$arg") ;;
    --runner=*) has_runner=true; args+=("$arg") ;;
    --output=*) args+=("--output=$(absolute "${arg#--output=}")") ;;
    --input=*)
      specs=()
      IFS=',' read -ra parts <<<"${arg#--input=}"
      for ((i = 0; i < ${#parts[@]}; i++)); do
        spec="${parts[i]}"
        # a local name that holds a comma: join the parts after it while that names a file or folder
        if [[ ! -e "$spec" && "$spec" != *[*?[]* ]]; then
          joined="$spec"
          for ((j = i + 1; j < ${#parts[@]}; j++)); do
            joined="$joined,${parts[j]}"
            if [[ -e "$joined" ]]; then spec="$joined"; i=$j; break; fi
          done
        fi
        [[ -n "${spec// /}" ]] && specs+=("$(absolute "$spec")")
      done
      args+=("--input=$(IFS=','; echo "${specs[*]}")")
      ;;
    *) args+=("$arg") ;;
  esac
done
if [[ -z "$master" ]]; then
  echo "submit-flink: --flinkMaster=HOST:PORT is required (the JobManager's REST address, e.g. localhost:8081," >&2
  echo "  or [local] for an embedded Flink); see --help" >&2
  exit 2
fi
$has_runner || args=("--runner=FlinkRunner" "${args[@]}")
if [[ -z "$job_name" ]]; then
  job_name="newscorpus-$(date +%Y%m%d-%H%M%S)-$$"
  args+=("--jobName=$job_name")
fi

if [[ ! -f "$jar" ]]; then
  echo "building the bundled jar (mvn package -DskipTests) ..." >&2
  (cd "$root" && mvn -B -q -DskipTests package >&2)
fi

case "$master" in
  "[local]" | "[auto]" | "[collection]") rest="" ;;
  http://* | https://*) rest="${master%/}" ;;
  *) rest="http://$master" ;;
esac

# A cluster that is not there fails here at once, not after the Flink client's minute of retries.
if [[ -n "$rest" ]]; then
  if ! version="$(curl -sf --max-time 10 "$rest/config" | jq -r '."flink-version"')"; then
    echo "submit-flink: no Flink JobManager answers on $rest (start one with scripts/flink-cluster.sh start," >&2
    echo "  or pass the REST address of yours as --flinkMaster=HOST:PORT)" >&2
    exit 1
  fi
  [[ "$version" == 1.19.* ]] \
    || echo "submit-flink: warning: the cluster runs Flink $version; this jar's FlinkRunner is for Flink 1.19" >&2
fi

# --- run the driver; follow the job over REST while it runs ---------------------------------
# shellcheck disable=SC2086  # JAVA_OPTS is a list of flags
"$java" ${JAVA_OPTS:-} "${java17_opens[@]}" -jar "$jar" "${args[@]}" &
driver=$!
trap 'kill "$driver" 2>/dev/null || true' INT TERM

job_id=""
last_state=""
last_restarts=0
find_job() { # the id of the newest job named $job_name
  curl -sf --max-time 5 "$rest/jobs/overview" \
    | jq -r --arg n "$job_name" '[.jobs[] | select(.name == $n)] | sort_by(."start-time") | last | .jid // empty' \
      2>/dev/null || true
}
restarts_of() { # numRestarts of a running job (Flink drops the metric when the job ends)
  curl -sf --max-time 5 "$rest/jobs/$1/metrics?get=numRestarts" | jq -r '.[0].value // empty' 2>/dev/null || true
}
if [[ -n "$rest" ]]; then
  echo "submitting job '$job_name' to $rest ..."
  while kill -0 "$driver" 2>/dev/null; do
    if [[ -z "$job_id" ]]; then
      job_id="$(find_job)"
      [[ -n "$job_id" ]] && echo "job id: $job_id (web UI: $rest/#/job/running/$job_id/overview)"
    else
      state="$(curl -sf --max-time 5 "$rest/jobs/$job_id" | jq -r '.state // empty' 2>/dev/null || true)"
      if [[ -n "$state" && "$state" != "$last_state" ]]; then
        echo "$(date +%H:%M:%S) job $state"
        last_state="$state"
      fi
      restarts="$(restarts_of "$job_id")"
      if [[ -n "$restarts" && "$restarts" -gt "$last_restarts" ]]; then
        echo "$(date +%H:%M:%S) job restarted (restart $restarts)"
        last_restarts="$restarts"
      fi
    fi
    sleep 2
  done
fi

code=0
wait "$driver" || code=$?
trap - INT TERM
if [[ -n "$rest" && -z "$job_id" ]]; then
  job_id="$(find_job)"
  [[ -n "$job_id" ]] && echo "job id: $job_id"
fi

if [[ -n "$rest" && -n "$job_id" ]]; then
  # the REST API caches a job's details for a few seconds (web.refresh-interval): wait for its end
  for _ in $(seq 1 30); do
    details="$(curl -sf --max-time 10 "$rest/jobs/$job_id" || true)"
    [[ "$(jq -r '.state // empty' <<<"$details" 2>/dev/null)" =~ ^(FINISHED|FAILED|CANCELED)$ ]] && break
    sleep 1
  done
  failures="$(curl -sf --max-time 10 "$rest/jobs/$job_id/exceptions" \
    | jq -r '.exceptionHistory.entries | length' 2>/dev/null || echo "?")"
  if [[ -n "$details" ]]; then
    jq -r --arg f "$failures" \
      '"job \(.jid) \(.state) after \(.duration / 1000) s; failures: \($f) (each one restarted the failed part of the job)"' <<<"$details"
    state="$(jq -r '.state' <<<"$details")"
    if [[ "$state" != "FINISHED" && "$code" -eq 0 ]]; then
      code=1
    fi
  fi
elif [[ -n "$rest" && "$code" -eq 0 ]]; then
  echo "submit-flink: the driver finished but job '$job_name' was never seen on $rest" >&2
fi
exit "$code"
