#!/usr/bin/env node
// Reads iCalendar files from `wgc ics` with ical.js (Mozilla's parser,
// the one Thunderbird uses), a second reading independent of both wgc and
// python3-icalendar, and prints what it read in the same form as
// tests/tools/ics_check.py: `UID START..END [dates of a series]`, END
// exclusive, a series expanded by ical.js's own RRULE iterator.
//
//   node tests/tools/publish/ics_check.js FILE.ics
//
// Exit 0 when the file parses and every VEVENT has a UID, a DTSTAMP and
// an all-day DTSTART; 1 otherwise; 2 on a usage or I/O error.
'use strict';

const fs = require('fs');
const ICAL = require('ical.js');

const MAX_OCCURRENCES = 10000; // a runaway series is a failure, not a hang

function main(argv) {
  if (argv.length !== 1) {
    process.stderr.write('usage: node ics_check.js FILE.ics\n');
    return 2;
  }
  let text;
  try {
    text = fs.readFileSync(argv[0], 'utf8');
  } catch (e) {
    process.stderr.write(`ics_check.js: ${e.message}\n`);
    return 2;
  }
  const cal = new ICAL.Component(ICAL.parse(text));
  const lines = [];
  for (const comp of cal.getAllSubcomponents('vevent')) {
    const ev = new ICAL.Event(comp);
    const start = comp.getFirstPropertyValue('dtstart');
    const end = comp.getFirstPropertyValue('dtend');
    if (!ev.uid || !comp.getFirstPropertyValue('dtstamp') || !start || !start.isDate) {
      process.stderr.write(`ics_check.js: an event without UID, DTSTAMP or all-day DTSTART\n`);
      return 1;
    }
    let line = `${ev.uid} ${start.toString()}..${end.toString()}`;
    if (ev.isRecurring()) {
      const it = ev.iterator();
      const days = [];
      for (let next = it.next(); next; next = it.next()) {
        if (days.length === MAX_OCCURRENCES) {
          process.stderr.write(`ics_check.js: ${ev.uid}: more than ${MAX_OCCURRENCES} occurrences\n`);
          return 1;
        }
        days.push(next.toString());
      }
      line += ` [${days.join(' ')}]`;
    }
    lines.push(line);
  }
  process.stdout.write(lines.map((l) => l + '\n').join(''));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`ics_check.js: cannot parse: ${e.message}\n`);
  process.exitCode = 1;
}
