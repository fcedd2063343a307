# initializationOptions.rulesUrl: where codeDescription links point (a
# hosted copy of docs/rules.md, say) instead of the local file.
> {"id": 1, "method": "initialize", "params": {"capabilities": {}, "initializationOptions": {"rulesUrl": "https://example.org/wgc/rules.html"}}}
< {"id": 1, "result": "@any"}
> {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///b.wg", "languageId": "wg", "version": 1, "text": "@file:tests/lsp/broken.wg"}}}
<= {"method": "textDocument/publishDiagnostics", "params": {"diagnostics": [{"codeDescription": {"href": "https://example.org/wgc/rules.html#wg701"}}, "..."]}}
