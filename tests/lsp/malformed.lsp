# Whatever arrives, the server answers and goes on (CLI.md: "JSON-RPC input
# that is not valid JSON, or not a valid LSP message, gets an LSP error
# response; it never ends or crashes the server").

> {"id": 1, "method": "initialize", "params": {"capabilities": {}}}
< {"id": 1, "result": "@any"}

# Not JSON, cut short, not UTF-8, nested too deep, a lone surrogate, a
# number too large: parse errors, id null.
>frame {"id": 2, "method":
<= {"id": null, "error": {"code": -32700, "message": "@has:not JSON"}}
>frame hello
<= {"id": null, "error": {"code": -32700}}
>raw Content-Length: 4\r\n\r\n\xff\xfe{}
<= {"id": null, "error": {"code": -32700}}
>frame [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
<= {"id": null, "error": {"code": -32700}}
>frame {"id": 3, "method": "x", "params": "\ud800"}
<= {"id": null, "error": {"code": -32700}}
>frame {"id": 99999999999999999999999, "method": "shutdown"}
<= {"id": null, "error": {"code": -32700}}

# Well-formed JSON that is no LSP message: -32600.
>frame [{"jsonrpc": "2.0", "id": 4, "method": "shutdown"}]
<= {"id": null, "error": {"code": -32600, "message": "@has:batches"}}
>frame 42
<= {"id": null, "error": {"code": -32600}}
>frame {"id": 5, "method": "shutdown"}
<= {"id": 5, "error": {"code": -32600, "message": "@has:jsonrpc"}}
> {"id": 6}
<= {"id": 6, "error": {"code": -32600, "message": "@has:method"}}
> {"id": {"no": 1}, "method": "shutdown"}
<= {"id": null, "error": {"code": -32600, "message": "@has:id"}}
> {"id": 7, "method": 12}
<= {"id": 7, "error": {"code": -32600}}

# Unknown methods: a request gets -32601, a notification nothing.
> {"id": 8, "method": "textDocument/frobnicate", "params": {}}
<= {"id": 8, "error": {"code": -32601, "message": "@has:textDocument/frobnicate"}}
> {"method": "$/unknownNotification", "params": {}}
> {"method": "workspace/whatever"}
=silent

# Wrong types: -32602.
> {"id": 9, "method": "textDocument/hover", "params": [1, 2]}
<= {"id": 9, "error": {"code": -32602}}
> {"id": 10, "method": "textDocument/hover", "params": {"textDocument": {"uri": 5}, "position": {"line": 0, "character": 0}}}
<= {"id": 10, "error": {"code": -32602}}
> {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///t.wg", "version": 1, "text": "working_group W \"w\"\n"}}}
< {"method": "textDocument/publishDiagnostics", "params": {"uri": "file:///t.wg"}}
> {"id": 11, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///t.wg"}, "position": {"line": "zero", "character": 0}}}
<= {"id": 11, "error": {"code": -32602, "message": "@has:position"}}
> {"id": 12, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///t.wg"}, "position": {"line": 1.5, "character": 0}}}
<= {"id": 12, "error": {"code": -32602}}
> {"id": 13, "method": "textDocument/rename", "params": {"textDocument": {"uri": "file:///t.wg"}, "position": {"line": 0, "character": 15}, "newName": null}}
<= {"id": 13, "error": {"code": -32602, "message": "@has:newName"}}
# a malformed notification is logged, not answered
> {"method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///t.wg"}, "contentChanges": [{"range": 3, "text": "x"}]}}
<= {"method": "window/logMessage", "params": {"type": 2, "message": "@has:didChange"}}
=silent

# Positions far outside the document are clamped, not refused.
> {"id": 14, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///t.wg"}, "position": {"line": -5, "character": -1}}}
<= {"id": 14, "result": "@any"}
> {"id": 15, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///t.wg"}, "position": {"line": 4000000000, "character": 9000000000}}}
<= {"id": 15, "result": {"isIncomplete": false}}

# Broken framing: a header without a length, a length that is no number,
# junk without a header; then the stream is back in step.
>raw Content-Type: application/vscode-jsonrpc\r\n\r\n
<= {"id": null, "error": {"code": -32700, "message": "@has:Content-Length"}}
>raw Content-Length: lots\r\n\r\n
<= {"id": null, "error": {"code": -32700, "message": "@has:not a number"}}
> {"id": 16, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///t.wg"}}}
<= {"id": 16, "result": [{"name": "W"}]}

# A message over the limit is skipped as it arrives, never held.
>big 201326593
<= {"id": null, "error": {"code": -32700, "message": "@has:the limit is"}}
> {"id": 17, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///t.wg"}}}
<= {"id": 17, "result": [{"name": "W"}]}

# A message cut short by the end of the input: the server ends quietly.
>raw Content-Length: 100\r\n\r\n{"jsonrpc": "2.0"
=exit 1
