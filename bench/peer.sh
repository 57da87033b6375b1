#!/usr/bin/env bash
# Side by side with Structurizr: the same synthetic governance structure (N institutions,
# each with two units and a reporting line; bench/PeerWorkspaces.java) checked by
# `govmodel validate` (parse, link and every rule) and parsed by Structurizr's DSL parser
# (com.structurizr:structurizr-dsl from Maven Central, which needs Java 21+: the newest
# JDK under /usr/lib/jvm, or $PEER_JAVA_HOME). Prints both times, in-process and whole
# process, and their ratio. Usage: bench/peer.sh [SIZES...]   (default: 1000 3000 10000)
# Results are recorded in docs/performance.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
structurizr_version=6.2.2
sizes=("$@")
[ $# -gt 0 ] || sizes=(1000 3000 10000)
jar="$root/cli/target/govmodel.jar"
[ -f "$jar" ] || "$root/govmodel" --version >/dev/null

peer_java=""
for home in "${PEER_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
  [ -n "$home" ] && [ -x "$home/bin/java" ] || continue
  major=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  if [ "${major:-0}" -ge 21 ]; then peer_java="$home/bin/java"; break; fi
done
if [ -z "$peer_java" ]; then
  echo "bench/peer.sh: skipped: Structurizr's DSL parser needs Java 21 or newer; none found under /usr/lib/jvm (set PEER_JAVA_HOME)" >&2
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Structurizr's parser and its dependencies, resolved by Maven from Maven Central
cat >"$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>peer</artifactId><version>1</version>
  <dependencies><dependency><groupId>com.structurizr</groupId><artifactId>structurizr-dsl</artifactId><version>$structurizr_version</version></dependency></dependencies>
</project>
POM
"$root/mvnw" -q -B -f "$work/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" >"$work/maven.log" 2>&1 \
  || { cat "$work/maven.log" >&2; echo "bench/peer.sh: cannot resolve structurizr-dsl $structurizr_version" >&2; exit 2; }
classpath="$(cat "$work/classpath.txt")"

echo "GovModel: java -jar govmodel.jar validate --stats ($(java -version 2>&1 | head -1)); Structurizr DSL $structurizr_version ($("$peer_java" -version 2>&1 | head -1)); load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
printf '%-12s %8s %8s %14s %10s %14s %10s %14s %10s\n' institutions gm_lines sz_lines gm_inproc_ms gm_wall_ms sz_parse_ms sz_wall_ms ratio_inproc ratio_wall
for n in "${sizes[@]}"; do
  dir="$work/n$n"
  java "$root/bench/PeerWorkspaces.java" "$n" "$dir"
  start=$(date +%s%N)
  java -Xmx2g -jar "$jar" validate --stats "$dir/govmodel" >"$work/gm.out" 2>"$work/gm.err" || true
  gm_wall=$(( ($(date +%s%N) - start) / 1000000 ))
  gm_inproc=$(sed -nE 's/.*elapsed_ms=([0-9]+).*/\1/p' "$work/gm.err")
  if grep -q ': error:' "$work/gm.out"; then grep -m3 ': error:' "$work/gm.out" >&2; echo "bench/peer.sh: the GovModel side has errors" >&2; exit 1; fi
  start=$(date +%s%N)
  "$peer_java" -Xmx2g -cp "$classpath" "$root/bench/StructurizrParse.java" "$dir/workspace.dsl" >"$work/sz.out" 2>"$work/sz.err" \
    || { cat "$work/sz.err" >&2; echo "bench/peer.sh: Structurizr failed" >&2; exit 1; }
  sz_wall=$(( ($(date +%s%N) - start) / 1000000 ))
  sz_parse=$(sed -nE 's/.*parse_ms=([0-9]+).*/\1/p' "$work/sz.out")
  printf '%-12s %8s %8s %14s %10s %14s %10s %14s %10s\n' "$n" "$(wc -l <"$dir/govmodel/structure.govmodel")" "$(wc -l <"$dir/workspace.dsl")" \
    "$gm_inproc" "$gm_wall" "$sz_parse" "$sz_wall" "$(awk -v a="$sz_parse" -v b="$gm_inproc" 'BEGIN { printf "%.1f", a / b }')" \
    "$(awk -v a="$sz_wall" -v b="$gm_wall" 'BEGIN { printf "%.1f", a / b }')"
  echo "  structurizr: $(cat "$work/sz.out"); govmodel: $(grep -h "files\? checked" "$work/gm.out" "$work/gm.err" | head -1)"
done
