#!/usr/bin/env bash
# Start-up benchmark of the command line: wall time of `govmodel validate examples/`
# and `govmodel score examples/` through the launcher (class-data-sharing archive,
# C1 only), the same commands as a plain `java -jar`, and `java -version` as the
# floor, run in turn (A B C ... A B C ...) so that a change in the machine's load
# hits every command alike. Prints the median and the range of each, in ms, and
# the machine's load average before and after (the numbers mean little on a busy machine).
# Usage: bench/startup.sh [RUNS]   (default 7). Results are recorded in docs/performance.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-7}"
jar="$root/cli/target/govmodel.jar"
"$root/govmodel" --version >/dev/null   # builds the jar and the archive if they are stale
names=("java -version" "govmodel validate examples/" "govmodel score examples/" "java -jar govmodel.jar validate examples/" "java -jar govmodel.jar score examples/")
commands=("java -version"
  "$root/govmodel validate $root/examples"
  "$root/govmodel score $root/examples"
  "java -jar $jar validate $root/examples"
  "java -jar $jar score $root/examples")
declare -A times
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $(java -version 2>&1 | head -1)"
for ((run = 0; run <= runs; run++)); do
  for i in "${!commands[@]}"; do
    start=$(date +%s%N)
    ${commands[$i]} >/dev/null 2>&1 || true
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    [ "$run" -eq 0 ] || times[$i]+="$ms "   # the first round warms the file cache and is not counted
  done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-44s %10s %10s %10s\n' command median_ms min_ms max_ms
for i in "${!commands[@]}"; do
  read -r median min max < <(tr ' ' '\n' <<<"${times[$i]}" | grep . | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)], v[1], v[NR]}')
  printf '%-44s %10s %10s %10s\n' "${names[$i]}" "$median" "$min" "$max"
done
