#!/usr/bin/env bash
# Scale benchmark of report generation: for synthetic models of 1k, 10k and 100k
# institutions, runs `govmodel generate` (documentation site, diagrams,
# scorecards, JSON) with the launcher's compiler setting (C1 only; no class-data
# archive, which matters for start-up, not here) within issue 17's heap bound
# (2 GB), and prints the files written, whole-process wall time, user and system
# CPU seconds and the peak resident set, measured by GNU time.
# Usage: bench/generate.sh [SIZES...]   (default: 1000 10000 100000)
#   RUNS=N repeats each size N times (default 1), one line per run: the first run writes a new folder,
#   each later one replaces the output of the one before, as a user's or a build's second run does.
# No output is deleted before a timed run: on ext4, creating files where many were just freed costs
# several times the system time (the kernel skips recently freed inodes one by one), so deleting
# the last run's output first measured the file system's clean-up, not GovModel. Outputs are
# removed at the end.
# Results are recorded in docs/performance.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/cli/target/govmodel.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B install -DskipTests -DskipEclipse -pl cli -am)
if ! [ -x /usr/bin/time ]; then
  echo "bench/generate.sh needs GNU time (/usr/bin/time; Debian package 'time')" >&2
  exit 2
fi
sizes=("$@")
[ $# -gt 0 ] || sizes=(1000 10000 100000)
runs="${RUNS:-1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '%-12s %4s %8s %8s %8s %8s %10s %5s\n' institutions run files wall_s user_s sys_s max_rss_mb exit
for n in "${sizes[@]}"; do
  dir="$work/m$n"
  java "$root/bench/SyntheticModel.java" "$n" "$dir"
  for ((r = 1; r <= runs; r++)); do
    out="$work/out$n"
    set +e
    /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" \
      java -Xmx2g -XX:TieredStopAtLevel=1 -jar "$jar" generate "$dir" -o "$out" >"$work/stdout.txt" 2>"$work/stderr.txt"
    code=$?
    set -e
    # GNU time puts "Command exited with non-zero status N" (or "terminated by signal") before the figures
    read -r wall user sys rss_kb < <(tail -n 1 "$work/time.txt")
    files=$( [ -d "$out" ] && find "$out" -type f | wc -l || echo 0)
    printf '%-12s %4s %8s %8s %8s %8s %10s %5s\n' "$n" "$r" "$files" "$wall" "$user" "$sys" "$((rss_kb / 1024))" "$code"
    if [ "$code" -ne 0 ]; then tail -5 "$work/stderr.txt" >&2; fi
  done
done
