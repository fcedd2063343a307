# A client without hierarchicalDocumentSymbolSupport gets SymbolInformation,
# flat, each nested one with its container.
> {"id": 1, "method": "initialize", "params": {"capabilities": {}}}
< {"id": 1, "result": "@any"}
> {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///s.wg", "languageId": "wg", "version": 1, "text": "@file:tests/lsp/charter.wg"}}}
> {"id": 2, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///s.wg"}}}
< {"id": 2, "result": ["@contains",
    {"name": "states", "kind": 19, "containerName": "composition", "location": {"uri": "file:///s.wg", "range": {"start": {"line": 28, "character": 2}}}},
    {"name": "A.1", "containerName": "A"},
    {"name": "WGEC", "containerName": "@absent"}]}
> {"id": 3, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///s.wg"}}}
< {"id": 3, "result": "@count:24"}
