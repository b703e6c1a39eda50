/** Runs the built `analytics-privacy` binary and makes small temporary projects for it. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

export const root = join(import.meta.dirname, '..', '..');
export const bin = join(root, 'bin', 'analytics-privacy.js');
export const leakyShop = join(root, 'examples', 'leaky-shop');

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in `cwd` with `args` (stdout and stderr piped, so no progress line); `node`: options for node itself. */
export function cli(
  args: readonly string[],
  cwd: string = root,
  env: NodeJS.ProcessEnv = {},
  node: readonly string[] = [],
): Run {
  const run = spawnSync(process.execPath, [...node, bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temporary directory holding `files` (path → text); removed after the test file. */
export function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ap-cli-'));
  made.push(dir);
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A leak in each module flavour the CLI must parse without any config. */
export const LEAKS = {
  'src/checkout.ts': `import mixpanel from 'mixpanel-browser';\ninterface Customer { email: string }\nexport function pay(customer: Customer): void {\n  mixpanel.track('paid', { contact: customer.email });\n}\n`,
  'src/button.tsx': `import posthog from 'posthog-js';\nexport const Button = ({ user }: { user: { name: string } }) => <button onClick={() => posthog.capture('click', { name: user.name })} />;\n`,
  'src/widget.jsx': `import posthog from 'posthog-js';\nexport const Widget = ({ user }) => <a onClick={() => posthog.capture('open', { email: user.email })} />;\n`,
  'src/server.cjs': `const Sentry = require('@sentry/node');\nmodule.exports = (user) => Sentry.setUser({ email: user.email });\n`,
  'src/tracking.mjs': `import { track } from '@vercel/analytics';\nexport const signup = (user) => track('signup', { phone: user.phone });\n`,
  'src/clean.js': `import mixpanel from 'mixpanel-browser';\nmixpanel.track('page_view', { plan: 'pro' });\n`,
};
