/*
** The rule catalogue (docs/rules.md, made from it) as data: one row per diagnostic, in code
** order. The checker reports by code and takes the default severity from
** here; `wgc explain` prints a row; the text, JSON and SARIF renderers
** and the generated docs/rules.md read the same rows, so a rule is named,
** graded and explained in exactly one place.
**
** Each row carries a complete charter that triggers the rule and the same
** charter corrected. Readers are charter drafters, not programmers, so the
** explanations are plain English, wrapped at about 72 columns.
*/
#include "rules.h"

#include <stddef.h>
#include <string.h>

/* The start shared by WG510's and WG511's examples. */
#define WG510_HEAD                                                                          \
  "working_group VCWG \"Verifiable Credentials Working Group\"\n"                           \
  "\n"                                                                                      \
  "composition { open }\n"                                                                 \
  "\n"                                                                                      \
  "deliverable vcdm2 \"Verifiable Credentials Data Model 2.0\" {\n"                        \
  "  owner VCWG\n"                                                                          \
  "  due 2024-06-30\n"                                                                      \
  "  milestone fpwd \"First Public Working Draft\" { due 2022-09 }\n"
#define WG511_HEAD                                                                          \
  "working_group VCWG \"Verifiable Credentials Working Group\"\n"                           \
  "\n"                                                                                      \
  "composition { open }\n"                                                                 \
  "\n"                                                                                      \
  "deliverable vcdm2 \"Verifiable Credentials Data Model 2.0\" {\n"                        \
  "  owner VCWG\n"                                                                          \
  "  due 2024-06-30\n"

