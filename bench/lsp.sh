#!/usr/bin/env bash
# bench/lsp.sh: the language server's latency from an edit to its
# diagnostics (bench/lsp.c), on examples/wgec.wg and on a generated
# charter of 10,000 items. `make bench-lsp` builds the programs first;
# their paths come from WGC, GEN and LSPBENCH. A report, not a test: the
# goals (docs/performance.md) are printed beside the figures.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
WGC=${WGC:-$root/build/wgc}
GEN=${GEN:-$root/build/bench-gen}
LSPBENCH=${LSPBENCH:-$root/build/bench-lsp}
for tool in "$WGC" "$GEN" "$LSPBENCH"; do
	[[ -x $tool ]] || { echo "bench: $tool is not built (run \`make bench-lsp\`)" >&2; exit 1; }
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/wgc-bench-lsp.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
"$GEN" 10000 "$tmp/charter-10000.wg" "$tmp/charter-10000.json"
echo "didChange to publishDiagnostics, one edit at a time"
printf '  %-22s %s   (goal: median under 2 ms)\n' "examples/wgec.wg" "$("$LSPBENCH" "$WGC" "$root/examples/wgec.wg" 400)"
printf '  %-22s %s   (goal: p99 under 60 ms)\n' "10,000 items" "$("$LSPBENCH" "$WGC" "$tmp/charter-10000.wg" 100)"
