// The ❌ and ✅ examples of every rule page are linted: each ❌ block must be reported, each ✅ block silent.
// Rule options for a block are given as JSON in backticks on its heading line: ❌ Incorrect with `{ "deny": ["mixpanel"] }`:
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from './helpers/lint.js';

const docs = join(import.meta.dirname, '..', 'docs', 'rules');

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
    }
  });
}
