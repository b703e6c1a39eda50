import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { createRule } from '../../../src/util/create-rule.js';

type Options = [{ flag?: boolean; nested?: { a?: number; b?: number }; list?: string[] }, string?];

/** A rule that hands back the options its `create` received. */
function optionsSeen(user: unknown[]): unknown {
  let seen: unknown;
  const rule = createRule<Options, 'm'>({
    name: 'probe',
    meta: {
      type: 'problem',
      docs: { description: 'probe', recommended: false },
      schema: [{ type: 'object' }, { type: 'string' }],
      defaultOptions: [{ flag: false, nested: { a: 1, b: 2 }, list: ['x'] }],
      messages: { m: 'm' },
    },
    create(_context, options) {
      seen = options;
      return {};
    },
  });
  rule.create({ options: user } as unknown as Parameters<typeof rule.create>[0]);
  return seen;
}

describe('createRule', () => {
  it('gives the defaults when the config sets no options', () => {
    expect(optionsSeen([])).toEqual([{ flag: false, nested: { a: 1, b: 2 }, list: ['x'] }]);
  });

  it('lays the options over the defaults, objects key by key, arrays replaced, extra options kept', () => {
    expect(optionsSeen([{ flag: true, nested: { b: 3 }, list: ['y', 'z'] }, 'second'])).toEqual([
      { flag: true, nested: { a: 1, b: 3 }, list: ['y', 'z'] },
      'second',
    ]);
  });

  it('takes options that already hold every default as they are, without building a copy (ESLint 9.15+ lays the defaults under them)', () => {
    const complete = [{ flag: true, nested: { a: 1, b: 5 }, list: [] }];
    expect(optionsSeen(complete)).toBe(complete);
  });

  it('still merges when a nested default is missing from otherwise complete options', () => {
    expect(optionsSeen([{ flag: true, nested: { b: 5 }, list: [] }])).toEqual([
      { flag: true, nested: { a: 1, b: 5 }, list: [] },
    ]);
  });

  it('never lets one file change the defaults another file sees', () => {
    const first = optionsSeen([]) as [{ nested: { a: number } }];
    expect(() => {
      first[0].nested.a = 9;
    }).toThrow(TypeError);
    expect(optionsSeen([{ flag: true }])).toEqual([{ flag: true, nested: { a: 1, b: 2 }, list: ['x'] }]);
  });

  it('fills the rule-level defaultOptions from meta.defaultOptions, where they are written once', () => {
    const rule = createRule<Options, 'm'>({
      name: 'probe',
      meta: {
        type: 'problem',
        docs: { description: 'd', recommended: false },
        schema: [{ type: 'object' }],
        defaultOptions: [{ flag: true }],
        messages: { m: 'm' },
      },
      create: (): TSESLint.RuleListener => ({}),
    });
    expect(rule.defaultOptions).toEqual([{ flag: true }]);
    expect(
      createRule<[], 'm'>({
        name: 'probe',
        meta: {
          type: 'problem',
          docs: { description: 'd', recommended: false },
          schema: [],
          messages: { m: 'm' },
        },
        create: () => ({}),
      }).defaultOptions,
    ).toEqual([]);
  });

  it('keeps the docs URL of the rule', () => {
    const rule = createRule<[], 'm'>({
      name: 'probe',
      meta: {
        type: 'problem',
        docs: { description: 'd', recommended: false },
        schema: [],
        messages: { m: 'm' },
      },
      create: (): TSESLint.RuleListener => ({}),
    });
    expect(rule.meta.docs?.url).toMatch(/\/docs\/rules\/probe\.md$/);
  });
});
