# Positions in UTF-16 code units, the default. Line 5 of unicode.wg is
#   meeting M1 "Genève 日本 😀" on 2013-05-30 every weekly
# `weekly` is at code point 45, UTF-16 unit 46 (the emoji takes two),
# byte 53.
> {"id": 1, "method": "initialize", "params": {"capabilities": {"general": {"positionEncodings": ["utf-32", "utf-16"]},
     "textDocument": {"documentSymbol": {"hierarchicalDocumentSymbolSupport": true}}}}}
<= {"id": 1, "result": {"capabilities": {"positionEncoding": "utf-16"}}}
> {"method": "initialized", "params": {}}
> {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///u.wg", "languageId": "wg", "version": 1, "text": "@file:tests/lsp/unicode.wg"}}}
<= {"method": "textDocument/publishDiagnostics", "params": {"uri": "file:///u.wg", "version": 1, "diagnostics": [
     {"code": "WG208", "severity": 1, "range": {"start": {"line": 4, "character": 46}, "end": {"line": 4, "character": 52}}}]}}

# Hover inside `weekly` explains the rule; its range is the diagnostic's.
> {"id": 2, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///u.wg"}, "position": {"line": 4, "character": 49}}}
<= {"id": 2, "result": {"contents": {"value": "@has:WG208"}, "range": {"start": {"line": 4, "character": 46}, "end": {"line": 4, "character": 52}}}}
# On line 6, `M1` after two emoji: unit 61; `Genève` at unit 49.
> {"id": 3, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///u.wg"}, "position": {"line": 5, "character": 62}}}
<= {"id": 3, "result": {"uri": "file:///u.wg", "range": {"start": {"line": 4, "character": 8}, "end": {"line": 4, "character": 10}}}}
> {"id": 4, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///u.wg"}, "position": {"line": 0, "character": 16}, "context": {"includeDeclaration": true}}}
<= {"id": 4, "result": [{"range": {"start": {"line": 0, "character": 14}, "end": {"line": 0, "character": 20}}},
                         {"range": {"start": {"line": 5, "character": 49}, "end": {"line": 5, "character": 55}}}]}

# An edit in UTF-16 units: `weekly` becomes `week`, and the error goes.
> {"method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///u.wg", "version": 2}, "contentChanges": [
     {"range": {"start": {"line": 4, "character": 50}, "end": {"line": 4, "character": 52}}, "text": ""}]}}
< {"method": "textDocument/publishDiagnostics", "params": {"uri": "file:///u.wg", "version": 2, "diagnostics": []}}

# A position inside the emoji's surrogate pair (unit 23) means the
# emoji's start: text inserted there lands before the emoji, whole.
> {"method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///u.wg", "version": 3}, "contentChanges": [
     {"range": {"start": {"line": 4, "character": 23}, "end": {"line": 4, "character": 23}}, "text": "é"}]}}
> {"id": 5, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///u.wg"}, "position": {"line": 4, "character": 21}}}
< {"id": 5, "result": null}
> {"id": 6, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///u.wg"}}}
< {"id": 6, "result": ["@any", "@any", {"name": "M1", "detail": "Genève 日本 é😀"}, "..."]}
