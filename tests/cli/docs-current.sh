# The generated references are current: docs/rules.md is the rule table
# and docs/schema.md the schema table, as wgc prints them now.
set -eu
cd "$TOP"
"$WGC" rules --format markdown | diff -u docs/rules.md -
"$WGC" schema --format markdown | diff -u docs/schema.md -
# Every rule has a section, and every kind and key appears in the schema docs.
for code in $("$WGC" rules | cut -d' ' -f1); do grep -q "^## $code\$" docs/rules.md; done
"$WGC" schema | jq -r '.kinds[].kind, .kinds[].properties[].key' | sort -u | while read -r w; do
  grep -q "\`$w\`" docs/schema.md
done
