#!/usr/bin/env node
// Validate JSON documents against a JSON Schema, offline, for wgc's tests.
//
//   node tests/tools/validate.js SCHEMA.json FILE.json...
//   node tests/tools/validate.js --sarif FILE.sarif...
//
// FILE may be `-` for standard input. --sarif validates against the OASIS
// SARIF TC's SARIF 2.1.0 schema (draft-07, from the TC's repository
// oasis-tcs/sarif-spec, Schemata/), as the npm package
// @datadog/datadog-ci-plugin-sarif ships it, so nothing is fetched at run
// time and no third-party file is kept in this repository; a copy of the
// Errata 01 schema, if one is put beside this file as
// sarif-schema-2.1.0.json, is checked too. The Ajv class is picked by the schema's
// own `$schema`: draft 2020-12 and 2019-09 have their own builds of Ajv,
// draft-04 a package of its own (ajv-draft-04), and draft-07 is the default
// class.
//
// Exit: 0 every file valid, 1 some file invalid (or not JSON), 2 usage error
// or a file or schema that cannot be read or compiled.
'use strict';

const fs = require('fs');
const path = require('path');

const SARIF_OASIS = path.join(__dirname, 'sarif-schema-2.1.0.json');
const SARIF_PACKAGE = '@datadog/datadog-ci-plugin-sarif';
const SARIF_SCHEMA_IN_PACKAGE = 'dist/json-schema/sarif-schema-2.1.0.json';

const USAGE =
  'usage: node validate.js SCHEMA.json FILE.json...\n' +
  '       node validate.js --sarif FILE.sarif...\n' +
  'FILE may be `-` for standard input; exit 0 all valid, 1 invalid, 2 usage or I/O error\n';

class Fatal extends Error {}

function sarifSchemaPath() {
  // The package's "exports" hides its subpaths from require.resolve, but its
  // package.json is exported: find the package folder through it.
  let pkg;
  try {
    pkg = require.resolve(`${SARIF_PACKAGE}/package.json`, { paths: [__dirname] });
  } catch (e) {
    throw new Fatal(`cannot find ${SARIF_PACKAGE}: run \`npm ci\` in ${__dirname}`);
  }
  return path.join(path.dirname(pkg), SARIF_SCHEMA_IN_PACKAGE);
}

function readText(file) {
  try {
    return fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new Fatal(`${file}: cannot read: ${e.message}`);
  }
}

// Pick the Ajv build that implements the schema's own draft.
function ajvFor(schema, schemaFile, strict) {
  const id = typeof schema.$schema === 'string' ? schema.$schema : '';
  let Ajv;
  if (/json-schema\.org\/draft\/2020-12\/schema/.test(id)) Ajv = require('ajv/dist/2020');
  else if (/json-schema\.org\/draft\/2019-09\/schema/.test(id)) Ajv = require('ajv/dist/2019');
  else if (id === '' || /json-schema\.org\/draft-07\/schema/.test(id)) Ajv = require('ajv');
  else if (/json-schema\.org\/draft-04\/schema/.test(id)) Ajv = require('ajv-draft-04');
  else throw new Fatal(`${schemaFile}: unsupported $schema \`${id}\` (supported: 2020-12, 2019-09, draft-07, draft-04)`);
  Ajv = Ajv.default || Ajv;
  const ajv = new Ajv({
    allErrors: true,
    allowUnionTypes: true,
    allowMatchingProperties: true, // `due_ref` is listed and also matched by `_ref$`
    // Our own schemas get Ajv's default strict mode, so a misspelt keyword is
    // an error rather than silently ignored; the published SARIF schema is
    // taken as it is.
    ...(strict ? {} : { strict: false }),
  });
  require('ajv-formats')(ajv);
  return ajv;
}

function describe(err) {
  const where = err.instancePath === '' ? '(top level)' : err.instancePath;
  let msg = err.message;
  const p = err.params || {};
  if (err.keyword === 'type') msg = `must be ${String(p.type).split(',').join(' or ')}`;
  else if (err.keyword === 'additionalProperties') msg += `: \`${p.additionalProperty}\``;
  else if (err.keyword === 'enum') msg += `: ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  else if (err.keyword === 'const') msg += `: ${JSON.stringify(p.allowedValue)}`;
  return `${where}: ${msg}`;
}

function compileSchema(schemaFile, strict) {
  let schema;
  try {
    schema = JSON.parse(readText(schemaFile));
  } catch (e) {
    if (e instanceof Fatal) throw e;
    throw new Fatal(`${schemaFile}: schema is not JSON: ${e.message}`);
  }
  try {
    return ajvFor(schema, schemaFile, strict).compile(schema);
  } catch (e) {
    if (e instanceof Fatal) throw e;
    throw new Fatal(`${schemaFile}: schema does not compile: ${e.message}`);
  }
}

function main(argv) {
  let schemaFiles;
  let files;
  let strict = true;
  if (argv[0] === '--help' || argv[0] === '-h') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (argv[0] === '--sarif') {
    schemaFiles = fs.existsSync(SARIF_OASIS) ? [SARIF_OASIS, sarifSchemaPath()] : [sarifSchemaPath()];
    files = argv.slice(1);
    strict = false;
  } else {
    schemaFiles = argv[0] ? [argv[0]] : [];
    files = argv.slice(1);
  }
  if (schemaFiles.length === 0 || files.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (files.filter((f) => f === '-').length > 1) throw new Fatal('`-` may be given once');
  const validators = schemaFiles.map((f) => [f, compileSchema(f, strict)]);

  let bad = 0;
  for (const file of files) {
    const name = file === '-' ? '<stdin>' : file;
    let doc;
    try {
      doc = JSON.parse(readText(file));
    } catch (e) {
      if (e instanceof Fatal) throw e;
      process.stderr.write(`${name}: invalid: not JSON: ${e.message}\n`);
      bad++;
      continue;
    }
    let ok = true;
    for (const [schemaFile, validate] of validators) {
      if (validate(doc)) continue;
      ok = false;
      process.stderr.write(`${name}: invalid against ${schemaFile}:\n`);
      // A key listed in `properties` and also matched by `patternProperties`
      // fails twice with the same words: say it once.
      for (const line of new Set(validate.errors.map(describe))) process.stderr.write(`  ${line}\n`);
    }
    if (ok) process.stdout.write(`${name}: valid\n`);
    else bad++;
  }
  return bad ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof Fatal)) throw e;
  process.stderr.write(`validate.js: ${e.message}\n`);
  process.exitCode = 2;
}
