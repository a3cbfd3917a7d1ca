#!/usr/bin/env bash
# Measures the language detectors the project considered (Lingua, Optimaize) on labelled texts:
# accuracy on whole articles and on single paragraphs, heap retained, start-up time, speed.
# Each configuration runs in its own JVM so that its heap figure is its own.
#
#   scripts/benchmark-language.sh [TRUTH.jsonl.gz] [CONFIG...]
#
# TRUTH defaults to ../shared/eval/republish-dev/truth.jsonl.gz (field "lang" and "text").
# CONFIGs default to all: lingua-corpus lingua-corpus-600 lingua-corpus-high lingua-five lingua-all-low lingua-all
# optimaize-all optimaize-five. lingua-corpus is the detector the pipeline uses (TextLanguage).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
truth="${1:-$root/../shared/eval/republish-dev/truth.jsonl.gz}"
shift || true
configs=("$@")
if [[ ${#configs[@]} -eq 0 ]]; then
  configs=(lingua-corpus lingua-corpus-600 lingua-corpus-high lingua-five lingua-all-low lingua-all optimaize-all optimaize-five)
fi
[[ -f "$truth" ]] || { echo "error: no truth file $truth" >&2; exit 2; }

mvn -B -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt -pl pipelines >&2
cp="pipelines/target/test-classes:pipelines/target/classes:$(cat pipelines/target/test-classpath.txt)"
for config in "${configs[@]}"; do
  java -Xmx6g ${JAVA_OPTS:-} -cp "$cp" org.newscorpus.extract.LanguageBenchmark "$config" "$truth"
  echo
done