/* Codes and names never change meaning once released (docs/rules.md): add rows,
** never renumber or rename them. Kept in ascending code order. */
const Rule rule_table[RULE_N] = {
    /* WG1xx: lexical and syntax. Errors; the file is not checked further. */
    /* WG100 is about the file, not its text: no charter sets it off, so it
    ** has no examples (docs/output.md, "A file that cannot be read"). */
    {.code = RULE_UNREADABLE_FILE,
     .name = "unreadable-file",
     .severity = SEV_ERROR,
     .summary = "a file given to wgc cannot be read",
     .explanation = "wgc could not read this file, so it checked nothing in it. The message\n"
                    "gives the reason the system gave: the file does not exist (a misspelt\n"
                    "name or folder), it is a folder, or wgc is not allowed to read it. Check\n"
                    "the name, and that the file can be read (`ls -l` shows who may). wgc\n"
                    "ends with exit status 2, as for any failure to read or write a file,\n"
                    "after checking the other files.\n",
     .wrong = "",
     .fixed = ""},
    {.code = RULE_INVALID_UTF8,
     .name = "invalid-utf8",
     .severity = SEV_ERROR,
     .summary = "the file contains bytes that are not valid UTF-8",
     .explanation = "A charter must be saved as UTF-8 text. This file contains a byte that is\n"
                    "not UTF-8, usually because it was saved in an older encoding such as\n"
                    "Latin-1 or Windows-1252, which store accented letters like the è of\n"
                    "Genève differently. wgc cannot tell which letter was meant, so it stops\n"
                    "at the first such byte and checks nothing else. Save the file again as\n"
                    "UTF-8; most editors offer this under \"Save as\" or \"Encoding\".\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M1 \"1st meeting\" on 2013-05-30..2013-05-31 at \"Gen\xe8ve\"\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M1 \"1st meeting\" on 2013-05-30..2013-05-31 at \"Genève\"\n"},
    {.code = RULE_UNTERMINATED_STRING,
     .name = "unterminated-string",
     .severity = SEV_ERROR,
     .summary = "a quoted text has no closing quote",
     .explanation = "Text in double quotes must end with a closing quote on the same line.\n"
                    "Here the closing quote is missing, so wgc cannot tell where the text\n"
                    "ends and what comes after it. Add the closing quote; for text that runs\n"
                    "over several lines, use triple quotes (`\"\"\"`) at both ends.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M1 \"1st meeting\" on 2013-05-30..2013-05-31 at \"Geneva\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M1 \"1st meeting\" on 2013-05-30..2013-05-31 at \"Geneva\"\n"},
    {.code = RULE_INVALID_ESCAPE,
     .name = "invalid-escape",
     .severity = SEV_ERROR,
     .summary = "a backslash in a quoted text starts an escape that does not exist",
     .explanation = "Inside double quotes, a backslash starts a special sequence: `\\\"` for a\n"
                    "quotation mark, `\\\\` for a backslash, `\\n` for a new line, `\\t` for a\n"
                    "tab and `\\u{...}` for a character by its Unicode number. Any other\n"
                    "character after a backslash is refused, because the text would not read\n"
                    "as the drafter meant. An apostrophe needs no backslash, and a backslash\n"
                    "meant as itself must be doubled.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable summary \"Chair\\'s summary of the discussions\" {\n"
              "  owner WGEC\n"
              "  due 2014-03-31\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable summary \"Chair's summary of the discussions\" {\n"
              "  owner WGEC\n"
              "  due 2014-03-31\n"
              "}\n"},
    {.code = RULE_UNEXPECTED_CHARACTER,
     .name = "unexpected-character",
     .severity = SEV_ERROR,
     .summary = "a character that has no meaning in a charter",
     .explanation = "Outside quoted text and comments, a charter is made only of names,\n"
                    "numbers, dates, keywords and the punctuation `{ } , ; .` and `..`. A\n"
                    "character such as `@`, `=` or `/`, or an invisible control character\n"
                    "pasted from another document, is none of these. Remove it, or put the\n"
                    "text in double quotes if it is meant as text; comments start with `#`.\n"
                    "\n"
                    "The habits of other tools each get this one message, with a fix, and\n"
                    "are read as what was meant: `//` and `/* */` comments (comments start\n"
                    "with `#`), typographic or single quotes around a string (write straight\n"
                    "double quotes), a dash between the two dates of a range (write `..`),\n"
                    "a `:` or `=` between a key and its value (`seats 5`), and characters one\n"
                    "cannot see, named by code point and Unicode name (U+00A0 NO-BREAK SPACE:\n"
                    "a plain space; U+200B ZERO WIDTH SPACE: nothing).\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable questionnaire \"Questionnaire to all stakeholders\" {\n"
              "  owner @WGEC\n"
              "  due 2013-09-17\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable questionnaire \"Questionnaire to all stakeholders\" {\n"
              "  owner WGEC\n"
              "  due 2013-09-17\n"
              "}\n"},
    {.code = RULE_INVALID_DATE,
     .name = "invalid-date",
     .severity = SEV_ERROR,
     .summary = "a date that does not exist or is not written YYYY-MM-DD, YYYY-MM or YYYY-Qn",
     .explanation = "Dates are written year, month, day with two-digit months and days\n"
                    "(2013-05-30), or year and month for a whole month (2013-05), or year and\n"
                    "quarter for a whole quarter (2025-Q1, Q1 to Q4). This date either does\n"
                    "not exist, like 30 February, a 13th month or a fifth quarter, or is\n"
                    "written another way, like 2013-5-1. A deadline on a day that does not\n"
                    "exist cannot be checked against the meetings and the report, so correct\n"
                    "it.\n"
                    "\n"
                    "Dates written day first (30/05/2013, 30.05.2013) or with slashes\n"
                    "(2013/05/30) get this one message with the date to write; when the day\n"
                    "and the month could be read either way (12/05/2014), both readings are\n"
                    "offered and neither is applied by `wgc check --fix`.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable analysis \"Analysis of the responses\" {\n"
              "  owner WGEC\n"
              "  due 2014-02-30\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable analysis \"Analysis of the responses\" {\n"
              "  owner WGEC\n"
              "  due 2014-02-28\n"
              "}\n"},
    {.code = RULE_NUMBER_TOO_LARGE,
     .name = "number-too-large",
     .severity = SEV_ERROR,
     .summary = "a number larger than 1,000,000,000",
     .explanation = "Numbers in a charter count seats, quotas and the like, and wgc accepts\n"
                    "none above one billion (1,000,000,000). A larger number is almost always\n"
                    "a typing slip, such as a key held down too long, or something pasted by\n"
                    "mistake. Check the figure and correct it.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27000000000\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"},
    {.code = RULE_SYNTAX_ERROR,
     .name = "syntax-error",
     .severity = SEV_ERROR,
     .summary = "the words of a statement are not in an order the language allows",
     .explanation = "Each statement of a charter follows a fixed pattern: a declaration such\n"
                    "as `group hosts \"Host countries\" { ... }`, or a property such as\n"
                    "`seats 5`, with several values separated by commas. Here wgc found\n"
                    "something where the pattern does not allow it, such as a missing comma\n"
                    "between values or a missing brace, and the message says what it found\n"
                    "and what it expected. Correct the statement; wgc goes on after it, and\n"
                    "checks everything else in the file, so one run reports every mistake.\n"
                    "\n"
                    "Some slips are read as what was meant, once reported: a misspelt kind\n"
                    "before a name (`deliverabel report`), a title without quotes, a word\n"
                    "that became a keyword in a later version of the language used as a\n"
                    "name (choose another name). A missing `}` is reported where the\n"
                    "indentation shows the block should have closed, with a note at its\n"
                    "`{`; a missing `{` at the end of the declaration that lacks it.\n",
     .wrong = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 7\n"
              "  group hosts Countries that hosted IGF meetings {\n"
              "    seats 2\n"
              "    stakeholder government\n"
              "    members \"Greece\", \"Brazil\"\n"
              "  }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n",
     .fixed = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 7\n"
              "  group hosts \"Countries that hosted IGF meetings\" {\n"
              "    seats 2\n"
              "    stakeholder government\n"
              "    members \"Greece\", \"Brazil\"\n"
              "  }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"},
    {.code = RULE_LIMIT_EXCEEDED,
     .name = "limit-exceeded",
     .severity = SEV_ERROR,
     .summary = "the file goes beyond a limit on nesting or size",
     .explanation = "To stay fast and safe on any input, wgc refuses blocks nested more than\n"
                    "64 deep, files over 64 MiB and any single name, number or quoted text\n"
                    "over 1 MiB. No real charter comes near these limits; they are reached by\n"
                    "files written by a faulty program, or by the wrong file given to wgc.\n"
                    "wgc stops at the limit and checks nothing else. Flatten the nesting or\n"
                    "split the file.\n",
     .wrong = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 1\n"
              "  group l1 \"L1\" { seats 1; group l2 \"L2\" { seats 1; group l3 \"L3\" { seats 1\n"
              "  group l4 \"L4\" { seats 1; group l5 \"L5\" { seats 1; group l6 \"L6\" { seats 1\n"
              "  group l7 \"L7\" { seats 1; group l8 \"L8\" { seats 1; group l9 \"L9\" { seats 1\n"
              "  group l10 \"L10\" { seats 1; group l11 \"L11\" { seats 1; group l12 \"L12\" { seats 1\n"
              "  group l13 \"L13\" { seats 1; group l14 \"L14\" { seats 1; group l15 \"L15\" { seats 1\n"
              "  group l16 \"L16\" { seats 1; group l17 \"L17\" { seats 1; group l18 \"L18\" { seats 1\n"
              "  group l19 \"L19\" { seats 1; group l20 \"L20\" { seats 1; group l21 \"L21\" { seats 1\n"
              "  group l22 \"L22\" { seats 1; group l23 \"L23\" { seats 1; group l24 \"L24\" { seats 1\n"
              "  group l25 \"L25\" { seats 1; group l26 \"L26\" { seats 1; group l27 \"L27\" { seats 1\n"
              "  group l28 \"L28\" { seats 1; group l29 \"L29\" { seats 1; group l30 \"L30\" { seats 1\n"
              "  group l31 \"L31\" { seats 1; group l32 \"L32\" { seats 1; group l33 \"L33\" { seats 1\n"
              "  group l34 \"L34\" { seats 1; group l35 \"L35\" { seats 1; group l36 \"L36\" { seats 1\n"
              "  group l37 \"L37\" { seats 1; group l38 \"L38\" { seats 1; group l39 \"L39\" { seats 1\n"
              "  group l40 \"L40\" { seats 1; group l41 \"L41\" { seats 1; group l42 \"L42\" { seats 1\n"
              "  group l43 \"L43\" { seats 1; group l44 \"L44\" { seats 1; group l45 \"L45\" { seats 1\n"
              "  group l46 \"L46\" { seats 1; group l47 \"L47\" { seats 1; group l48 \"L48\" { seats 1\n"
              "  group l49 \"L49\" { seats 1; group l50 \"L50\" { seats 1; group l51 \"L51\" { seats 1\n"
              "  group l52 \"L52\" { seats 1; group l53 \"L53\" { seats 1; group l54 \"L54\" { seats 1\n"
              "  group l55 \"L55\" { seats 1; group l56 \"L56\" { seats 1; group l57 \"L57\" { seats 1\n"
              "  group l58 \"L58\" { seats 1; group l59 \"L59\" { seats 1; group l60 \"L60\" { seats 1\n"
              "  group l61 \"L61\" { seats 1; group l62 \"L62\" { seats 1; group l63 \"L63\" { seats 1\n"
              "  group l64 \"L64\" { seats 1; group l65 \"L65\" { seats 1; stakeholder government\n"
              "  } } } } } } } } } } } } }\n"
              "  } } } } } } } } } } } } }\n"
              "  } } } } } } } } } } } } }\n"
              "  } } } } } } } } } } } } }\n"
              "  } } } } } } } } } } } } }\n"
              "}\n",
     .fixed = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 1\n"
              "  group l1 \"L1\" {\n"
              "    seats 1\n"
              "    group l2 \"L2\" {\n"
              "      seats 1\n"
              "      group l3 \"L3\" { seats 1; stakeholder government }\n"
              "    }\n"
              "  }\n"
              "}\n"},

    /* WG2xx: structure and names. Errors. */
    {.code = RULE_MISSING_WORKING_GROUP,
     .name = "missing-working-group",
     .severity = SEV_ERROR,
     .summary = "the file has no `working_group` declaration",
     .explanation = "Every charter describes one working group, declared once with\n"
                    "`working_group`, a short name and a title. Without it, the composition,\n"
                    "meetings and deliverables in the file belong to no group, and dates such\n"
                    "as the establishment and the report deadline cannot be checked. Add a\n"
                    "`working_group` declaration, usually at the top of the file.\n",
     .wrong = "# CSTD Working Group on Improvements to the IGF\n"
              "\n"
              "mandate \"ECOSOC resolution 2010/2\" {\n"
              "  adopted 2010-07-19\n"
              "  task \"seek, compile and review inputs on improvements to the IGF\"\n"
              "}\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n",
     .fixed = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "mandate \"ECOSOC resolution 2010/2\" {\n"
              "  adopted 2010-07-19\n"
              "  task \"seek, compile and review inputs on improvements to the IGF\"\n"
              "}\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"},
    {.code = RULE_DUPLICATE_WORKING_GROUP,
     .name = "duplicate-working-group",
     .severity = SEV_ERROR,
     .summary = "more than one `working_group` or `composition` in one file",
     .explanation = "A charter file describes exactly one working group and at most one\n"
                    "composition. A second `working_group` or `composition` declaration\n"
                    "usually means that two charters were pasted into one file, or that a\n"
                    "block was copied instead of moved. Keep one charter per file, and put\n"
                    "all the groups of the membership inside a single `composition`.\n",
     .wrong = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n",
     .fixed = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"},
    {.code = RULE_DUPLICATE_DEFINITION,
     .name = "duplicate-definition",
     .severity = SEV_ERROR,
     .summary = "a name is declared twice",
     .explanation = "Every body, role, region, group, event, meeting, deliverable and topic\n"
                    "has a short name by which the rest of the charter refers to it, so each\n"
                    "name may be declared only once in a file. Here a name is declared a\n"
                    "second time, often after a meeting or deliverable was copied and not\n"
                    "renamed; the message points to the first declaration. Give the second\n"
                    "one a name of its own.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M1 \"1st meeting\" on 2013-05-30..2013-05-31 at \"Geneva\"\n"
              "meeting M1 \"2nd meeting\" on 2013-11-06..2013-11-08 at \"Geneva\"\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M1 \"1st meeting\" on 2013-05-30..2013-05-31 at \"Geneva\"\n"
              "meeting M2 \"2nd meeting\" on 2013-11-06..2013-11-08 at \"Geneva\"\n"},
    {.code = RULE_UNDEFINED_REFERENCE,
     .name = "undefined-reference",
     .severity = SEV_ERROR,
     .summary = "a reference to a name that is not declared",
     .explanation = "Owners, dependencies, reporting lines and dates given as a meeting or\n"
                    "event are written as the short name of something declared elsewhere in\n"
                    "the file. This name is declared nowhere, often because of a typing slip;\n"
                    "wgc suggests the closest name that does exist. Correct the spelling, or\n"
                    "add the missing declaration.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable questionnaire \"Questionnaire to all stakeholders\" {\n"
              "  owner WGEC\n"
              "  due 2013-09-17\n"
              "}\n"
              "\n"
              "deliverable analysis \"Analysis of the responses\" {\n"
              "  owner WGEC\n"
              "  depends_on questionaire\n"
              "  due 2013-11-06\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable questionnaire \"Questionnaire to all stakeholders\" {\n"
              "  owner WGEC\n"
              "  due 2013-09-17\n"
              "}\n"
              "\n"
              "deliverable analysis \"Analysis of the responses\" {\n"
              "  owner WGEC\n"
              "  depends_on questionnaire\n"
              "  due 2013-11-06\n"
              "}\n"},
    {.code = RULE_WRONG_KIND_REFERENCE,
     .name = "wrong-kind-reference",
     .severity = SEV_ERROR,
     .summary = "a reference names something of a kind the property does not accept",
     .explanation = "Each property accepts references to certain kinds of things only: an\n"
                    "`owner` must be a role, a body, a group of the composition or the\n"
                    "working group itself; `depends_on` must name a deliverable or a\n"
                    "recommendation; `reports_to` must name a body. Here the name exists but\n"
                    "is of another kind, for example a meeting given as an owner, and the\n"
                    "message lists the kinds accepted. Refer to something of the right kind,\n"
                    "or move the name to the property where it belongs.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M1 \"1st meeting\" on 2013-05-30..2013-05-31 at \"Geneva\"\n"
              "\n"
              "deliverable questionnaire \"Questionnaire to all stakeholders\" {\n"
              "  owner M1\n"
              "  due 2013-09-17\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M1 \"1st meeting\" on 2013-05-30..2013-05-31 at \"Geneva\"\n"
              "\n"
              "deliverable questionnaire \"Questionnaire to all stakeholders\" {\n"
              "  owner WGEC\n"
              "  after M1\n"
              "  due 2013-09-17\n"
              "}\n"},
    {.code = RULE_UNKNOWN_PROPERTY,
     .name = "unknown-property",
     .severity = SEV_ERROR,
     .summary = "a property that does not exist or does not belong in this kind of declaration",
     .explanation = "Each kind of declaration takes its own set of properties: `seats` and\n"
                    "`stakeholder` belong to a group, `owner` and `due` to a deliverable,\n"
                    "`on` and `at` to a meeting. This line starts with a word that is either\n"
                    "no property at all, often a misspelling, or a property of another kind\n"
                    "of declaration; wgc suggests the closest one allowed here. Correct the\n"
                    "spelling, or move the line to the declaration it belongs in.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakholder civil_society }\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"},
    {.code = RULE_DUPLICATE_PROPERTY,
     .name = "duplicate-property",
     .severity = SEV_ERROR,
     .summary = "a property that takes one value is given twice",
     .explanation = "Some properties, such as `due`, `seats` and `status`, can hold only one\n"
                    "value in a declaration. Here the same property is given twice, so it is\n"
                    "unclear which value holds; often an old deadline was left in when a new\n"
                    "one was added. Keep the right one and delete the other. Properties such\n"
                    "as `task`, `agenda` and `note` may be repeated.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable report \"Report to the CSTD 17th session\" {\n"
              "  owner WGEC\n"
              "  due 2014-03-31\n"
              "  due 2014-04-30\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable report \"Report to the CSTD 17th session\" {\n"
              "  owner WGEC\n"
              "  due 2014-04-30\n"
              "}\n"},
    {.code = RULE_INVALID_VALUE,
     .name = "invalid-value",
     .severity = SEV_ERROR,
     .summary = "a value of the wrong type, count or spelling for its property",
     .explanation = "Each property takes a particular kind of value: `seats` a whole number,\n"
                    "`due` a date or the name of a meeting or event, `on` one date or a range\n"
                    "such as 2013-05-30..2013-05-31, `status` one of not_started, ongoing,\n"
                    "completed, uncertain or dropped. This value does not fit: it is of\n"
                    "another type, there are too many or too few values (two values without\n"
                    "the comma between them), or the word is not in the property's list, in\n"
                    "which case wgc suggests the closest one. Also reported: an offset in a\n"
                    "unit other than days, weeks or months; a group with both `per_region`\n"
                    "and `quota`; a `status` other than completed beside `done`. Write the\n"
                    "value in the form the property expects.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable questionnaire \"Questionnaire to all stakeholders\" {\n"
              "  owner WGEC\n"
              "  due 2013-09-17\n"
              "  status finished\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable questionnaire \"Questionnaire to all stakeholders\" {\n"
              "  owner WGEC\n"
              "  due 2013-09-17\n"
              "  status completed\n"
              "}\n"},
    {.code = RULE_MISPLACED_DECLARATION,
     .name = "misplaced-declaration",
     .severity = SEV_ERROR,
     .summary = "a declaration stands where its kind is not allowed",
     .explanation = "Some declarations only make sense inside others: a `group` belongs\n"
                    "inside the `composition` or inside another group, a `member` inside a\n"
                    "group, and a recommendation numbered like `1` inside its `topic`. Here\n"
                    "one stands outside its place, often because a closing brace came too\n"
                    "early, so it is not counted where the drafter meant. Move it inside the\n"
                    "declaration it belongs to.\n",
     .wrong = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 10\n"
              "  group states \"Member States\" { seats 5; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "group business \"Business\" { seats 5; stakeholder private_sector }\n",
     .fixed = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 15\n"
              "  group states \"Member States\" { seats 5; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "  group business \"Business\" { seats 5; stakeholder private_sector }\n"
              "}\n"},
    {.code = RULE_MISSING_PROPERTY,
     .name = "missing-property",
     .severity = SEV_ERROR,
     .summary = "a required property is missing",
     .explanation = "A few properties cannot be left out: every meeting and event needs `on`\n"
                    "with its date or dates, and the working group needs a title in quotes\n"
                    "after its name. Without them wgc cannot place the meeting in the\n"
                    "schedule, or name the working group in what it produces. Add the missing\n"
                    "property.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M1 \"1st meeting\" at \"Geneva\"\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M1 \"1st meeting\" on 2013-05-30..2013-05-31 at \"Geneva\"\n"},

    /* WG3xx: composition. */
    {.code = RULE_SEAT_COUNT_MISMATCH,
     .name = "seat-count-mismatch",
     .severity = SEV_ERROR,
     .summary = "the composition's seats differ from the sum of its groups' seats",
     .explanation = "The `seats` of the `composition` is the working group's total\n"
                    "membership, and the seats of its groups must add up to it. Here they do\n"
                    "not: either the total or a group's seats is wrong, and the message lists\n"
                    "the groups with their seats. A charter whose figures disagree leaves\n"
                    "open how many members the working group really has, so correct whichever\n"
                    "figure is wrong.\n",
     .wrong = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 42\n"
              "  group states \"Member States\" { seats 23; stakeholder government }\n"
              "  group business \"Business\" { seats 5; stakeholder private_sector }\n"
              "  group tech \"Academia and technical community\" { seats 5; stakeholder technical }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "  group io \"International organizations\" { seats 5; stakeholder intergovernmental }\n"
              "}\n",
     .fixed = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 43\n"
              "  group states \"Member States\" { seats 23; stakeholder government }\n"
              "  group business \"Business\" { seats 5; stakeholder private_sector }\n"
              "  group tech \"Academia and technical community\" { seats 5; stakeholder technical }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "  group io \"International organizations\" { seats 5; stakeholder intergovernmental }\n"
              "}\n"},
    {.code = RULE_SUBGROUP_SEAT_MISMATCH,
     .name = "subgroup-seat-mismatch",
     .severity = SEV_ERROR,
     .summary = "a group's seats differ from the sum of its subgroups' seats",
     .explanation = "A group may be divided into subgroups, for example the Member States\n"
                    "into members of the Commission and countries that hosted a meeting; each\n"
                    "subgroup's `seats` is its share of the parent group's seats. Here the\n"
                    "subgroups' seats do not add up to the parent's `seats`. Correct the\n"
                    "parent's total or the subgroups' shares so that they agree.\n",
     .wrong = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" {\n"
              "    seats 22\n"
              "    stakeholder government\n"
              "    group cstd \"CSTD member States\" { seats 15 }\n"
              "    group hosts \"Countries that hosted IGF meetings\" { seats 5 }\n"
              "  }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n",
     .fixed = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" {\n"
              "    seats 22\n"
              "    stakeholder government\n"
              "    group cstd \"CSTD member States\" { seats 17 }\n"
              "    group hosts \"Countries that hosted IGF meetings\" { seats 5 }\n"
              "  }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"},
    {.code = RULE_TOO_MANY_MEMBERS,
     .name = "too-many-members",
     .severity = SEV_ERROR,
     .summary = "a group names more members than it has seats",
     .explanation = "A group may list its members by name, with `members` or `member`, and\n"
                    "each of them takes a seat. Members with `since` and `until` dates who\n"
                    "follow each other share a seat, so what counts is the most members\n"
                    "seated on any one day. Here more are seated than the group has seats,\n"
                    "so either a name is one too many, a term's end is missing, or the seats\n"
                    "were not raised when the list grew. Remove the extra names, give the\n"
                    "terms their dates, or raise the group's `seats` and the totals above it.\n"
                    "In an `open` composition, where anyone may join, seats are not a cap\n"
                    "and this is not checked.\n",
     .wrong = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 10\n"
              "  group hosts \"Countries that hosted IGF meetings\" {\n"
              "    seats 5\n"
              "    stakeholder government\n"
              "    members \"Greece\", \"Brazil\", \"India\", \"Egypt\", \"Lithuania\", \"Kenya\"\n"
              "  }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n",
     .fixed = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 11\n"
              "  group hosts \"Countries that hosted IGF meetings\" {\n"
              "    seats 6\n"
              "    stakeholder government\n"
              "    members \"Greece\", \"Brazil\", \"India\", \"Egypt\", \"Lithuania\", \"Kenya\"\n"
              "  }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"},
    {.code = RULE_VACANT_SEATS,
     .name = "vacant-seats",
     .severity = SEV_WARNING,
     .summary = "a group names some of its members but fewer than its seats",
     .explanation = "This group names some members but fewer than it has seats, so some seats\n"
                    "appear to be vacant (members with dates count on the day the most of\n"
                    "them are seated). That may be intended while nominations are still\n"
                    "open, but it is often an oversight when a list was copied. Name the\n"
                    "remaining members or lower the seats; while seats are still to be\n"
                    "filled, `allow vacant-seats` in the group says so.\n",
     .wrong = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 10\n"
              "  group hosts \"Countries that hosted IGF meetings\" {\n"
              "    seats 5\n"
              "    stakeholder government\n"
              "    members \"Greece\", \"Brazil\", \"India\", \"Egypt\"\n"
              "  }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n",
     .fixed = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 10\n"
              "  group hosts \"Countries that hosted IGF meetings\" {\n"
              "    seats 5\n"
              "    stakeholder government\n"
              "    members \"Greece\", \"Brazil\", \"India\", \"Egypt\", \"Lithuania\"\n"
              "  }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"},
    {.code = RULE_DUPLICATE_MEMBER,
     .name = "duplicate-member",
     .severity = SEV_ERROR,
     .summary = "the same member sits twice in the composition",
     .explanation = "Each member holds one seat in the composition. Here the same name\n"
                    "appears twice, in one group or in two, so one member is counted as two;\n"
                    "names are compared without regard to capital letters or to how accented\n"
                    "letters were typed. Remove one of the two, or name the member meant for\n"
                    "the other seat.\n",
     .wrong = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 9\n"
              "  group hosts \"Countries that hosted IGF meetings\" {\n"
              "    seats 2\n"
              "    stakeholder government\n"
              "    members \"Greece\", \"Brazil\"\n"
              "  }\n"
              "  group cstd \"CSTD member States\" {\n"
              "    seats 2\n"
              "    stakeholder government\n"
              "    members \"Brazil\", \"Kenya\"\n"
              "  }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n",
     .fixed = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 9\n"
              "  group hosts \"Countries that hosted IGF meetings\" {\n"
              "    seats 2\n"
              "    stakeholder government\n"
              "    members \"Greece\", \"Brazil\"\n"
              "  }\n"
              "  group cstd \"CSTD member States\" {\n"
              "    seats 2\n"
              "    stakeholder government\n"
              "    members \"Chile\", \"Kenya\"\n"
              "  }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"},
    {.code = RULE_REGIONAL_QUOTA_MISMATCH,
     .name = "regional-quota-mismatch",
     .severity = SEV_ERROR,
     .summary = "a regional quota does not match the group's seats or members",
     .explanation = "`per_region N` gives a group N seats from each declared region, such as\n"
                    "two from each UN regional group; `quota REGION N`, one line per region,\n"
                    "gives unequal numbers, as ECOSOC's commissions have. The group's seats\n"
                    "must then be what the quota adds up to, each named member must say\n"
                    "with `from` which region they come from, and on no day may a region\n"
                    "seat more members than its quota. Here one of these does not hold, so\n"
                    "the composition does not keep the regional balance it promises. Correct\n"
                    "the quota, the seats or the members' regions.\n",
     .wrong = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "region african \"African States\"\n"
              "region grulac \"Latin American and Caribbean States\"\n"
              "\n"
              "composition {\n"
              "  seats 9\n"
              "  group states \"Member States, two from each regional group\" {\n"
              "    seats 4\n"
              "    stakeholder government\n"
              "    per_region 2\n"
              "    member \"Kenya\" from african\n"
              "    member \"Egypt\" from african\n"
              "    member \"Brazil\" from grulac\n"
              "    member \"Argentina\" from african\n"
              "  }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n",
     .fixed = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "region african \"African States\"\n"
              "region grulac \"Latin American and Caribbean States\"\n"
              "\n"
              "composition {\n"
              "  seats 9\n"
              "  group states \"Member States, two from each regional group\" {\n"
              "    seats 4\n"
              "    stakeholder government\n"
              "    per_region 2\n"
              "    member \"Kenya\" from african\n"
              "    member \"Egypt\" from african\n"
              "    member \"Brazil\" from grulac\n"
              "    member \"Argentina\" from grulac\n"
              "  }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"},
    {.code = RULE_GROUP_WITHOUT_SEATS,
     .name = "group-without-seats",
     .severity = SEV_ERROR,
     .summary = "a group has no seats",
     .explanation = "Every group in a composition must hold seats: a `seats` number,\n"
                    "subgroups with seats, or named members. This group has none, or has\n"
                    "`seats 0`, so it would take part in the working group without a single\n"
                    "representative. Give it its seats and raise the composition's total to\n"
                    "match; if anyone may join, mark the composition `open`.\n",
     .wrong = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 10\n"
              "  group states \"Member States\" { seats 5; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "  group io \"International organizations\" { stakeholder intergovernmental }\n"
              "}\n",
     .fixed = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 15\n"
              "  group states \"Member States\" { seats 5; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "  group io \"International organizations\" { seats 5; stakeholder intergovernmental }\n"
              "}\n"},
    {.code = RULE_MULTISTAKEHOLDER_IMBALANCE,
     .name = "multistakeholder-imbalance",
     .severity = SEV_WARNING,
     .summary = "a multistakeholder working group whose seats go to one kind of stakeholder",
     .explanation = "This working group is declared `character multistakeholder`, but its\n"
                    "composition gives seats to only one kind of stakeholder, or to none\n"
                    "outside government (a group with several `stakeholder` words counts\n"
                    "under each; `non_voting` seats do not count). A multistakeholder group\n"
                    "is expected to seat governments alongside civil society, the private\n"
                    "sector and the technical and academic community. Add the missing\n"
                    "stakeholder groups with their seats; only if the charter seats no one\n"
                    "else at all may it be meant `intergovernmental` instead.\n",
     .wrong = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\" {\n"
              "  character multistakeholder\n"
              "}\n"
              "\n"
              "composition {\n"
              "  seats 23\n"
              "  group states \"Member States\" { seats 23; stakeholder government }\n"
              "}\n",
     .fixed = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\" {\n"
              "  character multistakeholder\n"
              "}\n"
              "\n"
              "composition {\n"
              "  seats 33\n"
              "  group states \"Member States\" { seats 23; stakeholder government }\n"
              "  group business \"Business\" { seats 5; stakeholder private_sector }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"},
    {.code = RULE_MISSING_COMPOSITION,
     .name = "missing-composition",
     .severity = SEV_WARNING,
     .summary = "the charter has no `composition`",
     .explanation = "A charter normally says who sits in the working group: how many seats,\n"
                    "for which stakeholder groups and, where known, who holds them. This file\n"
                    "has no `composition` block, so none of that can be shown or checked. Add\n"
                    "one; if anyone may take part, write `composition { open }`.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\" {\n"
              "  established 2013-05-30\n"
              "  decides_by consensus\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\" {\n"
              "  established 2013-05-30\n"
              "  decides_by consensus\n"
              "}\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"},

    /* WG4xx: ownership. */
    {.code = RULE_MISSING_OWNER,
     .name = "missing-owner",
     .severity = SEV_ERROR,
     .summary = "a deliverable or recommendation has no owner",
     .explanation = "Every deliverable and recommendation needs someone responsible for it:\n"
                    "the working group itself, a body such as the secretariat, a role such as\n"
                    "the chair, or a group of the composition. This one has no `owner`, and\n"
                    "neither has its topic, so nobody answers for it. Add an `owner`, or give\n"
                    "the topic an `owner` that its recommendations share.\n",
     .wrong = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable compilation \"Compilation of the inputs received\" {\n"
              "  due 2011-03-25\n"
              "}\n",
     .fixed = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable compilation \"Compilation of the inputs received\" {\n"
              "  owner WGIGF\n"
              "  due 2011-03-25\n"
              "}\n"},
    {.code = RULE_UNHELD_ROLE,
     .name = "unheld-role",
     .severity = SEV_WARNING,
     .summary = "a role that owns work has nobody named to hold it",
     .explanation = "A role such as the chair or a rapporteur is responsible here for at\n"
                    "least one deliverable or recommendation, but the charter does not say\n"
                    "who holds it. Naming the person with `held_by` makes clear who answers\n"
                    "for the work. Add `held_by` with the name; while the post is vacant,\n"
                    "`allow unheld-role` in the role says so.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "role chair \"Chair of the working group\"\n"
              "\n"
              "deliverable report \"Report to the CSTD 17th session\" {\n"
              "  owner chair\n"
              "  due 2014-04-30\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "role chair \"Chair of the working group\" { held_by \"Peter Major\" }\n"
              "\n"
              "deliverable report \"Report to the CSTD 17th session\" {\n"
              "  owner chair\n"
              "  due 2014-04-30\n"
              "}\n"},

    /* WG5xx: schedule. */
    {.code = RULE_DEPENDENCY_CYCLE,
     .name = "dependency-cycle",
     .severity = SEV_ERROR,
     .summary = "items depend on each other in a circle",
     .explanation = "`depends_on` says that an item can only be finished after another. Here\n"
                    "the links lead back to where they started, so none of the items in the\n"
                    "circle could ever be finished first; the message spells out the whole\n"
                    "circle. Remove the link that is wrong.\n",
     .wrong = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "topic II \"Working modalities\" {\n"
              "  owner WGIGF\n"
              "  recommendation 1 \"Improve the preparatory process of the IGF\" { depends_on II.2 }\n"
              "  recommendation 2 \"Improve the working methods of the MAG\" { depends_on II.1 }\n"
              "}\n",
     .fixed = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "topic II \"Working modalities\" {\n"
              "  owner WGIGF\n"
              "  recommendation 1 \"Improve the preparatory process of the IGF\"\n"
              "  recommendation 2 \"Improve the working methods of the MAG\" { depends_on II.1 }\n"
              "}\n"},
    {.code = RULE_DEADLINE_INVERSION,
     .name = "deadline-inversion",
     .severity = SEV_ERROR,
     .summary = "an item is due before an item it depends on",
     .explanation = "When one item depends on another, it cannot be finished before the other\n"
                    "is. Here an item's `due` date comes before the `due` date of something\n"
                    "it depends on, so the schedule cannot be kept as written. Move one of\n"
                    "the two deadlines, or check whether the dependency is right.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable questionnaire \"Questionnaire to all stakeholders\" {\n"
              "  owner WGEC\n"
              "  due 2013-09-17\n"
              "}\n"
              "\n"
              "deliverable analysis \"Analysis of the responses\" {\n"
              "  owner WGEC\n"
              "  depends_on questionnaire\n"
              "  due 2013-09-01\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable questionnaire \"Questionnaire to all stakeholders\" {\n"
              "  owner WGEC\n"
              "  due 2013-09-17\n"
              "}\n"
              "\n"
              "deliverable analysis \"Analysis of the responses\" {\n"
              "  owner WGEC\n"
              "  depends_on questionnaire\n"
              "  due 2013-11-06\n"
              "}\n"},
    {.code = RULE_DUE_AFTER_REPORT,
     .name = "due-after-report",
     .severity = SEV_ERROR,
     .summary = "an item is due after the working group's report is due",
     .explanation = "The working group's `report_due` date, or the end of its term, is when\n"
                    "its work must be done; the term is that of the latest mandate that gives\n"
                    "one (a renewal), else the working group's own `term`. This item is due\n"
                    "later, so it could not be part of the report, or would fall after the\n"
                    "mandate ends. Bring the deadline forward, or correct the report date.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\" {\n"
              "  established 2013-05-30\n"
              "  report_due 2014-05-12\n"
              "}\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable draft \"Draft recommendations\" {\n"
              "  owner WGEC\n"
              "  due 2014-06-30\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\" {\n"
              "  established 2013-05-30\n"
              "  report_due 2014-05-12\n"
              "}\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable draft \"Draft recommendations\" {\n"
              "  owner WGEC\n"
              "  due 2014-04-30\n"
              "}\n"},
    {.code = RULE_BEFORE_ESTABLISHMENT,
     .name = "before-establishment",
     .severity = SEV_ERROR,
     .summary = "a date falls before the working group was established",
     .explanation = "Nothing can happen in a working group before it exists. Here a meeting\n"
                    "or a deadline falls before the working group's `established` date, or\n"
                    "the working group is said to be established before the mandate that\n"
                    "created it (the earliest adopted; later ones are renewals) was adopted.\n"
                    "This is usually a slip in the year; correct the date.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\" {\n"
              "  established 2013-05-30\n"
              "}\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable questionnaire \"Questionnaire to all stakeholders\" {\n"
              "  owner WGEC\n"
              "  due 2012-09-17\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\" {\n"
              "  established 2013-05-30\n"
              "}\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable questionnaire \"Questionnaire to all stakeholders\" {\n"
              "  owner WGEC\n"
              "  due 2013-09-17\n"
              "}\n"},
    {.code = RULE_REVERSED_RANGE,
     .name = "reversed-range",
     .severity = SEV_ERROR,
     .summary = "a date range ends before it starts",
     .explanation = "A range such as 2013-05-30..2013-05-31 is written start first and end\n"
                    "second, both days included; so is a period with `since` and `until`.\n"
                    "This one ends before it starts, usually because the two dates were\n"
                    "swapped or a month was mistyped. Write the earlier date first.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M2 \"2nd meeting\" on 2013-11-08..2013-11-06 at \"Geneva\"\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M2 \"2nd meeting\" on 2013-11-06..2013-11-08 at \"Geneva\"\n"},
    {.code = RULE_MEETING_OVERLAP,
     .name = "meeting-overlap",
     .severity = SEV_WARNING,
     .summary = "two meetings take place on overlapping dates",
     .explanation = "Two meetings of the working group surely share at least one day (a\n"
                    "meeting dated only to a month or a quarter may be on any of its days,\n"
                    "so it overlaps another only if every one of them would). Members can\n"
                    "rarely attend two meetings at once, so this is usually a date copied\n"
                    "from another meeting and not updated. Correct the dates; if the meetings\n"
                    "really are held in parallel, `allow meeting-overlap` in the meeting the\n"
                    "warning points at says so.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M1 \"1st meeting\" on 2013-05-30..2013-05-31 at \"Geneva\"\n"
              "meeting M2 \"2nd meeting\" on 2013-05-30..2013-05-31 at \"Geneva\"\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M1 \"1st meeting\" on 2013-05-30..2013-05-31 at \"Geneva\"\n"
              "meeting M2 \"2nd meeting\" on 2013-11-06..2013-11-08 at \"Geneva\"\n"},
    {.code = RULE_MISSING_DUE,
     .name = "missing-due",
     .severity = SEV_WARNING,
     .summary = "a deliverable has no deadline",
     .explanation = "A deliverable without `due` has no deadline, so the charter does not say\n"
                    "when the work is expected, and wgc cannot check it against the meetings,\n"
                    "the report date or its dependencies. Add `due` with a date, or with the\n"
                    "name of the meeting or event it must be ready for. Work with no end\n"
                    "(`standing`), work the charter says may be done (`optional`), work\n"
                    "already finished (`done`) and work whose last milestone has a date need\n"
                    "none.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable questionnaire \"Questionnaire to all stakeholders\" {\n"
              "  owner WGEC\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable questionnaire \"Questionnaire to all stakeholders\" {\n"
              "  owner WGEC\n"
              "  due 2013-09-17\n"
              "}\n"},
    {.code = RULE_IMPOSSIBLE_WINDOW,
     .name = "impossible-window",
     .severity = SEV_ERROR,
     .summary = "an item's earliest start is later than its deadline",
     .explanation = "`after` says when work on an item can start at the earliest, and `due`\n"
                    "when it must be done. Here `after` is later than `due`, so the item\n"
                    "would have to be finished before it could begin. Correct one of the two;\n"
                    "note that `after` a meeting or event means after its last day.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M1 \"1st meeting\" on 2013-05-30..2013-05-31 at \"Geneva\"\n"
              "meeting M2 \"2nd meeting\" on 2013-11-06..2013-11-08 at \"Geneva\"\n"
              "\n"
              "deliverable questionnaire \"Questionnaire to all stakeholders\" {\n"
              "  owner WGEC\n"
              "  after M2\n"
              "  due 2013-09-17\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M1 \"1st meeting\" on 2013-05-30..2013-05-31 at \"Geneva\"\n"
              "meeting M2 \"2nd meeting\" on 2013-11-06..2013-11-08 at \"Geneva\"\n"
              "\n"
              "deliverable questionnaire \"Questionnaire to all stakeholders\" {\n"
              "  owner WGEC\n"
              "  after M1\n"
              "  due 2013-09-17\n"
              "}\n"},
    {.code = RULE_MEETING_AFTER_REPORT,
     .name = "meeting-after-report",
     .severity = SEV_WARNING,
     .summary = "a meeting takes place after the working group's report is due",
     .explanation = "The working group's work ends when its report is due, or its term ends.\n"
                    "This meeting takes place later, so it cannot contribute to the report.\n"
                    "Check the meeting's dates and the `report_due` date or the `term`; if\n"
                    "the working group will in fact meet again after reporting, `allow\n"
                    "meeting-after-report` in the meeting says so.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\" {\n"
              "  established 2013-05-30\n"
              "  report_due 2014-05-12\n"
              "}\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M4 \"4th meeting\" on 2014-05-30..2014-06-02 at \"Geneva\"\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\" {\n"
              "  established 2013-05-30\n"
              "  report_due 2014-05-12\n"
              "}\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M4 \"4th meeting\" on 2014-04-30..2014-05-02 at \"Geneva\"\n"},

    {.code = RULE_MILESTONE_ORDER,
     .name = "milestone-order",
     .severity = SEV_ERROR,
     .summary = "a milestone is due before the one written above it, or after its item",
     .explanation = "The milestones of a deliverable or recommendation are its steps, written\n"
                    "in the order they happen: a First Public Working Draft, then a Candidate\n"
                    "Recommendation, then a Recommendation. Here a milestone is due before\n"
                    "the milestone above it, or after the item it belongs to is due, so the\n"
                    "steps cannot all be met. Correct the date, or put the milestones in the\n"
                    "order they are due.\n",
     .wrong = WG510_HEAD
              "  milestone cr \"Candidate Recommendation\" { due 2022-06 }\n"
              "  milestone rec \"Recommendation\" { due 2024-06 }\n"
              "}\n",
     .fixed = WG510_HEAD
              "  milestone cr \"Candidate Recommendation\" { due 2023-09 }\n"
              "  milestone rec \"Recommendation\" { due 2024-06 }\n"
              "}\n"},
    {.code = RULE_OFFSET_OUT_OF_RANGE,
     .name = "offset-out-of-range",
     .severity = SEV_ERROR,
     .summary = "an offset moves a date by more than 100 years, or outside 1900-2199",
     .explanation = "A date may be counted from another, as in `due cr - 3 months`. An offset\n"
                    "of more than 100 years, or one that lands before 1900 or after 2199, is\n"
                    "no plan a working group makes: it is almost always a slip, a number\n"
                    "typed with zeros too many or a wrong unit. Correct the number or the\n"
                    "unit (`days`, `weeks` or `months`).\n",
     .wrong = WG511_HEAD
              "  milestone review \"Horizontal review sought\" { due vcdm2.cr - 3000 months }\n"
              "  milestone cr \"Candidate Recommendation\" { due 2023-09 }\n"
              "}\n",
     .fixed = WG511_HEAD
              "  milestone review \"Horizontal review sought\" { due vcdm2.cr - 3 months }\n"
              "  milestone cr \"Candidate Recommendation\" { due 2023-09 }\n"
              "}\n"},
    /* WG6xx: status. WG602 needs a reference date: --as-of, else `as_of`. */
    {.code = RULE_STATUS_INVERSION,
     .name = "status-inversion",
     .severity = SEV_WARNING,
     .summary = "an item marked completed depends on one that is not completed",
     .explanation = "An item that depends on another can only be finished once the other is.\n"
                    "Here an item is marked `status completed`, but something it depends on\n"
                    "is not, so one of the two statuses is out of date. Update the statuses\n"
                    "so that they tell the same story.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable analysis \"Analysis of the responses\" {\n"
              "  owner WGEC\n"
              "  due 2013-11-06\n"
              "  status ongoing\n"
              "}\n"
              "\n"
              "deliverable report \"Report to the CSTD 17th session\" {\n"
              "  owner WGEC\n"
              "  depends_on analysis\n"
              "  due 2014-04-30\n"
              "  status completed\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable analysis \"Analysis of the responses\" {\n"
              "  owner WGEC\n"
              "  due 2013-11-06\n"
              "  status completed\n"
              "}\n"
              "\n"
              "deliverable report \"Report to the CSTD 17th session\" {\n"
              "  owner WGEC\n"
              "  depends_on analysis\n"
              "  due 2014-04-30\n"
              "  status completed\n"
              "}\n"},
    {.code = RULE_OVERDUE,
     .name = "overdue",
     .severity = SEV_WARNING,
     .summary = "an item is past its deadline and not completed",
     .explanation = "On the reference date, given by `as_of` in the working group or by\n"
                    "`--as-of` on the command line, this item is past its `due` date but is\n"
                    "neither `completed` nor `dropped` (`done` makes it `completed`). Either\n"
                    "the work is late or its status was not brought up to date. Update the\n"
                    "`status`, or agree a new deadline. Work that is `standing` or `optional`\n"
                    "is never overdue, nor an item due with its last milestone: that\n"
                    "milestone is.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\" {\n"
              "  as_of 2014-01-15\n"
              "}\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable analysis \"Analysis of the responses\" {\n"
              "  owner WGEC\n"
              "  due 2013-11-06\n"
              "  status ongoing\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\" {\n"
              "  as_of 2014-01-15\n"
              "}\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable analysis \"Analysis of the responses\" {\n"
              "  owner WGEC\n"
              "  due 2013-11-06\n"
              "  status completed\n"
              "}\n"},
    {.code = RULE_DEPENDS_ON_DROPPED,
     .name = "depends-on-dropped",
     .severity = SEV_WARNING,
     .summary = "an item depends on an item that was dropped",
     .explanation = "This item depends on another that is marked `status dropped`, so what it\n"
                    "is waiting for will never come. Remove the dependency if the item can go\n"
                    "ahead without it, give it another input, or drop this item too.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable consultation \"Open consultation with stakeholders\" {\n"
              "  owner WGEC\n"
              "  due 2013-09-17\n"
              "  status dropped\n"
              "}\n"
              "\n"
              "deliverable analysis \"Analysis of the inputs\" {\n"
              "  owner WGEC\n"
              "  depends_on consultation\n"
              "  due 2013-11-06\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "deliverable consultation \"Open consultation with stakeholders\" {\n"
              "  owner WGEC\n"
              "  due 2013-09-17\n"
              "  status dropped\n"
              "}\n"
              "\n"
              "deliverable analysis \"Analysis of the inputs\" {\n"
              "  owner WGEC\n"
              "  due 2013-11-06\n"
              "}\n"},

    /* WG7xx: hygiene. */
    {.code = RULE_UNUSED_DECLARATION,
     .name = "unused-declaration",
     .severity = SEV_WARNING,
     .summary = "a body, role, region or event that nothing refers to",
     .explanation = "This body, role, region or event is declared, but nothing else in the\n"
                    "charter refers to it: no owner, reporting line, liaison, date or member\n"
                    "mentions it. It may be left over from an earlier draft, or a reference\n"
                    "to it may be missing. Refer to it where it belongs, or delete it. A\n"
                    "role that someone holds is part of the group and is not reported.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\" {\n"
              "  reports_to CSTD\n"
              "}\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "body CSTD \"Commission on Science and Technology for Development\"\n"
              "body ECOSOC \"Economic and Social Council\"\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\" {\n"
              "  reports_to CSTD\n"
              "}\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "body CSTD \"Commission on Science and Technology for Development\" { reports_to ECOSOC }\n"
              "body ECOSOC \"Economic and Social Council\"\n"},
    {.code = RULE_REPORTING_CYCLE,
     .name = "reporting-cycle",
     .severity = SEV_ERROR,
     .summary = "bodies report to each other in a circle",
     .explanation = "`reports_to` describes the line of accountability from a body up to the\n"
                    "one above it. Here the line comes back to where it started, for example\n"
                    "the Commission reporting to the Council and the Council to the\n"
                    "Commission, so the line has no top. Correct the body whose `reports_to`\n"
                    "is wrong.\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\" {\n"
              "  reports_to CSTD\n"
              "}\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "body CSTD \"Commission on Science and Technology for Development\" { reports_to ECOSOC }\n"
              "body ECOSOC \"Economic and Social Council\" { reports_to CSTD }\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\" {\n"
              "  reports_to CSTD\n"
              "}\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "body UNGA \"United Nations General Assembly\"\n"
              "body ECOSOC \"Economic and Social Council\" { reports_to UNGA }\n"
              "body CSTD \"Commission on Science and Technology for Development\" { reports_to ECOSOC }\n"},
    {.code = RULE_EMPTY_TOPIC,
     .name = "empty-topic",
     .severity = SEV_WARNING,
     .summary = "a topic has no recommendations",
     .explanation = "A topic gathers the recommendations made on one subject. This one has\n"
                    "none, so it stands in the charter without content: its recommendations\n"
                    "may not be written yet, or may have been placed outside it. Add its\n"
                    "recommendations, or remove the topic.\n",
     .wrong = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "topic III \"Funding of the IGF\" { owner WGIGF }\n",
     .fixed = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "topic III \"Funding of the IGF\" {\n"
              "  owner WGIGF\n"
              "  recommendation 1 \"Encourage increased voluntary financial contributions\"\n"
              "}\n"},
    {.code = RULE_USELESS_ALLOW,
     .name = "useless-allow",
     .severity = SEV_WARNING,
     .summary = "an `allow` names an error or a rule that does not exist",
     .explanation = "`allow` silences chosen warnings in one declaration, for cases the\n"
                    "drafters have considered and accepted. It cannot silence errors, which\n"
                    "must be corrected, and it must name an existing rule, by name such as\n"
                    "`vacant-seats` or by code such as `WG304`. Here a name given to `allow`\n"
                    "is an error or no rule at all, so it has no effect. Remove it, or\n"
                    "correct its spelling.\n",
     .wrong = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 10\n"
              "  group hosts \"Countries that hosted IGF meetings\" {\n"
              "    seats 5\n"
              "    stakeholder government\n"
              "    members \"Greece\", \"Brazil\", \"India\", \"Egypt\"\n"
              "    # the fifth host country is chosen at the next session\n"
              "    allow vacant-seats, missing-owner\n"
              "  }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n",
     .fixed = "working_group WGIGF \"CSTD Working Group on Improvements to the IGF\"\n"
              "\n"
              "composition {\n"
              "  seats 10\n"
              "  group hosts \"Countries that hosted IGF meetings\" {\n"
              "    seats 5\n"
              "    stakeholder government\n"
              "    members \"Greece\", \"Brazil\", \"India\", \"Egypt\"\n"
              "    # the fifth host country is chosen at the next session\n"
              "    allow vacant-seats\n"
              "  }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"},
    {.code = RULE_STALE_ALLOW,
     .name = "stale-allow",
     .severity = SEV_WARNING,
     .summary = "an `allow` that silenced nothing",
     .explanation = "`allow` silences a warning that the drafters have considered and\n"
                    "accepted. This one silenced nothing in its declaration: the problem it\n"
                    "was written for has been fixed, or it never arose there. Kept, it would\n"
                    "hide the next such problem without anyone deciding to, so remove it.\n"
                    "(An `allow overdue` is kept quiet when no reference date is given, since\n"
                    "the overdue check then does not run.)\n",
     .wrong = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M1 \"1st meeting\" on 2013-05-30..2013-05-31 at \"Geneva\"\n"
              "meeting M2 \"2nd meeting\" on 2013-11-06..2013-11-08 at \"Geneva\" {\n"
              "  allow meeting-overlap  # from when its dates were wrong\n"
              "}\n",
     .fixed = "working_group WGEC \"CSTD Working Group on Enhanced Cooperation\"\n"
              "\n"
              "composition {\n"
              "  seats 27\n"
              "  group states \"Member States\" { seats 22; stakeholder government }\n"
              "  group civil \"Civil society\" { seats 5; stakeholder civil_society }\n"
              "}\n"
              "\n"
              "meeting M1 \"1st meeting\" on 2013-05-30..2013-05-31 at \"Geneva\"\n"
              "meeting M2 \"2nd meeting\" on 2013-11-06..2013-11-08 at \"Geneva\"\n"},
};

const int rule_count = (int)(sizeof rule_table / sizeof rule_table[0]);

const Rule *rule_by_code(int code) {
  for (int i = 0; i < rule_count; i++)
    if (rule_table[i].code == code) return &rule_table[i];
  return NULL;
}

/* "WG301", "wg301" or "301" gives 301; anything else gives 0. Exactly
** three digits, so "WG0301" and "WG31" name no rule. */
static int parse_code(const char *s) {
  if ((s[0] == 'W' || s[0] == 'w') && (s[1] == 'G' || s[1] == 'g')) s += 2;
  if (strlen(s) != 3) return 0;
  int code = 0;
  for (int i = 0; i < 3; i++) {
    if (s[i] < '0' || s[i] > '9') return 0;
    code = code * 10 + (s[i] - '0');
  }
  return code;
}

const Rule *rule_find(const char *code_or_name) {
  if (!code_or_name) return NULL;
  int code = parse_code(code_or_name);
  if (code) return rule_by_code(code);
  for (int i = 0; i < rule_count; i++)
    if (strcmp(rule_table[i].name, code_or_name) == 0) return &rule_table[i];
  return NULL;
}
