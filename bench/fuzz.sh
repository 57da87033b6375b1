#!/usr/bin/env bash
# Longer coverage-guided fuzzing of one Jazzer target, outside the build.
# Usage: [RUNS=N] [CORPUS=DIR] bench/fuzz.sh TARGET [SECONDS] [SEED]
#   stops after SECONDS or N executions, whichever comes first. CORPUS keeps the corpus the run grows
#   in DIR (created from the seed corpus if missing), so that runs on later days go on from where the
#   last one stopped instead of starting again from the seeds: their executions add up.
#   TARGET: parseLinkValidate | format (dsl, ModelFuzzTest) | generateEverything (generators, GeneratorsFuzzTest)
#           | printEverything (publish, PrintFuzzTest: the PNG and PDF exports)
#           | parseArguments (cli, ArgumentsFuzzTest) | messages (dsl.ide, ProtocolFuzzTest: the language server)
# The committed seed corpus is copied to a scratch corpus that grows as the
# fuzzer finds new coverage; a crasher is written to bench/fuzz-findings/ and
# belongs, once fixed, in the target's Inputs folder as a regression input.
# Prints libFuzzer's statistics; the last "#N DONE" line gives the executions.
# Results are recorded in docs/reliability.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${1:?target: parseLinkValidate, format, generateEverything, printEverything, parseArguments or messages}"
seconds="${2:-600}"
seed="${3:-1}"
runs="${RUNS:-1000000000}"
excludes=()
case "$target" in
  parseLinkValidate|format) module=dsl; class=org.govmodel.dsl.fuzz.ModelFuzzTest; instrument='org.govmodel.**' ;;
  generateEverything) module=generators; class=org.govmodel.generators.GeneratorsFuzzTest; instrument='org.govmodel.**' ;;
  printEverything) module=publish; class=org.govmodel.publish.PrintFuzzTest; instrument='org.govmodel.**' ;;
  # picocli does the parsing: its coverage guides this target
  parseArguments) module=cli; class=org.govmodel.cli.ArgumentsFuzzTest; instrument='org.govmodel.**:picocli.**' ;;
  # lsp4j's JSON-RPC layer reads the client's bytes: its coverage guides this target too, except its message
  # validator's, which walks every message object's getters by reflection: traced, its method-name comparisons
  # ("get…", never input) took a fifth of the run's CPU (a profile of seed 70); it still runs, untraced
  messages) module=dsl.ide; class=org.govmodel.dsl.ide.server.ProtocolFuzzTest; instrument='org.govmodel.**:org.eclipse.lsp4j.jsonrpc.**'
    excludes=(--instrumentation_excludes='org.eclipse.lsp4j.jsonrpc.validation.**' --custom_hook_excludes='org.eclipse.lsp4j.jsonrpc.validation.**') ;;
  *) echo "unknown target: $target" >&2; exit 2 ;;
esac
inputs="$root/$module/src/test/resources/${class//.//}Inputs/$target"
cd "$root"
classpath_file="$(mktemp)"
# one reactor run, so that sibling modules resolve to their target/classes; the last module written wins
./mvnw -q -B -DskipEclipse -pl "$module" -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
classes="$root/$module/target/test-classes:$root/$module/target/classes"
findings="$root/bench/fuzz-findings"
mkdir -p "$findings"
if [ -n "${CORPUS:-}" ]; then
  corpus="$CORPUS"
  mkdir -p "$corpus"
  trap 'rm -f "$classpath_file"' EXIT
else
  corpus="$(mktemp -d)"
  trap 'rm -rf "$corpus" "$classpath_file"' EXIT
fi
# the seeds and every committed crasher: copied in each time, so a kept corpus also covers what was added since
cp "$inputs"/* "$corpus"/
# the @FuzzTest annotation bounds the build's short run (maxExecutions); both overrides lift that bound here
java -Djazzer.max_executions="$runs" -cp "$classes:$(cat "$classpath_file")" com.code_intelligence.jazzer.Jazzer \
  --target_class="$class" --target_method="$target" \
  --instrumentation_includes="$instrument" --custom_hook_includes="$instrument" \
  ${excludes[@]+"${excludes[@]}"} \
  -seed="$seed" -max_total_time="$seconds" -runs="$runs" -artifact_prefix="$findings/$target-" \
  "$corpus"
