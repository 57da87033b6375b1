#!/usr/bin/env bash
# Start-up benchmark of the command line: wall time of `govmodel validate examples/`
# and `govmodel score examples/` through the launcher, in its three situations, beside
# `java -version` as the floor, run in turn (A B C ... A B C ...) so that a change in the
# machine's load hits every command alike:
#   - repeated runs, handed to the background process (org.govmodel.cli.daemon), which the
#     warm-up round has started: what a modeller re-running validate gets;
#   - a first run, which starts a background process (a fresh socket folder each time);
#   - GOVMODEL_DAEMON=off, a JVM of its own each time (class-data-sharing archive, C1 only):
#     what a build machine gets (CI set);
# and a plain `java -jar govmodel.jar`. Prints the median and the range of each, in ms, and
# the machine's load average before and after (the numbers mean little on a busy machine).
# Usage: bench/startup.sh [RUNS]   (default 7). Results are recorded in docs/performance.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-7}"
jar="$root/cli/target/govmodel.jar"
scratch="$(mktemp -d)"
export GOVMODEL_DAEMON_DIR="$scratch/warm" GOVMODEL_DAEMON=on
mkdir -m 700 "$GOVMODEL_DAEMON_DIR"
stop_processes() {   # every background process this script started, whichever socket folder it served
  pkill -f "org.govmodel.cli.daemon.CommandDaemon $scratch/" 2>/dev/null || true
}
trap 'stop_processes; rm -rf "$scratch"' EXIT
GOVMODEL_DAEMON=off "$root/govmodel" --version >/dev/null   # builds the jar and the archive if they are stale
names=("java -version"
  "govmodel validate examples/ (repeated)" "govmodel score examples/ (repeated)"
  "govmodel validate examples/ (first run)"
  "govmodel validate examples/ (DAEMON=off)" "govmodel score examples/ (DAEMON=off)"
  "java -jar govmodel.jar validate examples/" "java -jar govmodel.jar score examples/")
first=0
run() {
  case "$1" in
    0) java -version ;;
    1) "$root/govmodel" validate "$root/examples" ;;
    2) "$root/govmodel" score "$root/examples" ;;
    3) first=$((first + 1)); mkdir -m 700 "$scratch/first$first"
       GOVMODEL_DAEMON_DIR="$scratch/first$first" "$root/govmodel" validate "$root/examples" ;;
    4) GOVMODEL_DAEMON=off "$root/govmodel" validate "$root/examples" ;;
    5) GOVMODEL_DAEMON=off "$root/govmodel" score "$root/examples" ;;
    6) java -jar "$jar" validate "$root/examples" ;;
    7) java -jar "$jar" score "$root/examples" ;;
  esac
}
declare -A times
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $(java -version 2>&1 | head -1)"
for ((round = 0; round <= runs; round++)); do
  for i in "${!names[@]}"; do
    start=$(date +%s%N)
    run "$i" >/dev/null 2>&1 || true
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    [ "$round" -eq 0 ] || times[$i]+="$ms "   # the first round warms the file cache and starts the process; not counted
    # a first run's process is stopped at once: it would otherwise take CPU from the next commands as it settles
    [ "$i" -ne 3 ] || pkill -f "org.govmodel.cli.daemon.CommandDaemon $scratch/first" 2>/dev/null || true
  done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-46s %10s %10s %10s\n' command median_ms min_ms max_ms
for i in "${!names[@]}"; do
  read -r median min max < <(tr ' ' '\n' <<<"${times[$i]}" | grep . | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)], v[1], v[NR]}')
  printf '%-46s %10s %10s %10s\n' "${names[$i]}" "$median" "$min" "$max"
done
