import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bin, cli, LEAKS, project } from './helpers.js';

const FILES = 1500;
const hasScript = spawnSync('sh', ['-c', 'command -v script'], { encoding: 'utf8' }).status === 0;

/** Enough files for a run of well over a second, with margin for a faster machine. */
function manyFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < FILES; i++)
    files[`src/m${i}.cjs`] = LEAKS['src/server.cjs'].replace(
      'email: user.email',
      `email: user.email, n: ${i}`,
    );
  return files;
}

describe('progress line', () => {
  const dir = project(manyFiles());

  it.skipIf(!hasScript)(
    'is drawn on stderr when it is a terminal and the run takes more than a second, then cleared',
    () => {
      // util-linux `script` gives the command a pseudo-terminal; findings go to a file, so all that shows is stderr.
      const run = spawnSync(
        'script',
        ['-qec', `${process.execPath} ${bin} --no-typed -o out.txt src`, '/dev/null'],
        { cwd: dir, encoding: 'utf8', timeout: 120_000 },
      );
      expect(run.stdout).toMatch(/\r\x1b\[2Kanalytics-privacy: \d+(\/\d+)? files/);
      expect(run.stdout).toMatch(/\r\x1b\[2K$/);
      expect(run.stdout).toContain(`/${FILES} files`);
    },
  );

  it('stays silent when stderr is piped', () => {
    const run = cli(['--no-typed', '-o', 'out.txt', 'src'], dir);
    expect(run).toEqual({ status: 1, stdout: '', stderr: '' });
  });
});
