#!/usr/bin/env bash
# The language server's latency from a real LSP client (bench/lsp-latency.js) on synthetic workspaces:
# start to diagnostics, edit to diagnostics (p50/p95) and completion after `within` (p50/p95).
# Usage: bench/lsp-latency.sh [INSTITUTIONS...]   (default: 4200, the issue's 10k-line workspace in 5 files)
#        ROUNDS=100 HEAP=2g bench/lsp-latency.sh 100000
# Needs node and the extension's node_modules (./mvnw package -pl vscode -am, or npm ci in vscode/).
# Results are recorded in docs/performance.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${GOVMODEL_SERVER_JAR:-$root/dsl.ide/target/govmodel-language-server.jar}"
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B package -DskipTests -DskipEclipse -pl dsl.ide -am)
[ -d "$root/vscode/node_modules" ] || (cd "$root/vscode" && npm ci --no-audit --no-fund)
sizes=("$@")
[ $# -gt 0 ] || sizes=(4200)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for n in "${sizes[@]}"; do
  java "$root/bench/SyntheticModel.java" "$n" "$work/m$n"
  echo "# $n institutions, heap ${HEAP:-2g}, load $(cut -d' ' -f1-3 /proc/loadavg)"
  GOVMODEL_SERVER_JAR="$jar" JAVA_TOOL_OPTIONS="-Xmx${HEAP:-2g}" node "$root/bench/lsp-latency.js" "$work/m$n" "${ROUNDS:-100}"
done
