#!/usr/bin/env bash
# Measures extraction speed on one thread: pages/s of the pipeline's ArticleExtractor (decode and
# parse included) next to jsoup parsing alone, the floor. Pages are held in memory; the median of
# the timed rounds is reported. A benchmark, not a test: run it on a quiet machine.
#
#   scripts/benchmark-extraction.sh                          # ../shared/eval/extraction/wcxb-dev/html
#   scripts/benchmark-extraction.sh --rounds=5 --warmup=3 FOLDER...
#
# JAVA_OPTS passes JVM flags. The JVM is pinned to one core with taskset when it is available.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# No cd: relative FOLDER paths are the caller's, as typed.

classes="$root/pipelines/target/classes"
classpath_file="$root/pipelines/target/classpath.txt"
if [[ ! -f "$classpath_file" || -n "$(find "$root/pom.xml" "$root/pipelines/pom.xml" "$root/pipelines/src/main" "$root/schemas" -newer "$classpath_file" -print -quit 2>/dev/null)" ]]; then
  echo "building (mvn package -DskipTests) ..." >&2
  (cd "$root" && mvn -B -q -DskipTests package >&2)
  # build-classpath leaves classpath.txt alone when the class path did not change: without this,
  # a source edited once would rebuild on every later run.
  touch "$classpath_file"
fi

has_folder=false
for arg in "$@"; do
  [[ "$arg" == -* ]] || has_folder=true
done
args=("$@")
$has_folder || args+=("$root/../shared/eval/extraction/wcxb-dev/html")

pin=()
command -v taskset >/dev/null 2>&1 && pin=(taskset -c 0)
exec "${pin[@]}" java -Xmx2g ${JAVA_OPTS:-} -cp "$classes:$(cat "$classpath_file")" \
  org.newscorpus.evaluate.ExtractionBenchmark "${args[@]}"
