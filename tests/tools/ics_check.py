#!/usr/bin/python3
"""Checks iCalendar files from `wgc ics` with Debian's python3-icalendar,
an iCalendar parser that owes nothing to wgc, and prints what it read.

    /usr/bin/python3 tests/tools/ics_check.py FILE.ics [FILE.json]

Checks RFC 5545's framing on the raw bytes (CRLF line ends, lines of at
most 75 octets, folds that split no UTF-8 character), then parses the file
and checks that every VEVENT has a UID (all different), a DTSTAMP and an
all-day DTSTART before its DTEND. With FILE.json (`wgc json` of the same
charter) it checks that the events are the expected ones: one per dated
meeting and event, one per item with a due date, one for report_due.
Prints one line per event, `UID START..END [dates of a series]`, the
series expanded with dateutil (as icalendar does), so a test can compare
it with another parser's reading. Exit 0 when all holds, 1 otherwise.
"""
import datetime
import json
import sys

from dateutil.rrule import rrulestr
from icalendar import Calendar


def fail(msg):
    print("ics_check: " + msg, file=sys.stderr)
    sys.exit(1)


def framing(raw):
    if not raw.endswith(b"\r\n"):
        fail("the file does not end with CRLF")
    for n, line in enumerate(raw.split(b"\r\n")[:-1], 1):
        if b"\n" in line or b"\r" in line:
            fail("line %d: a bare CR or LF" % n)
        if len(line) > 75:
            fail("line %d: %d octets, more than 75" % (n, len(line)))
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            fail("line %d: a fold splits a UTF-8 character" % n)


def expected_count(doc):
    n = sum(1 for m in doc["meetings"] if m["start"])
    n += sum(1 for e in doc["events"] if e["start"])
    n += sum(1 for i in doc["items"] if i["due"])
    wg = doc["working_group"]
    return n + (1 if wg and wg["report_due"] else 0)


def main(argv):
    if len(argv) not in (2, 3):
        fail("usage: ics_check.py FILE.ics [FILE.json]")
    raw = open(argv[1], "rb").read()
    framing(raw)
    cal = Calendar.from_ical(raw)
    if cal.get("VERSION") != "2.0" or not cal.get("PRODID"):
        fail("VERSION 2.0 and PRODID are required")
    events = cal.walk("VEVENT")
    uids = set()
    for ev in events:
        uid = str(ev.get("UID"))
        if not ev.get("UID") or uid in uids:
            fail("a missing or repeated UID: %r" % uid)
        uids.add(uid)
        if not ev.get("DTSTAMP"):
            fail(uid + ": no DTSTAMP")
        start, end = ev.decoded("DTSTART"), ev.decoded("DTEND")
        if hasattr(start, "hour") or hasattr(end, "hour") or not start < end:
            fail(uid + ": not an all-day event ending after it starts")
        line = "%s %s..%s" % (uid, start.isoformat(), end.isoformat())
        if ev.get("RRULE"):
            rule = ev.get("RRULE").to_ical().decode()
            first = datetime.datetime.combine(start, datetime.time())
            days = set(d.date() for d in rrulestr(rule, dtstart=first))
            rdates = ev.get("RDATE")
            for r in rdates if isinstance(rdates, list) else [rdates] if rdates else []:
                days.update(d.dt for d in r.dts)
            line += " [" + " ".join(d.isoformat() for d in sorted(days)) + "]"
        print(line)
    if len(argv) == 3:
        want = expected_count(json.load(open(argv[2])))
        if want != len(events):
            fail("%d events, expected %d" % (len(events), want))
    return 0


sys.exit(main(sys.argv))
