# The library as a program outside the tree gets it: `make install-lib`
# into a temporary root, then docs/examples/wgfacts.c (the program
# docs/library.md shows) built with pkg-config against the installed
# files alone, shared and static, and run on examples/wgec.wg. Only wg_
# names are exported, from the archive as from the shared object.
set -eu
fail() { echo "FAIL: $*"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
root=$tmp/root
make -s -C "$TOP" install-lib DESTDIR="$root" PREFIX=/usr/local >"$tmp/make.log" 2>&1 ||
  fail "make install-lib: $(tail -5 "$tmp/make.log")"
lib=$root/usr/local/lib
export PKG_CONFIG_SYSROOT_DIR=$root PKG_CONFIG_PATH=$lib/pkgconfig PKG_CONFIG_LIBDIR=$lib/pkgconfig
cp "$TOP/docs/examples/wgfacts.c" "$tmp/"
grep -q '^#include <wg.h>$' "$tmp/wgfacts.c" || fail "the example does not include <wg.h> alone"

# Shared, then static; from a folder with no other header in reach.
cd "$tmp"
cc -std=c11 -Wall -Wextra -Werror wgfacts.c $(pkg-config --cflags --libs wg) -o wgfacts-shared
cc -std=c11 -Wall -Wextra -Werror wgfacts.c $(pkg-config --cflags wg) "$lib/libwg.a" \
  $(pkg-config --static --libs-only-l wg | sed 's/-lwg//') -pthread -o wgfacts-static
for prog in wgfacts-shared wgfacts-static; do
  LD_LIBRARY_PATH=$lib ./$prog "$TOP/examples/wgec.wg" M2 >"$prog.out" || fail "$prog failed"
  grep -q '^WGEC: CSTD Working Group on Enhanced Cooperation$' "$prog.out" || fail "$prog: no group"
  grep -q '^  responses, due 2013-09-17, owned by stakeholders$' "$prog.out" || fail "$prog: no item"
  grep -q '^critical path: ' "$prog.out" || fail "$prog: no critical path"
  grep -Eq '^seats: [0-9]+ ' "$prog.out" || fail "$prog: no seats"
  grep -Eq '^M2 is named [0-9]+ times: [0-9]+:[0-9]+' "$prog.out" || fail "$prog: no references"
done
cmp -s wgfacts-shared.out wgfacts-static.out || fail "shared and static disagree"
ldd wgfacts-shared | grep -q 'libwg.so.2' || fail "not linked against libwg.so.2"

# Exported names: wg_ only.
others=$(nm -g --defined-only "$lib/libwg.a" | awk 'NF == 3 && $3 !~ /^wg_/')
[ -z "$others" ] || fail "libwg.a exports more than wg_ names: $others"
others=$(nm -D --defined-only "$lib/libwg.so.2" | awk 'NF == 3 && $3 !~ /^wg_/')
[ -z "$others" ] || fail "libwg.so exports more than wg_ names: $others"
n=$(nm -g --defined-only "$lib/libwg.a" | grep -c ' T wg_')
[ "$n" -ge 30 ] || fail "only $n functions exported"
# A program may define a name the library uses inside: `suggest`.
printf '#include <wg.h>\nint suggest(void) { return 0; }\nint main(void) { return wg_rule_count() > 0 ? suggest() : 1; }\n' >clash.c
cc clash.c $(pkg-config --cflags wg) "$lib/libwg.a" -lutf8proc -pthread -o clash && ./clash ||
  fail "a program defining suggest() does not link or run"
[ "$(readelf -d "$lib/libwg.so.2" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')" = libwg.so.2 ] ||
  fail "no soname"
exit 0
