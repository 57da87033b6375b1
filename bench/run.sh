#!/usr/bin/env bash
# Scale benchmark of the language core: for synthetic models of 1k, 10k and 100k
# institutions, prints the model size in lines, parse+link+validate wall time
# (whole process, JVM start included, and the in-process figure) and peak heap.
# Usage: bench/run.sh [SIZES...]   (default: 1000 10000 100000)
# Runs with the launcher's compiler setting (C1 only) and the heap bound of issue 17 (1.5 GB).
# Results are recorded in docs/performance.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/cli/target/govmodel.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B install -DskipTests -DskipEclipse -pl cli -am)
sizes=("${@:-1000 10000 100000}")
[ $# -gt 0 ] || sizes=(1000 10000 100000)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '%-12s %10s %8s %12s %14s %13s %6s\n' institutions lines files wall_ms in_process_ms peak_heap_mb exit
for n in "${sizes[@]}"; do
  dir="$work/m$n"
  java "$root/bench/SyntheticModel.java" "$n" "$dir"
  lines=$(cat "$dir"/*.govmodel | wc -l)
  files=$(ls "$dir" | wc -l)
  start=$(date +%s%N)
  set +e
  java -Xmx1536m -XX:TieredStopAtLevel=1 -jar "$jar" validate --stats "$dir" >"$work/out.txt" 2>"$work/err.txt"
  code=$?
  set -e
  wall=$(( ($(date +%s%N) - start) / 1000000 ))
  stats=$(grep '^stats:' "$work/err.txt" || echo "stats: elapsed_ms=? peak_heap_mb=?")
  inproc=$(sed -E 's/.*elapsed_ms=([0-9?]+).*/\1/' <<<"$stats")
  heap=$(sed -E 's/.*peak_heap_mb=([0-9?]+).*/\1/' <<<"$stats")
  printf '%-12s %10s %8s %12s %14s %13s %6s\n' "$n" "$lines" "$files" "$wall" "$inproc" "$heap" "$code"
  if [ "$code" -ne 0 ]; then head -5 "$work/out.txt" >&2; fi
done
