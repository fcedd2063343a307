# `exit` without `shutdown` ends the server with status 1 (LSP 3.17).
> {"id": 1, "method": "initialize", "params": {"capabilities": {}}}
< {"id": 1, "result": "@any"}
> {"method": "exit"}
=exit 1
