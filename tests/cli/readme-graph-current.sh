# The graph shown in README.md is what wgc draws for examples/wgec.wg now.
set -eu
cd "$TOP"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$WGC" dot --render svg -o "$tmp/g.svg" examples/wgec.wg
cmp -s docs/wgec-graph.svg "$tmp/g.svg" || { echo "docs/wgec-graph.svg is stale: wgc dot --render svg -o docs/wgec-graph.svg examples/wgec.wg"; exit 1; }
grep -q 'docs/wgec-graph.svg' README.md
