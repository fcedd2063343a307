# The outline of tests/lsp/charter.wg: declarations nested as written.
> {"id": 1, "method": "initialize", "params": {"capabilities": {"textDocument": {"documentSymbol": {"hierarchicalDocumentSymbolSupport": true}}}}}
< {"id": 1, "result": "@any"}
> {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///s.wg", "languageId": "wg", "version": 1, "text": "@file:tests/lsp/charter.wg"}}}
> {"id": 2, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///s.wg"}}}
< {"id": 2, "result": [
    {"name": "WGEC", "kind": 2, "detail": "CSTD Working Group on Enhanced Cooperation",
     "range": {"start": {"line": 1, "character": 0}, "end": {"line": 8, "character": 1}},
     "selectionRange": {"start": {"line": 1, "character": 14}, "end": {"line": 1, "character": 18}}, "children": []},
    {"name": "UNGA resolution A/RES/67/195", "kind": 1, "detail": "mandate"},
    {"name": "UNGA", "kind": 5}, {"name": "ECOSOC"}, {"name": "CSTD"}, {"name": "secretariat"},
    {"name": "cstd_chair", "kind": 11}, {"name": "chair"},
    {"name": "composition", "kind": 23, "selectionRange": {"start": {"line": 26, "character": 0}, "end": {"line": 26, "character": 11}},
     "children": [{"name": "states", "kind": 19, "detail": "Member States"}, {"name": "civil"}, {"name": "business"}, {"name": "tech"}, {"name": "io"}]},
    {"name": "CSTD17", "kind": 24}, {"name": "M1"}, {"name": "M2"}, {"name": "M3"}, {"name": "M4"},
    {"name": "questionnaire", "kind": 12}, {"name": "analysis"}, {"name": "report"},
    {"name": "A", "kind": 3, "children": [{"name": "A.1", "kind": 6, "detail": "Draft recommendations for group A",
       "range": {"start": {"line": 62, "character": 2}, "end": {"line": 66, "character": 3}}}]}]}

> {"id": 3, "method": "shutdown"}
< {"id": 3, "result": null}
> {"method": "exit"}
=exit 0
