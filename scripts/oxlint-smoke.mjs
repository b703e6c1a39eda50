#!/usr/bin/env node
// Smoke test of the plugin under oxlint's JS plugins (`jsPlugins`, no type information): lints a
// small temporary project with the built plugin and checks the reports. Exits 1 on a mismatch.
//   npm run build && node scripts/oxlint-smoke.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const oxlint = join(root, 'node_modules', 'oxlint', 'bin', 'oxlint');
const dir = mkdtempSync(join(tmpdir(), 'ap-oxlint-'));
const files = {
  'src/checkout.ts':
    "import mixpanel from 'mixpanel-browser';\nexport function pay(customer: { email: string }) {\n  mixpanel.track('paid', { email: customer.email });\n}\n",
  'src/server.cjs':
    "const Sentry = require('@sentry/node');\nmodule.exports = (user) => Sentry.setUser({ id: user.id });\n",
  'src/init.js':
    "import * as Sentry from '@sentry/browser';\nSentry.init({ dsn: 'x', sendDefaultPii: true });\n",
  'src/clean.js': "import mixpanel from 'mixpanel-browser';\nmixpanel.track('page_view', { plan: 'pro' });\n",
  '.oxlintrc.json': JSON.stringify({
    jsPlugins: [join(root, 'dist', 'src', 'index.js')],
    categories: { correctness: 'off' },
    rules: { 'analytics-privacy/no-pii': 'error', 'analytics-privacy/no-unsafe-sdk-config': 'error' },
  }),
};
try {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync(process.execPath, [oxlint, '--format', 'unix', 'src'], {
    cwd: dir,
    encoding: 'utf8',
  });
  const reports = run.stdout
    .split('\n')
    .filter((line) => line.includes('analytics-privacy'))
    .map((line) =>
      line
        .replace(/^(src\/[^:]+):(\d+):\d+: /, '$1:$2 ')
        .replace(/ \[Error\/analytics-privacy\(([^)]+)\)\]$/, ' ($1)'),
    )
    .sort();
  const expected = [
    'src/checkout.ts:3 email reaches Mixpanel track (no-pii)',
    'src/init.js:2 sendDefaultPii: true in Sentry init sends IP addresses, cookies and user details with events (no-unsafe-sdk-config)',
    'src/server.cjs:2 user ID reaches Sentry setUser (no-pii)',
  ];
  const ok = run.status === 1 && JSON.stringify(reports) === JSON.stringify(expected);
  console.log(
    ok
      ? `oxlint smoke: ${reports.length} reports as expected`
      : `oxlint smoke FAILED (exit ${run.status})\n${run.stdout}${run.stderr}\nexpected:\n${expected.join('\n')}\ngot:\n${reports.join('\n')}`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
