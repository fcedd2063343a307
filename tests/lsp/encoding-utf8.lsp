# Positions in UTF-8 bytes, when the client prefers them. The same places
# as encoding-utf16.lsp: `weekly` at byte 53 of line 5, `M1` at byte 66
# and `Genève` at byte 53 of line 6.
> {"id": 1, "method": "initialize", "params": {"capabilities": {"general": {"positionEncodings": ["utf-8", "utf-16"]}}}}
<= {"id": 1, "result": {"capabilities": {"positionEncoding": "utf-8"}}}
> {"method": "initialized", "params": {}}
> {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///u.wg", "languageId": "wg", "version": 1, "text": "@file:tests/lsp/unicode.wg"}}}
<= {"method": "textDocument/publishDiagnostics", "params": {"diagnostics": [
     {"code": "WG208", "range": {"start": {"line": 4, "character": 53}, "end": {"line": 4, "character": 59}}}]}}
> {"id": 3, "method": "textDocument/definition", "params": {"textDocument": {"uri": "file:///u.wg"}, "position": {"line": 5, "character": 67}}}
<= {"id": 3, "result": {"range": {"start": {"line": 4, "character": 8}, "end": {"line": 4, "character": 10}}}}
> {"id": 4, "method": "textDocument/references", "params": {"textDocument": {"uri": "file:///u.wg"}, "position": {"line": 0, "character": 17}, "context": {"includeDeclaration": false}}}
<= {"id": 4, "result": [{"range": {"start": {"line": 5, "character": 53}, "end": {"line": 5, "character": 60}}}]}
# A byte inside "è" (bytes 17 and 18 of line 1) means the character's start.
> {"method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///u.wg", "version": 2}, "contentChanges": [
     {"range": {"start": {"line": 4, "character": 57}, "end": {"line": 4, "character": 59}}, "text": ""},
     {"range": {"start": {"line": 0, "character": 18}, "end": {"line": 0, "character": 18}}, "text": "x"}]}}
> {"id": 5, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///u.wg"}}}
< {"method": "textDocument/publishDiagnostics", "params": {"version": 2, "diagnostics": [{"code": "WG204", "message": "@has:did you mean `Genxève`?"}]}}
< {"id": 5, "result": [{"name": "Genxève"}, "..."]}
