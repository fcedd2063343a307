# Definition, references, highlight and rename in tests/lsp/charter.wg.
# Line 56 is `  depends_on analysis, A.1`: `analysis` at 13, `A` at 23, `1` at 25.
> {"id": 1, "method": "initialize", "params": {"capabilities": {}}}
< {"id": 1, "result": "@any"}
> {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///n.wg", "languageId": "wg", "version": 1, "text": "@file:tests/lsp/charter.wg"}}}

> {"id": 2, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///n.wg"}, "position": {"line": 56, "character": 16}}}
< {"id": 2, "result": {"uri": "file:///n.wg", "range": {"start": {"line": 48, "character": 12}, "end": {"line": 48, "character": 20}}}}
# The parts of a path: `A` is the topic, `1` the recommendation in it.
> {"id": 3, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///n.wg"}, "position": {"line": 56, "character": 23}}}
< {"id": 3, "result": {"range": {"start": {"line": 60, "character": 6}, "end": {"line": 60, "character": 7}}}}
> {"id": 4, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///n.wg"}, "position": {"line": 56, "character": 25}}}
< {"id": 4, "result": {"range": {"start": {"line": 62, "character": 17}, "end": {"line": 62, "character": 18}}}}
# No name here: null.
> {"id": 5, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///n.wg"}, "position": {"line": 56, "character": 5}}}
< {"id": 5, "result": null}

> {"id": 6, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///n.wg"}, "position": {"line": 48, "character": 14}, "context": {"includeDeclaration": true}}}
< {"id": 6, "result": [{"range": {"start": {"line": 48, "character": 12}}}, {"range": {"start": {"line": 56, "character": 13}}}, {"range": {"start": {"line": 63, "character": 15}}}]}
> {"id": 7, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///n.wg"}, "position": {"line": 48, "character": 14}, "context": {"includeDeclaration": false}}}
< {"id": 7, "result": [{"range": {"start": {"line": 56, "character": 13}}}, {"range": {"start": {"line": 63, "character": 15}}}]}
# The topic is referred to by the first part of `A.1`.
> {"id": 8, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///n.wg"}, "position": {"line": 60, "character": 6}, "context": {"includeDeclaration": false}}}
< {"id": 8, "result": [{"range": {"start": {"line": 56, "character": 23}, "end": {"line": 56, "character": 24}}}]}

> {"id": 9, "method": "textDocument/documentHighlight", "params": {"textDocument": {"uri": "file:///n.wg"}, "position": {"line": 51, "character": 7}}}
< {"id": 9, "result": [{"kind": 3, "range": {"start": {"line": 38, "character": 8}}}, {"kind": 2, "range": {"start": {"line": 51, "character": 6}}}]}

> {"id": 10, "method": "textDocument/prepareRename", "params": {"textDocument": {"uri": "file:///n.wg"}, "position": {"line": 56, "character": 25}}}
< {"id": 10, "result": {"range": {"start": {"line": 56, "character": 25}, "end": {"line": 56, "character": 26}}, "placeholder": "1"}}
> {"id": 11, "method": "textDocument/prepareRename", "params": {"textDocument": {"uri": "file:///n.wg"}, "position": {"line": 56, "character": 4}}}
< {"id": 11, "error": {"code": -32803, "message": "@has:no declared name here"}}

# Renaming the topic rewrites the `A` of `A.1`; the recommendation, its `1`.
> {"id": 12, "method": "textDocument/rename", "params": {"textDocument": {"uri": "file:///n.wg"}, "position": {"line": 60, "character": 6}, "newName": "tunis"}}
< {"id": 12, "result": {"changes": {"file:///n.wg": [
     {"newText": "tunis", "range": {"start": {"line": 56, "character": 23}, "end": {"line": 56, "character": 24}}},
     {"newText": "tunis", "range": {"start": {"line": 60, "character": 6}, "end": {"line": 60, "character": 7}}}]}}}
> {"id": 13, "method": "textDocument/rename", "params": {"textDocument": {"uri": "file:///n.wg"}, "position": {"line": 56, "character": 25}, "newName": "2"}}
< {"id": 13, "result": {"changes": {"file:///n.wg": [
     {"newText": "2", "range": {"start": {"line": 56, "character": 25}, "end": {"line": 56, "character": 26}}},
     {"newText": "2", "range": {"start": {"line": 62, "character": 17}, "end": {"line": 62, "character": 18}}}]}}}
# From a reference, with a name in any script.
> {"id": 14, "method": "textDocument/rename", "params": {"textDocument": {"uri": "file:///n.wg"}, "position": {"line": 4, "character": 14}, "newName": "Commission_Genève"}}
< {"id": 14, "result": {"changes": {"file:///n.wg": [{"range": {"start": {"line": 4, "character": 13}}}, {"range": {"start": {"line": 20, "character": 5}}}]}}}

# Refused, with the reason: a name taken, a keyword, no name at all, a
# number where the kind takes a word.
> {"id": 15, "method": "textDocument/rename", "params": {"textDocument": {"uri": "file:///n.wg"}, "position": {"line": 56, "character": 16}, "newName": "report"}}
< {"id": 15, "error": {"code": -32803, "message": "`report` is already declared, as a deliverable on line 55"}}
> {"id": 16, "method": "textDocument/rename", "params": {"textDocument": {"uri": "file:///n.wg"}, "position": {"line": 56, "character": 16}, "newName": "due"}}
< {"id": 16, "error": {"code": -32803, "message": "@has:keyword"}}
> {"id": 17, "method": "textDocument/rename", "params": {"textDocument": {"uri": "file:///n.wg"}, "position": {"line": 56, "character": 16}, "newName": "two words"}}
< {"id": 17, "error": {"code": -32803, "message": "@has:is not a name"}}
> {"id": 18, "method": "textDocument/rename", "params": {"textDocument": {"uri": "file:///n.wg"}, "position": {"line": 56, "character": 16}, "newName": "12"}}
< {"id": 18, "error": {"code": -32803, "message": "@has:is not a name"}}
> {"id": 19, "method": "textDocument/rename", "params": {"textDocument": {"uri": "file:///n.wg"}, "position": {"line": 56, "character": 16}, "newName": "ends-"}}
< {"id": 19, "error": {"code": -32803}}
# A recommendation's new name is taken only within its topic.
> {"id": 20, "method": "textDocument/rename", "params": {"textDocument": {"uri": "file:///n.wg"}, "position": {"line": 56, "character": 25}, "newName": "analysis"}}
< {"id": 20, "result": {"changes": "@any"}}

# Names in a file with a syntax error: the checker reads what parsed.
> {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///broken.wg", "languageId": "wg", "version": 1,
     "text": "working_group W \"w\" { reports_to X }\nbody X \"x\"\nbody Y \"y\" {\n  reports_to X,\n}\n"}}}
< {"method": "textDocument/publishDiagnostics", "params": {"uri": "file:///broken.wg", "diagnostics": ["@contains", {"code": "WG107"}]}}
> {"id": 21, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///broken.wg"}, "position": {"line": 0, "character": 34}}}
< {"id": 21, "result": {"range": {"start": {"line": 1, "character": 5}, "end": {"line": 1, "character": 6}}}}
