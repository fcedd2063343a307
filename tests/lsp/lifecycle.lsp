# The lifecycle of LSP 3.17: nothing but `initialize` (and `exit`) before
# `initialize`; `initialize` once; nothing but `exit` after `shutdown`;
# `exit` after `shutdown` ends the server with status 0.

> {"id": 1, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///a.wg"}, "position": {"line": 0, "character": 0}}}
<= {"id": 1, "error": {"code": -32002, "message": "@has:before `initialize`"}}
> {"id": 2, "method": "no/such/method"}
<= {"id": 2, "error": {"code": -32002}}
# a notification before initialize is dropped, without an answer
> {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///a.wg", "languageId": "wg", "version": 1, "text": "body X \"x\""}}}
=silent

> {"id": 3, "method": "initialize", "params": {"processId": null, "rootUri": null, "capabilities": {}}}
<= {"id": 3, "result": {"capabilities": {"positionEncoding": "utf-16",
      "textDocumentSync": {"openClose": true, "change": 2},
      "hoverProvider": true, "definitionProvider": true, "referencesProvider": true,
      "documentHighlightProvider": true, "documentSymbolProvider": true,
      "renameProvider": {"prepareProvider": true},
      "completionProvider": {"resolveProvider": false},
      "codeActionProvider": {"codeActionKinds": ["quickfix"]}},
    "serverInfo": {"name": "wgc", "version": "@any"}}}
> {"method": "initialized", "params": {}}
> {"id": 4, "method": "initialize", "params": {"capabilities": {}}}
<= {"id": 4, "error": {"code": -32600, "message": "@has:already"}}
# the document dropped before initialize was never opened
> {"id": 5, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///a.wg"}}}
<= {"id": 5, "error": {"code": -32602, "message": "@has:not open"}}
# ids may be strings; params may be null (Eglot sends that for shutdown)
> {"id": "six", "method": "shutdown", "params": null}
<= {"id": "six", "result": null}
> {"id": 7, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///a.wg"}}}
<= {"id": 7, "error": {"code": -32600, "message": "@has:after `shutdown`"}}
> {"method": "exit"}
=exit 0
