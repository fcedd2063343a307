# Quick fixes in tests/lsp/broken.wg: the fix a diagnostic carries, and
# "allow this warning here", put where the declaration can take it.
> {"id": 1, "method": "initialize", "params": {"capabilities": {}}}
< {"id": 1, "result": "@any"}
> {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///b.wg", "languageId": "wg", "version": 1, "text": "@file:tests/lsp/broken.wg"}}}
< {"method": "textDocument/publishDiagnostics"}

# A misspelt reference: the name suggested; an error cannot be allowed.
> {"id": 2, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": "file:///b.wg"},
     "range": {"start": {"line": 21, "character": 10}, "end": {"line": 21, "character": 10}}, "context": {"diagnostics": []}}}
<= {"id": 2, "result": [{"title": "replace `secretariatt` with `secretariat`", "kind": "quickfix",
     "diagnostics": [{"code": "WG204"}],
     "edit": {"changes": {"file:///b.wg": [{"newText": "secretariat", "range": {"start": {"line": 21, "character": 8}, "end": {"line": 21, "character": 20}}}]}}}]}

# A declaration on one line takes `allow` inline.
> {"id": 3, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": "file:///b.wg"},
     "range": {"start": {"line": 6, "character": 5}, "end": {"line": 6, "character": 9}}, "context": {"diagnostics": []}}}
<= {"id": 3, "result": [{"title": "allow `unused-declaration` in `UNGA`", "diagnostics": [{"code": "WG701"}],
     "edit": {"changes": {"file:///b.wg": [{"newText": " allow unused-declaration", "range": {"start": {"line": 6, "character": 43}, "end": {"line": 6, "character": 43}}}]}}}]}
# A block on one line: after its `{`, ended by `;`.
> {"id": 4, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": "file:///b.wg"},
     "range": {"start": {"line": 30, "character": 14}, "end": {"line": 30, "character": 14}}, "context": {"diagnostics": []}}}
<= {"id": 4, "result": [{"title": "allow `missing-due` in `report`",
     "edit": {"changes": {"file:///b.wg": [{"newText": " allow missing-due;", "range": {"start": {"line": 30, "character": 29}, "end": {"line": 30, "character": 29}}}]}}}]}
# A block over lines: a line of its own, after the comment on the `{` line.
> {"id": 5, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": "file:///b.wg"},
     "range": {"start": {"line": 31, "character": 14}, "end": {"line": 31, "character": 14}}, "context": {"diagnostics": []}}}
<= {"id": 5, "result": [{"edit": {"changes": {"file:///b.wg": [{"newText": "\n  allow missing-due", "range": {"start": {"line": 31, "character": 54}}}]}}}]}
# An `allow` already there takes one name more.
> {"id": 6, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": "file:///b.wg"},
     "range": {"start": {"line": 34, "character": 14}, "end": {"line": 34, "character": 14}}, "context": {"diagnostics": []}}}
<= {"id": 6, "result": [{"edit": {"changes": {"file:///b.wg": [{"newText": ", missing-due", "range": {"start": {"line": 34, "character": 61}}}]}}}]}
# Asked for other kinds of action only: none.
> {"id": 7, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": "file:///b.wg"},
     "range": {"start": {"line": 34, "character": 14}, "end": {"line": 34, "character": 14}}, "context": {"diagnostics": [], "only": ["refactor"]}}}
<= {"id": 7, "result": []}

# The edits do what they say: applied, the warnings go, nothing else comes.
> {"method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///b.wg", "version": 2}, "contentChanges": [
     {"range": {"start": {"line": 34, "character": 61}, "end": {"line": 34, "character": 61}}, "text": ", missing-due"},
     {"range": {"start": {"line": 31, "character": 54}, "end": {"line": 31, "character": 54}}, "text": "\n  allow missing-due"},
     {"range": {"start": {"line": 30, "character": 29}, "end": {"line": 30, "character": 29}}, "text": " allow missing-due;"},
     {"range": {"start": {"line": 21, "character": 8}, "end": {"line": 21, "character": 20}}, "text": "secretariat"},
     {"range": {"start": {"line": 6, "character": 43}, "end": {"line": 6, "character": 43}}, "text": " allow unused-declaration"}]}}
< {"method": "textDocument/publishDiagnostics", "params": {"version": 2, "diagnostics": [{"code": "WG203"}, {"code": "WG705"}]}}
