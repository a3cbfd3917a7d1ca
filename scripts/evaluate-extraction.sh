#!/usr/bin/env bash
# Scores the pipeline's article extractor on gold sets and prints the figures.
#
#   scripts/evaluate-extraction.sh                      # every gold set found under ../shared/eval
#   scripts/evaluate-extraction.sh GOLD [GOLD...]       # a WCXB, trafilatura or htmldate folder, or your .jsonl
#   scripts/evaluate-extraction.sh --json --dump=/tmp/eval GOLD   # JSON figures, per-page extractions
#   scripts/evaluate-extraction.sh --help
#
# A .jsonl gold file has one page per line: {"html_path": "...", "text": "...", "title": "...",
# "date": "YYYY-MM-DD", "authors": ["..."]} (html_path relative to the file; .gz allowed).
# Figures: body precision/recall/F1 with the public article-extraction benchmark's metric (4-token
# shingles), trafilatura's pooled snippet P/R/F/accuracy, title exact match, date accuracy (htmldate's
# definition on a date set), author and site-name accuracy. Builds the project first when needed.
# JAVA_OPTS passes JVM flags. Exit codes: 0 done, 1 a gold set could not be read, 2 a usage error.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# No cd: relative GOLD and --dump paths are the caller's, as typed.

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

has_gold=false
for arg in "$@"; do
  [[ "$arg" == -* ]] || has_gold=true
done

args=("$@")
if ! $has_gold; then
  shared="$root/../shared/eval"
  for set in extraction/wcxb-dev extraction/trafilatura dates/htmldate; do
    [[ -d "$shared/$set" ]] && args+=("$shared/$set")
  done
fi

exec java ${JAVA_OPTS:-} -cp "$classes:$(cat "$classpath_file")" \
  org.newscorpus.evaluate.EvaluateExtraction "${args[@]}"
