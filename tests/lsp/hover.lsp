# Hover in tests/lsp/charter.wg (the example of LANGUAGE.md): on a name,
# its kind, title and what the checked model says of it; on a keyword or
# an enumerated word, the schema's documentation.
> {"id": 1, "method": "initialize", "params": {"capabilities": {"textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]}}}}}
< {"id": 1, "result": "@any"}
> {"method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///h.wg", "languageId": "wg", "version": 1, "text": "@file:tests/lsp/charter.wg"}}}
< {"method": "textDocument/publishDiagnostics", "params": {"diagnostics": []}}

# `analysis` in `depends_on analysis, A.1`: a deliverable, due at a meeting.
> {"id": 2, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///h.wg"}, "position": {"line": 56, "character": 16}}}
< {"id": 2, "result": {"contents": {"kind": "markdown", "value": "@has:**deliverable** `analysis`: Analysis of the responses\n\n- owners: `secretariat`\n- due: 2013-11-06 (the first day of meeting `M2`)\n- depends on: `questionnaire`\n- status: completed"},
     "range": {"start": {"line": 56, "character": 13}, "end": {"line": 56, "character": 21}}}}
# `1` in `A.1`: the recommendation, its owner from its topic.
> {"id": 3, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///h.wg"}, "position": {"line": 56, "character": 25}}}
< {"id": 3, "result": {"contents": {"value": "@has:**recommendation** `A.1`: Draft recommendations for group A\n\n- owners: `WGEC` (from its topic)\n- due: 2014-04-30 (the first day of meeting `M4`)"},
     "range": {"start": {"line": 56, "character": 25}, "end": {"line": 56, "character": 26}}}}
# `A` in `A.1`: the topic.
> {"id": 4, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///h.wg"}, "position": {"line": 56, "character": 23}}}
< {"id": 4, "result": {"contents": {"value": "@has:**topic** `A`: Implementation of the Tunis Agenda\n\n- owners: `WGEC`\n- recommendations: 1"}}}
# A role at its declaration: who holds it, what it owns.
> {"id": 5, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///h.wg"}, "position": {"line": 24, "character": 6}}}
< {"id": 5, "result": {"contents": {"value": "@has:- held by: Peter Major\n- owns: 1 item"}}}
# A group: its seats and stakeholder.
> {"id": 6, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///h.wg"}, "position": {"line": 28, "character": 10}}}
< {"id": 6, "result": {"contents": {"value": "@has:**group** `states`: Member States\n\n- seats: 22\n- stakeholder: government"}}}
# The working group, through a reference in `owner`.
> {"id": 7, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///h.wg"}, "position": {"line": 43, "character": 9}}}
< {"id": 7, "result": {"contents": {"value": "@has:- report due: 2014-05-12 (the first day of event `CSTD17`)"}}}

# Keywords: a property, in the kind it stands in; a kind; a word.
> {"id": 8, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///h.wg"}, "position": {"line": 51, "character": 3}}}
< {"id": 8, "result": {"contents": {"value": "@has:**`due`**, in a `deliverable`: its deadline: a date, event, meeting or milestone\n\nTakes a date, or the name of an `event`, `meeting` or `milestone`; given once."},
     "range": {"start": {"line": 51, "character": 2}, "end": {"line": 51, "character": 5}}}}
> {"id": 9, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///h.wg"}, "position": {"line": 61, "character": 4}}}
< {"id": 9, "result": {"contents": {"value": "@has:**`owner`**, in a `topic`: default owner of its recommendations"}}}
> {"id": 10, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///h.wg"}, "position": {"line": 42, "character": 0}}}
< {"id": 10, "result": {"contents": {"value": "@has:**`deliverable`**: something the group must produce\n\nStands at the top level; takes a name; its title is optional.\n\nProperties: `owner`, `due`, `after`, `depends_on`, `status`, `done`, `standing`, `optional`, `note`, `link`, `allow`."}}}
> {"id": 11, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///h.wg"}, "position": {"line": 46, "character": 12}}}
< {"id": 11, "result": {"contents": {"value": "@has:**`status`**, in a `deliverable`"}, "range": {"start": {"line": 46, "character": 9}, "end": {"line": 46, "character": 18}}}}
# An inline property takes its kind from the declaration's keyword.
> {"id": 12, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///h.wg"}, "position": {"line": 35, "character": 60}}}
< {"id": 12, "result": {"contents": {"value": "@has:**`at`**, in an `event`: where it takes place"}}}

# Nothing to say: null.
> {"id": 13, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///h.wg"}, "position": {"line": 9, "character": 0}}}
< {"id": 13, "result": null}
> {"id": 14, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///h.wg"}, "position": {"line": 13, "character": 12}}}
< {"id": 14, "result": null}
