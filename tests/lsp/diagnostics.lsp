# Diagnostics of tests/lsp/broken.wg, as LSP gives them: the rule's code,
# a link to its section of docs/rules.md, notes as related information,
# unused declarations tagged Unnecessary (1).
> {"id": 1, "method": "initialize", "params": {"capabilities": {}}}
< {"id": 1, "result": "@any"}
> {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///b.wg", "languageId": "wg", "version": 7, "text": "@file:tests/lsp/broken.wg"}}}
<= {"method": "textDocument/publishDiagnostics", "params": {"uri": "file:///b.wg", "version": 7, "diagnostics": [
     {"code": "WG701", "severity": 2, "source": "wgc", "tags": [1], "message": "@has:body `UNGA` is declared but nothing refers to it",
      "codeDescription": {"href": "@has:docs/rules.md#wg701"},
      "range": {"start": {"line": 6, "character": 5}, "end": {"line": 6, "character": 9}}, "relatedInformation": "@absent"},
     {"code": "WG203", "severity": 1, "tags": "@absent", "codeDescription": {"href": "@has:#wg203"},
      "range": {"start": {"line": 7, "character": 5}, "end": {"line": 7, "character": 9}},
      "relatedInformation": [{"message": "`CSTD` is first declared here",
        "location": {"uri": "file:///b.wg", "range": {"start": {"line": 5, "character": 5}, "end": {"line": 5, "character": 9}}}}]},
     {"code": "WG204", "severity": 1, "message": "there is no `secretariatt` in this charter; did you mean `secretariat`?",
      "range": {"start": {"line": 21, "character": 8}, "end": {"line": 21, "character": 20}}},
     {"code": "WG507"}, {"code": "WG507"}, {"code": "WG507"}, {"code": "WG705"}]}}

# Hover on a diagnostic's range explains its rule.
> {"id": 2, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///b.wg"}, "position": {"line": 21, "character": 10}}}
<= {"id": 2, "result": {"contents": {"value": "@has:**WG204** `undefined-reference` (error): a reference to a name that is not declared"}}}
# On a name with a diagnostic, both.
> {"id": 3, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///b.wg"}, "position": {"line": 6, "character": 6}}}
<= {"id": 3, "result": {"contents": {"value": "@has:**body** `UNGA`: United Nations General Assembly"}}}
> {"id": 4, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///b.wg"}, "position": {"line": 6, "character": 6}}}
<= {"id": 4, "result": {"contents": {"value": "@has:\n\n---\n\n**WG701** `unused-declaration` (warning)"}}}
