// The project index's text scan, which decides whether a module mentions a vendor (src/sdk/module-text.ts):
// vendor globals read off aliases, destructurings and casts of the global object.
import { describe, expect, it } from 'vitest';
import { moduleScanner } from '../../../src/sdk/module-text.js';
import { readSettings } from '../../../src/settings/settings.js';

const scan = moduleScanner(readSettings(undefined).catalog);

function direct(code: string, extension = 'js'): boolean {
  return scan(`/project/m.${extension}`, code).direct;
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
