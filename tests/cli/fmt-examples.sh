# The examples are written in the layout of `wgc fmt` (docs/style.md), and
# stay so: a change to one that is not formatted fails here.
set -u
cd "$TOP"
out=$("$WGC" fmt --check examples 2>&1) && exit 0
echo "FAIL: not in the layout of wgc fmt (run \`wgc fmt -w examples\`):"
echo "$out"
exit 1
