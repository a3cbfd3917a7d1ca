#!/usr/bin/env bash
# Runs the news-corpus pipeline on this machine (DirectRunner unless --runner says otherwise).
#
#   scripts/run-local.sh                                  # the sample corpus in samples/ -> output/sample
#   scripts/run-local.sh --input=GLOB[,GLOB...] --output=DIR [any pipeline option]
#   scripts/run-local.sh --help                           # every option with its description
#
# Builds the project first when it has not been built or a source is newer than the build.
# JAVA_OPTS passes JVM flags (for example JAVA_OPTS=-Xmx8g).
# Exit codes: 0 done, 1 the run failed, 2 a usage error (bad option, no input, output not empty).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# No cd: relative --input and --output paths are the caller's, as typed.

classes="$root/pipelines/target/classes"
classpath_file="$root/pipelines/target/classpath.txt"

needs_build() {
  [[ ! -f "$classpath_file" || ! -d "$classes" ]] && return 0
  [[ -n "$(find "$root/pom.xml" "$root/pipelines/pom.xml" "$root/pipelines/src/main" "$root/schemas" -newer "$classpath_file" -print -quit 2>/dev/null)" ]]
}

if needs_build; then
  echo "building (mvn package -DskipTests) ..." >&2
  (cd "$root" && mvn -B -q -DskipTests package >&2)
  # build-classpath leaves classpath.txt alone when the class path did not change: without this,
  # a source edited once would rebuild on every later run.
  touch "$classpath_file"
fi

has_input=false
has_output=false
for arg in "$@"; do
  case "$arg" in
    --input=*) has_input=true ;;
    --output=*) has_output=true ;;
  esac
done

args=("$@")
if ! $has_input; then
  args+=("--input=$root/samples")
fi
if ! $has_output; then
  # the script's own default folder is replaced on every run
  args+=("--output=$root/output/sample")
  [[ " $* " == *" --overwrite"* ]] || args+=("--overwrite")
fi

exec java ${JAVA_OPTS:-} -cp "$classes:$(cat "$classpath_file")" \
  org.newscorpus.pipeline.NewsCorpusPipeline "${args[@]}"
