// The ❌ and ✅ examples of every rule page are linted: each ❌ block must be reported, each ✅ block silent,
// and every message and suggestion title they produce is at most MAX_MESSAGE_LENGTH characters, with and
// without a pseudonymize helper configured (whose suggestion only appears with one).
// Rule options for a block are given as JSON in backticks on its heading line: ❌ Incorrect with `{ "deny": ["mixpanel"] }`:
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, MAX_MESSAGE_LENGTH } from './helpers/lint.js';

const docs = join(import.meta.dirname, '..', 'docs', 'rules');
const HELPER = { pseudonymize: { name: 'hashPii', source: '@acme/privacy' } };

for (const file of readdirSync(docs).filter((f) => f.endsWith('.md'))) {
  const rule = file.replace(/\.md$/, '');
  const text = readFileSync(join(docs, file), 'utf8');
  const blocks = [...text.matchAll(/(❌ Incorrect|✅ Correct)([^\n]*)\n\n```(\w+)\n([\s\S]*?)```/g)];
  describe(`docs/rules/${file}`, () => {
    it('has at least one incorrect and one correct example', () => {
      expect(blocks.some((b) => b[1].startsWith('❌'))).toBe(true);
      expect(blocks.some((b) => b[1].startsWith('✅'))).toBe(true);
    });
    for (const [, kind, heading, lang, code] of blocks) {
      const json = /`(\{.*\})`/.exec(heading)?.[1];
      const options = json === undefined ? [] : [JSON.parse(json) as unknown];
      it(`${kind}${heading.replace(/:$/, '')} example (${lang}) is ${kind.startsWith('❌') ? 'reported' : 'silent'}`, () => {
        const messages = lint(code, { filename: `example.${lang === 'ts' ? 'ts' : 'js'}`, rule, options });
        if (kind.startsWith('❌')) expect(messages.length).toBeGreaterThan(0);
        else expect(messages).toEqual([]);
      });
      if (kind.startsWith('❌'))
        it(`${kind}${heading.replace(/:$/, '')} example (${lang}): messages and suggestion titles are short`, () => {
          const filename = `example.${lang === 'ts' ? 'ts' : 'js'}`;
          const texts = [undefined, HELPER].flatMap((settings) =>
            lint(code, { filename, rule, options, settings }).flatMap((m) => [
              m.message,
              ...(m.suggestions ?? []).map((s) => s.desc),
            ]),
          );
          expect(texts.length).toBeGreaterThan(0);
          for (const text of texts)
            expect(text.length, `${text.length} characters: ${text}`).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
        });
    }
  });
}
