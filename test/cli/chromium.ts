/**
 * Headless Chromium for the HTML report test: Debian's `chromium`, installed here with apt-get when
 * missing and this process may (root, apt-get present); otherwise the caller skips with the reason.
 */
import { spawnSync } from 'node:child_process';

function which(name: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

export function findOrInstallChromium(): { path: string } | { skip: string } {
  const existing = which('chromium') ?? which('chromium-browser');
  if (existing) return { path: existing };
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !which('apt-get')) {
    return { skip: 'chromium is not installed and cannot be installed here (needs root and apt-get): install Debian\'s chromium package to run this test' };
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = (): boolean => spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { env, stdio: 'ignore', timeout: 600_000 }).status === 0;
  if (!install()) {
    spawnSync('apt-get', ['update'], { env, stdio: 'ignore', timeout: 300_000 });
    if (!install()) return { skip: 'chromium is not installed and `apt-get install chromium` failed' };
  }
  const installed = which('chromium');
  return installed ? { path: installed } : { skip: 'chromium was installed but is not on PATH' };
}

/** The DOM Chromium builds from a local HTML file, serialized (`--dump-dom`). */
export function dumpDom(chromium: string, file: string): string {
  const run = spawnSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--dump-dom', `file://${file}`], { encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`chromium failed (${run.status}): ${run.stderr.slice(0, 500)}`);
  return run.stdout;
}
