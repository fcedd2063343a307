#!/usr/bin/env bash
# bench/run.sh: measures `wgc check` and `wgc json` on generated charters
# of 1,000, 10,000 and 100,000 items, `wgc check` against `jq empty` on the
# same content as JSON, `wgc dot` against `wgc json` at
# 100,000, `wgc fmt` on the largest, Graphviz's render times at 100,
# 1,000 and 2,000 items, and
# says whether the performance targets hold.
#
# Builds nothing: `make bench` builds the three programs first. Their paths
# come from WGC, GEN and MEASURE (defaults: build/wgc, build/bench-gen,
# build/bench-measure under the repository root); jq comes from PATH.
#
# Exits 0 whether targets are met or missed (MISS is a report, not a build
# failure); exits 1 when a program is missing or a measured command fails,
# since its timings would then measure the wrong thing.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
WGC=${WGC:-$root/build/wgc}
GEN=${GEN:-$root/build/bench-gen}
MEASURE=${MEASURE:-$root/build/bench-measure}
RUNS=5
SIZES=(1000 10000 100000)

die() {
	echo "bench: $*" >&2
	exit 1
}

for tool in "$WGC" "$GEN" "$MEASURE"; do
	[[ -x $tool ]] || die "$tool is not built (run \`make bench\`)"
done
command -v jq >/dev/null || die "jq is not installed (scripts/install-deps installs it)"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wgc-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# measure_best CMD ARGS...: runs the command RUNS times under bench-measure
# and sets best_s (the fastest wall time: the least disturbed run) and
# peak_kib (the largest peak RSS of all runs). The command's stderr is kept
# aside and shown if it fails.
measure_best() {
	best_s=
	peak_kib=0
	local run line s kib status
	for ((run = 0; run < RUNS; run++)); do
		if ! line=$("$MEASURE" "$@" 2>"$tmp/stderr"); then
			echo "bench: \`$*\` failed: ${line:-did not run}" >&2
			head -n 20 "$tmp/stderr" >&2
			exit 1
		fi
		read -r s kib status <<<"$line"
		s=${s#seconds=}
		kib=${kib#maxrss_kib=}
		if [[ -z $best_s ]] || awk -v a="$s" -v b="$best_s" 'BEGIN { exit !(a < b) }'; then
			best_s=$s
		fi
		((kib > peak_kib)) && peak_kib=$kib
	done
	return 0
}

# calc EXPR: floating-point arithmetic; prints the result.
# The parentheses keep a `>` in EXPR from being read as a redirection.
calc() { awk "BEGIN { print ($1) }"; }

# verdict COND: PASS if the awk condition holds, else MISS.
verdict() { awk "BEGIN { print (($1) ? \"PASS\" : \"MISS\") }"; }

declare -A bytes seconds kib
echo "wgc check, best of $RUNS runs (MB = 10^6 bytes, MiB = 2^20 bytes)"
printf '%8s %9s %9s %9s %9s %9s %9s\n' items "input MB" seconds "MB/s" "RSS MiB" "RSS/in" "us/item"
for n in "${SIZES[@]}"; do
	wg=$tmp/charter-$n.wg
	"$GEN" "$n" "$wg" "$wg.json" || die "bench-gen $n failed"
	bytes[$n]=$(wc -c <"$wg")
	measure_best "$WGC" check "$wg"
	seconds[$n]=$best_s
	kib[$n]=$peak_kib
	awk -v n="$n" -v b="${bytes[$n]}" -v s="$best_s" -v k="$peak_kib" 'BEGIN {
		mbs = (s > 0 ? b / 1e6 / s : 0)
		printf "%8d %9.2f %9.4f %9.1f %9.1f %9.2f %9.3f\n",
			n, b / 1e6, s, mbs, k / 1024, k * 1024 / b, s * 1e6 / n
	}'
done

big=100000
wg=$tmp/charter-$big.wg
echo
echo "checking $big items against reading the same content as JSON, best of $RUNS runs"
measure_best "$WGC" check "$wg"
check_s=$best_s
measure_best jq empty "$wg.json"
empty_s=$best_s empty_kib=$peak_kib
awk -v cs="$check_s" -v es="$empty_s" -v ek="$empty_kib" 'BEGIN {
	printf "  wgc check FILE.wg    %8.4f s\n", cs
	printf "  jq empty FILE.json   %8.4f s  peak RSS %7.1f MiB\n", es, ek / 1024
	printf "  jq empty / wgc check %8.2fx\n", (cs > 0 ? es / cs : 0)
}'

