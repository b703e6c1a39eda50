import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createRequire } from 'node:module';
import type { FormatsPlugin } from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { cli, LEAKS, project, writeFiles } from './helpers.js';

// The SARIF 2.1.0 JSON schema, committed with its license note (see schemas/README.md).
const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, 'schemas', 'sarif-2.1.0.json'), 'utf8'),
) as object;
// ajv-formats is CommonJS whose module.exports is the plugin itself.
const addFormats = createRequire(import.meta.url)('ajv-formats') as FormatsPlugin;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region: { startLine: number; startColumn: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
}
interface Sarif {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri: string }[] } };
    results: SarifResult[];
    invocations: { toolExecutionNotifications: { message: { text: string } }[] }[];
  }[];
}

function sarif(dir: string): Sarif {
  const run = cli(['--format', 'sarif'], dir);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Sarif;
}

const fingerprints = (log: Sarif): string[] =>
  log.runs[0].results.map((r) => `${r.message.text} ${Object.values(r.partialFingerprints).join()}`);

describe('--format sarif', () => {
  it('validates against the SARIF 2.1.0 schema, findings and parse errors alike', () => {
    const dir = project({ ...LEAKS, 'src/broken.js': 'const x = ;\n' });
    const run = cli(['-f', 'sarif'], dir);
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout) as Sarif;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results).toHaveLength(5);
    expect(log.runs[0].invocations[0].toolExecutionNotifications.map((n) => n.message.text)).toEqual([
      'src/broken.js: Parsing error: Unexpected token ;',
    ]);
  });

  it('the schema check is not a rubber stamp', () => {
    const log = sarif(project({ 'src/server.cjs': LEAKS['src/server.cjs'] }));
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    expect(
      validate({
        ...log,
        runs: [{ ...log.runs[0], results: [{ ...log.runs[0].results[0], level: 'fatal' }] }],
      }),
    ).toBe(false);
  });

  it('uses stable rule ids, rule docs as help URIs, and paths relative to where it ran', () => {
    const log = sarif(project({ 'src/server.cjs': LEAKS['src/server.cjs'] }));
    const { driver } = log.runs[0].tool;
    expect(driver.name).toBe('analytics-privacy');
    expect(driver.rules.map((r) => [r.id, r.helpUri])).toEqual([
      [
        'analytics-privacy/no-pii',
        'https://github.com/eslint-plugin-analytics-privacy/eslint-plugin-analytics-privacy/blob/main/docs/rules/no-pii.md',
      ],
      [
        'analytics-privacy/no-pii-in-urls',
        'https://github.com/eslint-plugin-analytics-privacy/eslint-plugin-analytics-privacy/blob/main/docs/rules/no-pii-in-urls.md',
      ],
      [
        'analytics-privacy/no-unsafe-sdk-config',
        'https://github.com/eslint-plugin-analytics-privacy/eslint-plugin-analytics-privacy/blob/main/docs/rules/no-unsafe-sdk-config.md',
      ],
    ]);
    const [result] = log.runs[0].results;
    expect(result.ruleId).toBe('analytics-privacy/no-pii');
    expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'src/server.cjs', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 45, endLine: 2, endColumn: 62 },
    });
  });

  it('fingerprints do not change when unrelated lines move, and tell identical lines apart', () => {
    const code = (before: string): string =>
      `const Sentry = require('@sentry/node');\n${before}module.exports = (user) => {\n  Sentry.setUser({ email: user.email });\n  Sentry.setUser({ email: user.email });\n  Sentry.setUser({ id: user.id });\n};\n`;
    const dir = project({ 'src/a.cjs': code('') });
    const first = sarif(dir);
    writeFiles(dir, { 'src/a.cjs': code('// a comment\n\nconst unrelated = 1;\n') });
    const moved = sarif(dir);
    expect(moved.runs[0].results.map((r) => r.locations[0].physicalLocation.region.startLine)).toEqual([
      6, 7, 8,
    ]);
    expect(fingerprints(moved)).toEqual(fingerprints(first));
    const [a, b, c] = fingerprints(first).map((f) => f.split(' ').pop());
    expect(new Set([a, b, c]).size).toBe(3);
    expect(a?.replace(/:\d+$/, '')).toBe(b?.replace(/:\d+$/, ''));
    // the reported line itself changes: so does its fingerprint
    writeFiles(dir, {
      'src/a.cjs': code('').replace('Sentry.setUser({ id: user.id })', 'Sentry.setUser({ id: user.uid })'),
    });
    expect(fingerprints(sarif(dir))[2]).not.toBe(fingerprints(first)[2]);
  });
});
