// The cross-file trigger's look at a call's arguments: strong personal names open the project's
// modules; names that are personal in apps but everyday words in library code do not.
import { parse } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { argumentsLookPersonal } from '../../../src/personal-data/looks-personal.js';

function call(code: string): TSESTree.CallExpression {
  const statement = parse(code).body[0] as TSESTree.ExpressionStatement;
  return statement.expression as TSESTree.CallExpression;
}

describe('argumentsLookPersonal', () => {
  it.each([
    'track(user.email)',
    "track('x', { email })",
    'track(firstName)',
    "track('x', { by: user })",
    "track('x', `${viewer.phone}`)",
    "track('jane@example.com')",
    // A member named `id`: whose ID it is, the full analysis decides from the sink's role.
    'tagPerson(reader.id)',
    "identifyGroup({ groupType: 'space', groupKey: space.id })",
  ])('%s looks personal', (code) => {
    expect(argumentsLookPersonal(call(code))).toBe(true);
  });

  it.each([
    'ref.get(driver.iterationMeta)',
    'pipe(driver.last, orDie)',
    'track(actor)',
    'render(displayName)',
    "track('x', { count: 3 })",
    'track(() => user.email)',
    'track()',
    'track({ constructor: C, toString: f })',
    'track(id)',
    'lookup(map[id])',
  ])('%s does not', (code) => {
    expect(argumentsLookPersonal(call(code))).toBe(false);
  });

  it('reads the everyday heads once a file is known to matter (lenient)', () => {
    expect(argumentsLookPersonal(call('track(actor)'), true)).toBe(true);
    expect(argumentsLookPersonal(call('track(driver)'), true)).toBe(true);
  });
});
