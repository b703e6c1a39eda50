/**
 * Headless Chromium for the HTML report test: an installed `chromium` (Debian's package, which
 * `.ci/run` installs) or `chromium-browser`. Tests never install anything: without one, the caller
 * skips with the reason.
 */
import { spawnSync } from 'node:child_process';

function which(name: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

export function findChromium(): { path: string } | { skip: string } {
  const path = which('chromium') ?? which('chromium-browser');
  return path
    ? { path }
    : {
        skip: "chromium is not installed: install Debian's chromium package (.ci/run does, as root) to run this test",
      };
}

/** The DOM Chromium builds from a local HTML file, serialized (`--dump-dom`). */
export function dumpDom(chromium: string, file: string): string {
  const run = spawnSync(
    chromium,
    ['--headless', '--no-sandbox', '--disable-gpu', '--dump-dom', `file://${file}`],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`chromium failed (${run.status}): ${run.stderr.slice(0, 500)}`);
  return run.stdout;
}
