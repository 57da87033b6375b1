#!/usr/bin/env bash
# Cost of names that do not resolve: validates a file of N institutions that each
# report to an undeclared body (N unresolved references, N errors): "unresolved"
# names longer than any declared one, "typo" names as long as the declared ones
# (each one letter off, so every did-you-mean search reads the whole scope); and,
# for comparison, the same file where each reports to the institution before it.
# Usage: bench/unresolved.sh [SIZES...] (default: 10000 50000 100000)
# Prints whole-process wall seconds and the number of diagnostic lines; results
# are recorded in docs/performance.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${GOVMODEL_JAR:-$root/cli/target/govmodel.jar}"
sizes=("$@")
[ $# -gt 0 ] || sizes=(10000 50000 100000)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '%-10s %-11s %8s %12s\n' references kind wall_s diagnostics
for n in "${sizes[@]}"; do
  for kind in unresolved typo resolved; do
    file="$work/$kind-$n.govmodel"
    awk -v n="$n" -v kind="$kind" 'BEGIN {
      for (i = 0; i < n; i++) {
        target = (kind == "unresolved") ? "missing" i : (kind == "typo") ? "j" i : (i == 0 ? "" : "i" (i - 1));
        if (target == "") { printf "institution i%d \"I%d\" ministry\n", i, i }
        else { printf "institution i%d \"I%d\" ministry {\n    reports to %s\n}\n", i, i, target }
      }
    }' > "$file"
    start=$(date +%s%N)
    set +e
    java -Xmx2g -jar "$jar" validate "$file" > "$work/out.txt" 2> /dev/null
    set -e
    wall=$(( ($(date +%s%N) - start) / 1000000 ))
    printf '%-10s %-11s %8.1f %12s\n' "$n" "$kind" "$(bc -l <<< "$wall / 1000")" "$(wc -l < "$work/out.txt")"
  done
done