echo
echo "compiling $big items to JSON, best of $RUNS runs"
measure_best "$WGC" json "$wg"
json_s=$best_s json_kib=$peak_kib
measure_best jq -c . "$wg.json"
jq_s=$best_s jq_kib=$peak_kib
awk -v ws="$json_s" -v wk="$json_kib" -v js="$jq_s" -v jk="$jq_kib" -v b="$(wc -c <"$wg.json")" 'BEGIN {
	printf "  wgc json FILE.wg     %8.4f s  peak RSS %7.1f MiB\n", ws, wk / 1024
	printf "  jq -c . FILE.json    %8.4f s  peak RSS %7.1f MiB  (%.1f MB of JSON)\n", js, jk / 1024, b / 1e6
	printf "  jq / wgc             %8.2fx\n", (ws > 0 ? js / ws : 0)
}'

echo
echo "writing $big items as DOT against JSON, best of $RUNS runs"
measure_best "$WGC" dot "$wg"
dot_s=$best_s
awk -v ds="$dot_s" -v ws="$json_s" 'BEGIN {
	printf "  wgc dot FILE.wg      %8.4f s\n  wgc json FILE.wg     %8.4f s\n", ds, ws
	printf "  dot / json           %8.2fx\n", (ws > 0 ? ds / ws : 0)
}'

# Graphviz is slow: one run each. `dot -Tsvg` of the plain DOT text is
# Graphviz's own time with its default settings; `wgc dot --render svg`
# packs the parts and, above 1,000 items, uses faster settings
# (docs/performance.md, "Rendering").
echo
echo "Graphviz render times, one run each (seconds)"
printf '%8s %18s %22s\n' items "dot -Tsvg (plain)" "wgc dot --render svg"
for n in 100 1000 2000; do
	"$GEN" "$n" "$tmp/r-$n.wg" "$tmp/r-$n.json" || die "bench-gen $n failed"
	"$WGC" dot "$tmp/r-$n.wg" >"$tmp/r-$n.dot" 2>/dev/null
	RUNS=1 measure_best dot -Tsvg -o /dev/null "$tmp/r-$n.dot"
	plain_s=$best_s
	RUNS=1 measure_best "$WGC" dot --render svg -o "$tmp/r-$n.svg" "$tmp/r-$n.wg"
	printf '%8d %18.2f %22.2f\n' "$n" "$plain_s" "$best_s"
done

echo
echo "formatting $big items (wgc fmt FILE, docs/style.md), best of $RUNS runs"
measure_best "$WGC" fmt "$wg"
fmt_s=$best_s
awk -v s="$fmt_s" -v k="$peak_kib" -v b="${bytes[$big]}" 'BEGIN {
	printf "  wgc fmt FILE.wg      %8.4f s  peak RSS %7.1f MiB  %7.1f MB/s\n", s, k / 1024, (s > 0 ? b / 1e6 / s : 0)
}'

# The targets. Guard divisions: a time of 0 means below the clock's grain.
mbs=$(calc "${seconds[$big]} > 0 ? ${bytes[$big]} / 1e6 / ${seconds[$big]} : 1e9")
per_small=$(calc "${seconds[1000]} / 1000")
per_big=$(calc "${seconds[$big]} / $big")
rss_ratio=$(calc "${kib[$big]} * 1024 / ${bytes[$big]}")
speedup=$(calc "$json_s > 0 ? $jq_s / $json_s : 1e9")
echo
echo "targets"
printf '  %s  check >= 100 MB/s at %d items (%.1f MB/s)\n' \
	"$(verdict "$mbs >= 100")" "$big" "$mbs"
printf '  %s  cost per item at %d within 1.5x of that at 1000 (%.3f vs %.3f us)\n' \
	"$(verdict "$per_big <= 1.5 * $per_small")" "$big" "$(calc "$per_big * 1e6")" "$(calc "$per_small * 1e6")"
printf '  %s  check peak RSS <= 8x input at %d items (%.2fx)\n' \
	"$(verdict "$rss_ratio <= 8")" "$big" "$rss_ratio"
check_speedup=$(calc "$check_s > 0 ? $empty_s / $check_s : 1e9")
printf '  %s  wgc check >= 5x faster than jq empty, side by side (%.2fx)\n' \
	"$(verdict "$check_speedup >= 5")" "$check_speedup"
printf '  %s  wgc json >= 4x faster than jq -c . (%.2fx)\n' \
	"$(verdict "$speedup >= 4")" "$speedup"
dot_ratio=$(calc "$json_s > 0 ? $dot_s / $json_s : 0")
printf '  %s  wgc dot within 1.5x of wgc json at %d items (%.2fx)\n' \
	"$(verdict "$dot_ratio <= 1.5")" "$big" "$dot_ratio"

fmt_mbs=$(calc "$fmt_s > 0 ? ${bytes[$big]} / 1e6 / $fmt_s : 1e9")
printf '  %s  fmt >= 50 MB/s at %d items (%.1f MB/s)\n' \
	"$(verdict "$fmt_mbs >= 50")" "$big" "$fmt_mbs"
exit 0
