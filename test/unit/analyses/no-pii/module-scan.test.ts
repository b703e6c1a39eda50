// The text scan that decides whether another module may reach a vendor (and so is worth summarising):
// vendor globals read off aliases, destructurings and casts of the global object.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ProjectModules } from '../../../../src/analyses/no-pii/wrapper-summaries.js';
import { readSettings } from '../../../../src/settings/settings.js';

const dir = mkdtempSync(join(tmpdir(), 'module-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `scan` is private; read it as the engine calls it, with a view that resolves no import. */
interface Scanning {
  scan(
    view: { resolve: () => undefined },
    file: string,
    budget: { left: number },
  ): { readonly direct: boolean } | undefined;
}

let count = 0;
function direct(code: string, extension = 'js'): boolean | undefined {
  const file = join(dir, `m${count++}.${extension}`);
  writeFileSync(file, code);
  const modules = new ProjectModules(readSettings(undefined)) as unknown as Scanning;
  return modules.scan({ resolve: () => undefined }, file, { left: Infinity })?.direct;
}

describe('the module scan: vendor globals off the global object, however it is named', () => {
  it.each([
    ['const host = window;\nexport const f = (e) => host.heap.track(e);', true],
    [
      "const w = typeof window !== 'undefined' ? window : undefined;\nexport const f = () => w?.gtag('event');",
      true,
    ],
    ['const g = globalThis;\nexport const f = (id) => g._paq.push([id]);', true],
    ["const { gtag, fbq: pixel } = window;\nexport const f = () => gtag('event');", true],
    ["export const f = () => (window as any).fbq('track');", true],
    ["const w = window;\nexport const f = () => w.localStorage.getItem('k');", false],
    ['const { heap } = queue;\nexport const f = () => heap.pop();', false],
    ['export const f = (value, self) => format(self, value);\nconst va = 1;', false],
  ])('%s → %s', (code, expected) => {
    expect(direct(code, 'ts')).toBe(expected);
  });
});
