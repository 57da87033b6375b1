#!/usr/bin/env bash
# The Eclipse editor's reconcile on a synthetic workspace (default 4,200 institutions: the issue's 10k-line
# workspace in 5 files), measured inside a real workbench by the UI test harness
# (eclipse/dsl.ui.tests/.../ReconcileBenchmark.java, which runs the editor's own reconciling strategy):
# p50/p95 of a reconcile after typing one character into a title, and of the time until the files that depend
# on the edited one are revalidated too, for a file no other file refers to and for the one every file refers to.
# Usage: bench/eclipse-reconcile.sh [REV]
#   no REV: the working tree; a REV (e.g. main): that revision, exported to a temporary folder and measured with
#   this tree's benchmark test (so before and after run the same measurement).
#   INSTITUTIONS=42000 bench/eclipse-reconcile.sh   for another size.
#   BENCH_JVM_ARGS="-XX:+CITime -Xlog:gc:file=/tmp/gc.log" bench/eclipse-reconcile.sh   to pass options to the workbench's JVM
#   (-XX:+CITime also prints the JIT compilers' time).
# Builds dsl, dsl.ide and the plug-in offline with tests skipped but the benchmark (about 4 minutes here).
# Results are recorded in docs/performance.md ("The Eclipse plug-in").
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${INSTITUTIONS:-4200}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java "$root/bench/SyntheticModel.java" "$n" "$work/models"
tree="$root"
if [ $# -gt 0 ]; then
  mkdir "$work/tree"
  git -C "$root" archive "$1" | tar -x -C "$work/tree"
  cp "$root/eclipse/dsl.ui.tests/src/org/govmodel/dsl/ui/tests/ReconcileBenchmark.java" "$work/tree/eclipse/dsl.ui.tests/src/org/govmodel/dsl/ui/tests/"
  tree="$work/tree"
fi
echo "# ${1:-working tree}: $n institutions, $(cat "$work"/models/*.govmodel | wc -l) lines in $(ls "$work"/models | wc -l) files; load before $(cut -d' ' -f1-3 /proc/loadavg)"
if ! (cd "$tree" && ./mvnw -o -B -pl dsl.ui,eclipse/dsl.ui.tests -am verify -Dgovmodel.fuzz.skip=true -Dtest=ReconcileBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -Dtycho.testArgLine="-Dgovmodel.bench.workspace=$work/models ${BENCH_JVM_ARGS:-}") >"$work/build.log" 2>&1; then
  tail -60 "$work/build.log"
  exit 1
fi
grep -E "RECONCILE-BENCH|Compile Time|Total compilation time" "$work/build.log" | sed 's/^RECONCILE-BENCH //'
echo "# load after $(cut -d' ' -f1-3 /proc/loadavg)"
