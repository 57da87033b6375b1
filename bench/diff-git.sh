#!/usr/bin/env bash
# Benchmark of reviewing a change: `govmodel diff --git HEAD~1` against one `govmodel validate` of the same
# models. For each size, the synthetic models of bench/SyntheticModel.java are committed into a scratch git
# repository, then a reviewer's kind of change is committed on top: one score of a past assessment raised and
# one institution renamed (with every reference to it). The two commands run in turn, A B A B ..., as whole
# processes with -Xmx2g and the launcher's C1-only compilation, timed by /usr/bin/time; prints each run's wall
# and CPU seconds and peak memory, then the medians and the ratios of the medians (CPU and wall: diff loads its two
# versions at the same time, so on two idle cores its wall time is well below its CPU time).
# Usage: [GOVMODEL_JAR=path] bench/diff-git.sh [RUNS] [SIZES...]   (default: 3 runs of 10000 and 100000)
# Results are recorded in docs/performance.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${GOVMODEL_JAR:-$root/cli/target/govmodel.jar}" # GOVMODEL_JAR: another build of the command line, e.g. to compare two
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B package -DskipTests -DskipEclipse -pl cli -am)
runs="${1:-3}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java_run=(java -Xmx2g -XX:TieredStopAtLevel=1 -jar "$jar")

timed() { # label, command...: prints "label wall cpu peak_mb exit"
  local label="$1"; shift
  local code=0
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >"$work/out" 2>"$work/err" || code=$?
  read -r wall user sys rss < <(tail -1 "$work/time") # the last line: before it, time notes a non-zero exit
  printf '%s %s %.2f %d %s\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024)) "$code"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
for n in "${sizes[@]}"; do
  repo="$work/r$n"
  java "$root/bench/SyntheticModel.java" "$n" "$repo/models" >/dev/null
  git -C "$repo" init -q
  git -C "$repo" -c user.name=bench -c user.email=bench@example.org add -A
  git -C "$repo" -c user.name=bench -c user.email=bench@example.org commit -q -m "models"
  first="$(ls "$repo/models" | head -1)"
  # the reviewer's change: a past assessment's first score raised, an institution renamed everywhere
  sed -i '0,/^    1\.1\.1 = 2$/s//    1.1.1 = 3/' "$repo/models/$first"
  sed -i -E 's/\bi1\b/renamed1/g' "$repo"/models/*.govmodel
  git -C "$repo" -c user.name=bench -c user.email=bench@example.org commit -q -am "a reviewer's change"
  echo "== $n institutions, $(cat "$repo"/models/*.govmodel | wc -l) lines"
  (cd "$repo" && "${java_run[@]}" diff --git HEAD~1 models | head -3) || true
  results="$work/results$n"
  : >"$results"
  for ((run = 1; run <= runs; run++)); do
    (cd "$repo" && timed diff "${java_run[@]}" diff --git HEAD~1 models) | tee -a "$results"
    (cd "$repo" && timed validate "${java_run[@]}" validate models) | tee -a "$results"
  done
  median() { grep "^$1 " "$results" | awk -v f="$2" '{print $f}' | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
  for label in diff validate; do
    echo "$label median: wall $(median "$label" 2) s, cpu $(median "$label" 3) s, peak $(median "$label" 4) MiB"
  done
  echo "diff/validate, cpu medians: $(echo "scale=2; $(median diff 3) / $(median validate 3)" | bc)"
  echo "diff/validate, wall medians: $(echo "scale=2; $(median diff 2) / $(median validate 2)" | bc)"
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
