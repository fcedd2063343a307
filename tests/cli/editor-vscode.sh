# The VS Code extension (editors/vscode): its TypeScript compiles against
# vscode-languageclient and VS Code's types, esbuild bundles it, and vsce
# packages it as a .vsix holding the client, the grammar and the manifest.
# The tools come from npm with the other test tools (tests/tools), which
# `make check` installs; `make` and `make run` never need them.
set -u
fail() { echo "FAIL: $*"; exit 1; }
tools=$TOP/tests/tools/node_modules
[ -d "$tools/vscode-languageclient" ] && [ -x "$tools/.bin/vsce" ] ||
  fail "the npm test tools are not installed: scripts/install-deps test"
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
cp -r "$TOP/editors/vscode" "$dir/ext"
ln -s "$tools" "$dir/ext/node_modules"
cd "$dir/ext" || exit 1
rm -rf out
node_modules/.bin/tsc -p . >"$dir/log" 2>&1 || fail "tsc: $(head -c 2000 "$dir/log")"
[ -f out/extension.js ] || fail "tsc wrote no out/extension.js"
node_modules/.bin/esbuild src/extension.ts --bundle --platform=node --format=cjs \
  --external:vscode --outfile=out/extension.js --log-level=warning >"$dir/log" 2>&1 ||
  fail "esbuild: $(head -c 2000 "$dir/log")"
grep -q 'vscode-languageclient' out/extension.js || grep -q 'LanguageClient' out/extension.js ||
  fail "the bundle does not hold the language client"
node_modules/.bin/vsce package --no-dependencies -o "$dir/wg.vsix" </dev/null >"$dir/log" 2>&1 ||
  fail "vsce: $(head -c 2000 "$dir/log")"
python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$dir/wg.vsix" >"$dir/files" ||
  fail "the .vsix is no zip"
for f in extension/package.json extension/out/extension.js extension/syntaxes/wg.tmLanguage.json \
  extension/language-configuration.json extension/readme.md extension/LICENSE.md; do
  grep -qx "$f" "$dir/files" || fail "$f is not in the .vsix: $(cat "$dir/files")"
done
grep -qE '^extension/(src|node_modules)/' "$dir/files" && fail "sources or node_modules in the .vsix"
# The manifest says how the server starts and for which files.
node -e '
const p = require(process.argv[1]);
if (p.main !== "./out/extension.js" || !p.activationEvents.includes("onLanguage:wg") ||
    !p.license || !p.repository || !p.contributes.configuration.properties["wgc.path"]) process.exit(1);
' "$dir/ext/package.json" || fail "package.json lacks main, activation, licence, repository or wgc.path"
exit 0
