# Completion in tests/lsp/complete.wg, a charter half typed (lines count
# from 0; trailing blanks in the file are where the cursor stands).
> {"id": 1, "method": "initialize", "params": {"capabilities": {}}}
< {"id": 1, "result": "@any"}
> {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///c.wg", "languageId": "wg", "version": 1, "text": "@file:tests/lsp/complete.wg"}}}
< {"method": "textDocument/publishDiagnostics"}

# After `decides_by `: its words, and only those.
> {"id": 2, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 1, "character": 13}}}
< {"id": 2, "result": {"isIncomplete": false, "items": [{"label": "consensus", "kind": 20}, {"label": "majority"}, {"label": "chair"}]}}

# A new statement in the working group: its properties but `decides_by`,
# given already (language version 2's `chaired_by` and `liaises_with`
# among them); no declaration may stand there.
> {"id": 3, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 2, "character": 2}}}
< {"id": 3, "result": {"items": "@count:12"}}
> {"id": 4, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 2, "character": 2}}}
< {"id": 4, "result": {"items": ["@none", {"label": "decides_by"}, {"kind": 14}]}}
> {"id": 5, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 2, "character": 2}}}
< {"id": 5, "result": {"items": ["@contains", {"label": "established", "kind": 10, "documentation": {"value": "@has:the day the group was set up"}},
                                                {"label": "allow"}, {"label": "note"}]}}

# `stakeholder` in a group of the composition.
> {"id": 6, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 9, "character": 37}}}
< {"id": 6, "result": {"items": ["@contains", {"label": "government"}, {"label": "civil_society"}]}}

# `owner `: the roles, bodies, groups and working group, no other kind.
> {"id": 7, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 12, "character": 8}}}
< {"id": 7, "result": {"items": [{"label": "W", "detail": "working_group: The group"}, {"label": "B", "kind": 7}, {"label": "chair"}, {"label": "g"}]}}

# A word begun: the item replaces it.
> {"id": 8, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 13, "character": 12}}}
< {"id": 8, "result": {"items": [{"label": "not_started", "textEdit": {"newText": "not_started",
     "range": {"start": {"line": 13, "character": 9}, "end": {"line": 13, "character": 12}}}}, "..."]}}

# After a comma in `depends_on`: the items, but the deliverable itself;
# a recommendation by its qualified name.
> {"id": 9, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 16, "character": 16}}}
< {"id": 9, "result": {"items": [{"label": "e"}, {"label": "T.1", "kind": 2}]}}

# `due `: meetings and events, and their days.
> {"id": 10, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 14, "character": 6}}}
< {"id": 10, "result": {"items": [{"label": "M1"}, {"label": "E"},
     {"label": "2013-05-30", "detail": "the first day of meeting `M1`: 1st"},
     {"label": "2013-05-31", "detail": "the last day of meeting `M1`: 1st"},
     {"label": "2014-05-12", "detail": "the day of event `E`: Event"}]}}

# `allow `: warnings only, errors cannot be allowed.
> {"id": 11, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 15, "character": 8}}}
< {"id": 11, "result": {"items": ["@contains", {"label": "unused-declaration", "detail": "@has:WG701"}, {"label": "meeting-overlap"}]}}
> {"id": 12, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 15, "character": 8}}}
< {"id": 12, "result": {"items": ["@none", {"label": "seat-count-mismatch"}, {"label": "syntax-error"}]}}

# On a declaration's line, after its title: its inline properties.
> {"id": 13, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 18, "character": 18}}}
< {"id": 13, "result": {"items": ["@contains", {"label": "owner"}, {"label": "due"}, {"label": "status"}]}}
> {"id": 14, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 18, "character": 18}}}
< {"id": 14, "result": {"items": "@count:11"}}

# In a topic: recommendations, and the topic's properties.
> {"id": 15, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 20, "character": 2}}}
< {"id": 15, "result": {"items": [{"label": "recommendation", "kind": 14}, {"label": "owner"}, {"label": "note"}, {"label": "link"}, {"label": "allow"}]}}

# At the top level: every kind that may stand there, and `allow`.
> {"id": 16, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 22, "character": 0}}}
< {"id": 16, "result": {"items": "@count:12"}}
> {"id": 17, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 22, "character": 0}}}
< {"id": 17, "result": {"items": ["@contains", {"label": "deliverable"}, {"label": "topic"}, {"label": "allow"}]}}

# Inside a string, a comment or a declaration's name: nothing.
> {"id": 18, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 4, "character": 11}}}
< {"id": 18, "result": {"items": []}}
> {"id": 19, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 23, "character": 5}}}
< {"id": 19, "result": {"items": []}}
> {"id": 20, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 4, "character": 5}}}
< {"id": 20, "result": {"items": []}}

# Typing: a new line in `d`, whose `owner`, `status`, `due` and `allow`
# are given: the repeatable ones are offered again, the others not; a
# milestone may stand there (language version 2).
> {"method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///c.wg", "version": 2}, "contentChanges": [
     {"range": {"start": {"line": 15, "character": 8}, "end": {"line": 15, "character": 8}}, "text": "meeting-overlap\n  "}]}}
> {"id": 21, "method": "textDocument/completion", "params": {"textDocument": {"uri": "file:///c.wg"}, "position": {"line": 16, "character": 2}}}
< {"id": 21, "result": {"items": [{"label": "milestone"}, {"label": "owner"}, {"label": "after"}, {"label": "depends_on"}, {"label": "done"}, {"label": "standing"}, {"label": "optional"}, {"label": "note"}, {"label": "link"}, {"label": "allow"}]}}
