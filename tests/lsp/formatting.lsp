# Formatting (docs/lsp.md): the layout of `wgc fmt` for tests/lsp/messy.wg,
# one TextEdit per run of changed lines, positions in UTF-16 (the client
# names no encoding: 日本 counts 2, 🙂 2); the options are not read (one
# layout). Nothing for a text already in the layout, nor for one with
# syntax errors, which a log message explains.
> {"id": 1, "method": "initialize", "params": {"capabilities": {}}}
<= {"id": 1, "result": {"capabilities": {"documentFormattingProvider": true, "documentRangeFormattingProvider": true}}}
> {"method": "initialized", "params": {}}
> {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///m.wg", "languageId": "wg", "version": 1, "text": "@file:tests/lsp/messy.wg"}}}
<= {"method": "textDocument/publishDiagnostics", "params": {"diagnostics": []}}

# The whole document: lines 3, 5 and 7 (1-based), then 11 and 12, the
# last without its line end, which the layout adds.
> {"id": 2, "method": "textDocument/formatting", "params": {"textDocument": {"uri": "file:///m.wg"}, "options": {"tabSize": 8, "insertSpaces": false}}}
<= {"id": 2, "result": [
     {"range": {"start": {"line": 2, "character": 0}, "end": {"line": 3, "character": 0}},
      "newText": "working_group WGEC \"Working Group on Enhanced Cooperation\" {\n"},
     {"range": {"start": {"line": 4, "character": 0}, "end": {"line": 5, "character": 0}}, "newText": "  decides_by consensus\n"},
     {"range": {"start": {"line": 6, "character": 0}, "end": {"line": 7, "character": 0}},
      "newText": "\nbody CSTD \"Commission on Science and Technology for Development\" {\n  reports_to ECOSOC\n}\n\n"},
     {"range": {"start": {"line": 10, "character": 0}, "end": {"line": 11, "character": 57}},
      "newText": "meeting M1 \"Réunion à Genève, 日本\" on 2013-05-30 at \"Genève\"\ndeliverable report \"Rapport, 日本 🙂\" { owner WGEC; due M1 }\n"}]}

# A selection: the statement that holds it, in whole lines (its line end
# not included), here `at` after 日本 (UTF-16 column 49).
> {"id": 3, "method": "textDocument/rangeFormatting", "params": {"textDocument": {"uri": "file:///m.wg"},
     "range": {"start": {"line": 10, "character": 49}, "end": {"line": 10, "character": 51}}, "options": {"tabSize": 2, "insertSpaces": true}}}
<= {"id": 3, "result": [{"range": {"start": {"line": 10, "character": 0}, "end": {"line": 10, "character": 60}},
     "newText": "meeting M1 \"Réunion à Genève, 日本\" on 2013-05-30 at \"Genève\""}]}
# A property inside a block is indented as the block wants.
> {"id": 4, "method": "textDocument/rangeFormatting", "params": {"textDocument": {"uri": "file:///m.wg"},
     "range": {"start": {"line": 4, "character": 6}, "end": {"line": 4, "character": 4}}, "options": {"tabSize": 2, "insertSpaces": true}}}
<= {"id": 4, "result": [{"range": {"start": {"line": 4, "character": 0}, "end": {"line": 4, "character": 24}}, "newText": "  decides_by consensus"}]}
# A selection in lines already in the layout, or holding no statement: nothing.
> {"id": 5, "method": "textDocument/rangeFormatting", "params": {"textDocument": {"uri": "file:///m.wg"},
     "range": {"start": {"line": 7, "character": 0}, "end": {"line": 9, "character": 0}}, "options": {"tabSize": 2, "insertSpaces": true}}}
<= {"id": 5, "result": []}
> {"id": 6, "method": "textDocument/rangeFormatting", "params": {"textDocument": {"uri": "file:///m.wg"}, "options": {}}}
<= {"id": 6, "error": {"code": -32602}}

# The edits applied (last first), the text is in the layout: nothing more to do.
> {"method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///m.wg", "version": 2}, "contentChanges": [
     {"range": {"start": {"line": 10, "character": 0}, "end": {"line": 11, "character": 57}},
      "text": "meeting M1 \"Réunion à Genève, 日本\" on 2013-05-30 at \"Genève\"\ndeliverable report \"Rapport, 日本 🙂\" { owner WGEC; due M1 }\n"},
     {"range": {"start": {"line": 6, "character": 0}, "end": {"line": 7, "character": 0}},
      "text": "\nbody CSTD \"Commission on Science and Technology for Development\" {\n  reports_to ECOSOC\n}\n\n"},
     {"range": {"start": {"line": 4, "character": 0}, "end": {"line": 5, "character": 0}}, "text": "  decides_by consensus\n"},
     {"range": {"start": {"line": 2, "character": 0}, "end": {"line": 3, "character": 0}},
      "text": "working_group WGEC \"Working Group on Enhanced Cooperation\" {\n"}]}}
> {"id": 7, "method": "textDocument/formatting", "params": {"textDocument": {"uri": "file:///m.wg"}, "options": {"tabSize": 2, "insertSpaces": true}}}
< {"method": "textDocument/publishDiagnostics", "params": {"version": 2, "diagnostics": []}}
<= {"id": 7, "result": []}

# A syntax error (a string left open): no edits, and why in the log.
> {"method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///m.wg", "version": 3}, "contentChanges": [
     {"range": {"start": {"line": 3, "character": 13}, "end": {"line": 3, "character": 13}}, "text": " \"CSTD"}]}}
> {"id": 8, "method": "textDocument/formatting", "params": {"textDocument": {"uri": "file:///m.wg"}, "options": {"tabSize": 2, "insertSpaces": true}}}
< {"method": "textDocument/publishDiagnostics", "params": {"version": 3, "diagnostics": [{"code": "@any"}, "..."]}}
<= {"method": "window/logMessage", "params": {"type": 3, "message": "`file:///m.wg` is not formatted: it has syntax errors; fix them first"}}
<= {"id": 8, "result": []}
> {"id": 9, "method": "textDocument/rangeFormatting", "params": {"textDocument": {"uri": "file:///m.wg"},
     "range": {"start": {"line": 7, "character": 0}, "end": {"line": 7, "character": 0}}, "options": {"tabSize": 2, "insertSpaces": true}}}
<= {"method": "window/logMessage", "params": {"type": 3, "message": "@has:syntax errors"}}
<= {"id": 9, "result": []}
# A document that is not open is a bad request.
> {"id": 10, "method": "textDocument/formatting", "params": {"textDocument": {"uri": "file:///other.wg"}, "options": {}}}
<= {"id": 10, "error": {"code": -32602, "message": "@has:is not open"}}
> {"id": 11, "method": "shutdown"}
<= {"id": 11, "result": null}
> {"method": "exit"}
=exit 0
