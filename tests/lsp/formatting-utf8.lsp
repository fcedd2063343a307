# Formatting with positions in UTF-8 bytes, when the client prefers them:
# the same places as formatting.lsp, counted in bytes (日本 6, 🙂 4).
> {"id": 1, "method": "initialize", "params": {"capabilities": {"general": {"positionEncodings": ["utf-8"]}}}}
<= {"id": 1, "result": {"capabilities": {"positionEncoding": "utf-8", "documentFormattingProvider": true}}}
> {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///m.wg", "languageId": "wg", "version": 1, "text": "@file:tests/lsp/messy.wg"}}}
<= {"method": "textDocument/publishDiagnostics", "params": {"diagnostics": []}}
> {"id": 2, "method": "textDocument/formatting", "params": {"textDocument": {"uri": "file:///m.wg"}, "options": {"tabSize": 2, "insertSpaces": true}}}
<= {"id": 2, "result": ["@any", "@any", "@any",
     {"range": {"start": {"line": 10, "character": 0}, "end": {"line": 11, "character": 63}}}]}
> {"id": 3, "method": "textDocument/rangeFormatting", "params": {"textDocument": {"uri": "file:///m.wg"},
     "range": {"start": {"line": 10, "character": 56}, "end": {"line": 10, "character": 58}}, "options": {"tabSize": 2, "insertSpaces": true}}}
<= {"id": 3, "result": [{"range": {"start": {"line": 10, "character": 0}, "end": {"line": 10, "character": 68}},
     "newText": "meeting M1 \"Réunion à Genève, 日本\" on 2013-05-30 at \"Genève\""}]}
# Inside 日 (its bytes are 33 to 35 of the line) means its start: the same statement.
> {"id": 4, "method": "textDocument/rangeFormatting", "params": {"textDocument": {"uri": "file:///m.wg"},
     "range": {"start": {"line": 10, "character": 35}, "end": {"line": 10, "character": 35}}, "options": {"tabSize": 2, "insertSpaces": true}}}
<= {"id": 4, "result": [{"range": {"start": {"line": 10, "character": 0}, "end": {"line": 10, "character": 68}}}]}
> {"id": 5, "method": "shutdown"}
<= {"id": 5, "result": null}
> {"method": "exit"}
=exit 0
