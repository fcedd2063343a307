# Incremental synchronisation, several documents at once, full-text
# changes, CRLF and lone CR line ends, and closing.
> {"id": 1, "method": "initialize", "params": {"capabilities": {"textDocument": {"documentSymbol": {"hierarchicalDocumentSymbolSupport": true}}}}}
< {"id": 1, "result": "@any"}
> {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///a.wg", "languageId": "wg", "version": 1,
     "text": "working_group A \"A\"\ncomposition { open }\nbody X \"x\"\n"}}}
<= {"method": "textDocument/publishDiagnostics", "params": {"uri": "file:///a.wg", "version": 1, "diagnostics": [{"code": "WG701", "range": {"start": {"line": 2, "character": 5}}}]}}
> {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///b.wg", "languageId": "wg", "version": 1,
     "text": "working_group B \"B\" { reports_to Y }\r\ncomposition { open }\r\nbody Y \"y\"\r\n"}}}
<= {"method": "textDocument/publishDiagnostics", "params": {"uri": "file:///b.wg", "version": 1, "diagnostics": []}}

# Several edits in one notification, each on the text the one before
# left: X becomes Xylo, a line is inserted, one is deleted across a line
# end, the title is replaced.
> {"method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///a.wg", "version": 2}, "contentChanges": [
     {"range": {"start": {"line": 2, "character": 6}, "end": {"line": 2, "character": 6}}, "text": "ylo"},
     {"range": {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 0}}, "text": "role r \"r\"\nrole s \"s\"\n"},
     {"range": {"start": {"line": 1, "character": 10}, "end": {"line": 2, "character": 10}}, "text": ""},
     {"range": {"start": {"line": 0, "character": 16}, "end": {"line": 0, "character": 19}}, "text": "\"Alpha\" { reports_to Xylo }"}]}}
> {"id": 2, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///a.wg"}}}
<= {"method": "textDocument/publishDiagnostics", "params": {"uri": "file:///a.wg", "version": 2, "diagnostics": [{"code": "WG701", "message": "@has:role `r`"}]}}
<= {"id": 2, "result": [{"name": "A", "detail": "Alpha"}, {"name": "r"}, {"name": "composition"}, {"name": "Xylo"}]}

# A change without a range replaces the whole text; b.wg is untouched.
> {"method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///a.wg", "version": 3}, "contentChanges": [{"text": "body Q \"q\""}]}}
> {"id": 3, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///a.wg"}}}
<= {"method": "textDocument/publishDiagnostics", "params": {"uri": "file:///a.wg", "version": 3, "diagnostics": [{"code": "WG201"}, "..."]}}
<= {"id": 3, "result": [{"name": "Q"}]}
> {"id": 4, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///b.wg"}}}
<= {"id": 4, "result": [{"name": "B"}, {"name": "composition"}, {"name": "Y"}]}

# CRLF: a position counts the line's characters, not its line end.
> {"method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///b.wg", "version": 2}, "contentChanges": [
     {"range": {"start": {"line": 2, "character": 6}, "end": {"line": 2, "character": 99}}, "text": ""}]}}
> {"id": 5, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///b.wg"}}}
<= {"method": "textDocument/publishDiagnostics", "params": {"uri": "file:///b.wg", "version": 2, "diagnostics": []}}
<= {"id": 5, "result": [{"name": "B"}, {"name": "composition"}, {"name": "Y", "range": {"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": 6}}}]}
# A lone CR ends a line for LSP, though the language reads it as a stray
# character (WG104): positions count lines as the client does.
> {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///c.wg", "languageId": "wg", "version": 1, "text": "working_group A \"a\"\rcomposition { open }\n"}}}
<= {"method": "textDocument/publishDiagnostics", "params": {"uri": "file:///c.wg", "diagnostics": ["@contains",
     {"code": "WG104", "range": {"start": {"line": 0, "character": 19}, "end": {"line": 1, "character": 0}}},
     {"code": "WG107", "range": {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 11}}}]}}

# Closing clears the document's diagnostics; it is then no longer known.
> {"method": "textDocument/didClose", "params": {"textDocument": {"uri": "file:///a.wg"}}}
<= {"method": "textDocument/publishDiagnostics", "params": {"uri": "file:///a.wg", "diagnostics": []}}
> {"id": 7, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///a.wg"}, "position": {"line": 0, "character": 0}}}
<= {"id": 7, "error": {"code": -32602, "message": "@has:not open"}}
> {"method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///a.wg", "version": 9}, "contentChanges": [{"text": "x"}]}}
<= {"method": "window/logMessage", "params": {"message": "@has:not open"}}
# Opened again, it starts afresh.
> {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///a.wg", "languageId": "wg", "version": 1, "text": "working_group A \"A\"\ncomposition { open }\n"}}}
<= {"method": "textDocument/publishDiagnostics", "params": {"uri": "file:///a.wg", "version": 1, "diagnostics": []}}
