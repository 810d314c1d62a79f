// Loads the ipcase event contract the way an external consumer does, with standard tools only:
//   - every <producer>/asyncapi.yaml with @asyncapi/parser (relative $refs resolved from the file),
//   - every <producer>/*.schema.json with ajv (JSON Schema draft 2020-12, strict mode, formats), each directory's
//     schemas added under their file URLs first so the relative "$ref": "./<producer>-event-data.schema.json" resolves,
//   - every <type>.example.json validated against <type>.schema.json.
// Usage: node check.mjs <events directory> [--verbose]   (contracts/src/main/resources/ipcase/contracts/events;
//        --verbose lists every file that passed, not only the counts)
// Exits 1 on any failure; the last line is "asyncapi-check: N passed, M failed".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Parser, fromFile, DiagnosticSeverity } from '@asyncapi/parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../src/main/resources/ipcase/contracts/events');
const SEVERITY = { [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info', [DiagnosticSeverity.Hint]: 'hint' };

let passed = 0;
const failures = [];
const fail = (what, details) => {
  failures.push(what);
  console.log(`FAIL ${what}`);
  for (const line of details) console.log(`     ${line}`);
};
const verbose = process.argv.includes('--verbose');
const pass = (what, note = '') => {
  passed++;
  if (verbose || note) console.log(`ok   ${what}${note ? ` (${note})` : ''}`);
};

const producers = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()).sort();
if (producers.length === 0) {
  fail(root, ['no producer directories']);
}

const parser = new Parser();

// Strict mode stops at a schema's first problem: to report them all, compile it again with every strict rule logging.
// Problems in another schema of the directory (the common data schema it references) are counted, not repeated.
function strictProblems(dir, loaded, f) {
  const problems = [];
  const collect = (m) => problems.push(String(m));
  const ajv = new Ajv2020({ strict: 'log', allErrors: true, logger: { log() {}, warn: collect, error: collect } });
  addFormats(ajv);
  for (const key of loaded.values()) ajv.addSchema(JSON.parse(readFileSync(new URL(key), 'utf8')), key);
  try {
    ajv.getSchema(loaded.get(f));
  } catch (e) {
    collect(e.message);
  }
  const base = `${pathToFileURL(dir).href}/`;
  const own = [...new Set(problems)].filter((m) => !m.includes(base) || m.includes(`${base}${f}#`));
  const elsewhere = new Set(problems.filter((m) => !own.includes(m)).map((m) => m.slice(m.indexOf(base) + base.length).split('#')[0]));
  return [...own.map((m) => `  ${m.replaceAll(base, '')}`),
    ...[...elsewhere].map((other) => `  (and problems in ${other}, reported with it)`)];
}

for (const producer of producers) {
  const dir = join(root, producer);
  const files = readdirSync(dir).sort();
  console.log(`\n== ${producer}/`);

  // 1. The AsyncAPI document.
  const docFile = join(dir, 'asyncapi.yaml');
  const docName = `${producer}/asyncapi.yaml`;
  let document;
  if (!files.includes('asyncapi.yaml')) {
    fail(docName, ['missing']);
  } else {
    try {
      const result = await fromFile(parser, docFile).parse();
      document = result.document;
      const errors = result.diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
      const warnings = result.diagnostics.filter((d) => d.severity === DiagnosticSeverity.Warning);
      const describe = (d) => `${SEVERITY[d.severity] ?? d.severity} ${d.code}: ${d.message}`
        + ` at ${d.path?.length ? d.path.join('.') : '(document)'}`
        + (d.source && d.source !== docFile ? ` in ${d.source}` : '');
      const others = result.diagnostics.filter((d) => d.severity !== DiagnosticSeverity.Error);
      if (errors.length > 0 || !document) {
        fail(docName, [...errors.map(describe), ...(document ? [] : ['the parser returned no document'])]);
      } else {
        pass(docName, `${warnings.length} warning(s), ${others.length - warnings.length} info/hint`);
      }
      for (const d of others) console.log(`     ${describe(d)}`);
    } catch (e) {
      fail(docName, [String(e?.stack ?? e)]);
    }
  }

  // 2. The JSON Schemas: all added first under their file URLs, then each compiled strictly on its own.
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const schemaFiles = files.filter((f) => f.endsWith('.schema.json'));
  const loaded = new Map();
  for (const f of schemaFiles) {
    const file = join(dir, f);
    try {
      const schema = JSON.parse(readFileSync(file, 'utf8'));
      const key = pathToFileURL(file).href;
      ajv.addSchema(schema, key);
      loaded.set(f, key);
    } catch (e) {
      fail(`${producer}/${f}`, [`cannot load: ${e.message}`]);
    }
  }
  const validators = new Map();
  for (const [f, key] of loaded) {
    try {
      validators.set(f, ajv.getSchema(key) ?? (() => { throw new Error('not compiled'); })());
      pass(`${producer}/${f}`);
    } catch (e) {
      const problems = strictProblems(dir, loaded, f);
      fail(`${producer}/${f}`, ['does not compile (ajv strict):', ...(problems.length > 0 ? problems : [`  ${e.message}`])]);
    }
  }

  // 3. The examples, each against its own schema; every event type's schema has one.
  const common = `${producer}-event-data.schema.json`;
  for (const f of schemaFiles.filter((s) => s !== common)) {
    const example = f.replace(/\.schema\.json$/, '.example.json');
    if (!files.includes(example)) fail(`${producer}/${example}`, [`missing: every event type's schema (${f}) has an example`]);
  }
  for (const f of files.filter((e) => e.endsWith('.example.json'))) {
    const schemaFile = f.replace(/\.example\.json$/, '.schema.json');
    const name = `${producer}/${f}`;
    if (!schemaFiles.includes(schemaFile)) {
      fail(name, [`no schema ${schemaFile} beside it`]);
      continue;
    }
    const validate = validators.get(schemaFile);
    if (!validate) {
      fail(name, [`not validated: ${schemaFile} did not compile`]);
      continue;
    }
    let data;
    try {
      data = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    } catch (e) {
      fail(name, [`cannot load: ${e.message}`]);
      continue;
    }
    if (validate(data)) {
      pass(name);
    } else {
      fail(name, validate.errors.map((err) => `${err.instancePath || '(root)'} ${err.message}`
        + ` [${err.schemaPath}]${err.params && Object.keys(err.params).length ? ` ${JSON.stringify(err.params)}` : ''}`));
    }
  }

  const examples = files.filter((e) => e.endsWith('.example.json'));
  console.log(`     ${producer}/: ${schemaFiles.length} schema(s) and ${examples.length} example(s) checked`);

  // 4. The document names every event type of the directory as a message (ce_type), and no other of its own.
  if (document) {
    const names = new Set(document.allMessages().all().map((m) => m.name()).filter(Boolean));
    const own = new Set(schemaFiles.filter((s) => s !== common).map((s) => s.replace(/\.schema\.json$/, '')));
    const missing = [...own].filter((type) => !names.has(type));
    if (missing.length > 0) {
      fail(`${docName} messages`, missing.map((type) => `no message named ${type} (its schema is ${type}.schema.json)`));
    }
  }
}

if (failures.length > 0) {
  console.log(`\n${failures.length} failure(s):`);
  for (const what of failures) console.log(`  ${what}`);
}
console.log(`asyncapi-check: ${passed} passed, ${failures.length} failed`);
process.exitCode = failures.length === 0 ? 0 : 1;
