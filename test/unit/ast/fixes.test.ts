// The removal fixes behind the "leave it out" suggestions: each takes one item out of its list or
// one statement out of its block and leaves valid code, compared here as the whole fixed text.
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { dropFix, removeStatement } from '../../../src/ast/fixes.js';
import { fixAt } from '../../helpers/fix-at.js';

/** The text after dropping the first node that matches `selector`, or undefined when dropFix declines. */
const drop = (code: string, selector: string, filename?: string) =>
  fixAt(code, selector, dropFix, { filename });

describe('dropFix: an object property', () => {
  it.each([
    [
      'a middle one, with the comma and space after it',
      'track({ a: 1, email: user.email, b: 2 });',
      'track({ a: 1, b: 2 });',
    ],
    ['the first one', 'track({ email: user.email, a: 1 });', 'track({ a: 1 });'],
    ['the last one, with the comma before it', 'track({ a: 1, email: user.email });', 'track({ a: 1 });'],
    ['the only one, leaving an empty object', 'track({ email: user.email });', 'track({});'],
    [
      'the only one of a multi-line object, leaving an empty object',
      'track({\n  email: user.email,\n});',
      'track({});',
    ],
    ['a shorthand one', 'track({ plan, email });', 'track({ plan });'],
    ['a quoted key', "track({ 'e-mail': user.email, plan });", 'track({ plan });'],
  ])('%s', (_what, code, output) => {
    const selector = code.includes("'e-mail'")
      ? 'Property[key.value="e-mail"]'
      : 'Property[key.name="email"]';
    expect(drop(code, selector)).toBe(output);
  });

  it('a line of a multi-line object, keeping the other lines and their indentation', () => {
    expect(drop('track({\n  a: 1,\n  email: user.email,\n  b: 2,\n});', 'Property[key.name="email"]')).toBe(
      'track({\n  a: 1,\n  b: 2,\n});',
    );
  });

  it('the last one before a trailing comma: the comma after it goes, the space before the brace stays', () => {
    expect(drop('track({ a: 1, email: user.email, });', 'Property[key.name="email"]')).toBe(
      'track({ a: 1,  });',
    );
  });

  it('stops short of a comment that follows the comma', () => {
    expect(drop('track({\n  email: user.email, // who\n  plan,\n});', 'Property[key.name="email"]')).toBe(
      'track({\n  // who\n  plan,\n});',
    );
  });

  it('a spread member', () => {
    expect(drop('track({ ...user, plan });', 'SpreadElement')).toBe('track({ plan });');
  });

  it('declines a property of a destructuring pattern (the binding would disappear)', () => {
    expect(drop('const { email } = user;', 'Property')).toBeUndefined();
  });
});

describe('dropFix: a call argument', () => {
  it.each([
    [
      'the first of three becomes undefined (the others keep their positions)',
      'a',
      'track(undefined, b, c);',
    ],
    ['the middle of three becomes undefined', 'b', 'track(a, undefined, c);'],
    ['the last of three goes with the comma before it', 'c', 'track(a, b);'],
  ])('%s', (_what, name, output) => {
    expect(drop('track(a, b, c);', `CallExpression > Identifier.arguments[name="${name}"]`)).toBe(output);
  });

  it('the only argument leaves an empty call', () => {
    expect(drop('track(user.email);', 'CallExpression > MemberExpression.arguments')).toBe('track();');
  });

  it('the last argument before a trailing comma takes both commas', () => {
    expect(drop('track(a, b,);', 'CallExpression > Identifier.arguments[name="b"]')).toBe('track(a);');
  });

  it('takes the parentheses around the argument with it, never the call’s own', () => {
    expect(drop('track(a, (0, user.email));', 'CallExpression > SequenceExpression.arguments')).toBe(
      'track(a);',
    );
    expect(drop('track((user.email));', 'CallExpression > MemberExpression.arguments')).toBe('track();');
    expect(drop('track(((user.email)), b);', 'CallExpression > MemberExpression.arguments')).toBe(
      'track(undefined, b);',
    );
  });

  it('finds the call’s own parenthesis after type arguments', () => {
    expect(drop('track<Props>((a), b);', 'CallExpression > Identifier.arguments[name="b"]')).toBe(
      'track<Props>((a));',
    );
    expect(drop('track<Props>((a));', 'CallExpression > Identifier.arguments[name="a"]')).toBe(
      'track<Props>();',
    );
  });

  it('a spread argument', () => {
    expect(drop('track(event, ...rest);', 'CallExpression > SpreadElement')).toBe('track(event);');
  });

  it('declines an argument of `new` (not a call)', () => {
    expect(drop('new Tracker(user.email);', 'NewExpression > MemberExpression')).toBeUndefined();
  });
});

describe('dropFix: an array element', () => {
  it.each([
    ['the first of three becomes undefined', 'a', 'send([undefined, b, c]);'],
    ['the middle of three becomes undefined', 'b', 'send([a, undefined, c]);'],
    ['the last of three goes with the comma before it', 'c', 'send([a, b]);'],
  ])('%s', (_what, name, output) => {
    expect(drop('send([a, b, c]);', `ArrayExpression > Identifier[name="${name}"]`)).toBe(output);
  });

  it('the only element leaves an empty array', () => {
    expect(drop('send([user.email]);', 'ArrayExpression > MemberExpression')).toBe('send([]);');
  });
});

describe('dropFix: an assignment statement', () => {
  it('removes the whole line when the statement is alone on it', () => {
    expect(drop('a();\nwindow.email = user.email;\nb();\n', 'AssignmentExpression')).toBe('a();\nb();\n');
  });

  it('removes only the statement when it shares its line', () => {
    expect(drop('a(); window.email = user.email; b();', 'AssignmentExpression')).toBe('a();  b();');
  });

  it('removes the last line of a file that has no final newline', () => {
    expect(drop('a();\nwindow.email = user.email;', 'AssignmentExpression')).toBe('a();\n');
  });

  it('declines an assignment that is part of a larger expression', () => {
    expect(drop('const copy = (window.email = user.email);', 'AssignmentExpression')).toBeUndefined();
  });
});

describe('dropFix: declines what it cannot take out safely', () => {
  it.each([
    ['a member’s property name', 'user.email;', 'MemberExpression > Identifier.property'],
    ['a variable’s initialiser', 'const email = user.email;', 'VariableDeclarator > MemberExpression'],
    ['a returned value', 'function f() { return user.email; }', 'ReturnStatement > MemberExpression'],
    ['the program (no parent)', 'track(user.email);', 'Program'],
  ])('%s', (_what, code, selector) => {
    expect(drop(code, selector)).toBeUndefined();
  });
});

describe('removeStatement', () => {
  const remove = (code: string) =>
    fixAt(code, 'ExpressionStatement', (sourceCode, node) =>
      removeStatement(sourceCode, node as TSESTree.ExpressionStatement),
    );

  it('takes a statement alone on its line out with the line, in a block', () => {
    expect(remove('function f() {\n  track(user.email);\n  return 1;\n}')).toBe(
      'function f() {\n  return 1;\n}',
    );
  });

  it('takes a statement alone on its line out with the line, in a switch case and a static block', () => {
    expect(remove('switch (k) {\n  case 1:\n    track(user.email);\n    break;\n}')).toBe(
      'switch (k) {\n  case 1:\n    break;\n}',
    );
    expect(remove('class A {\n  static {\n    track(user.email);\n  }\n}')).toBe(
      'class A {\n  static {\n  }\n}',
    );
  });

  it('keeps the line when something else shares it (a comment counts)', () => {
    expect(remove('track(user.email); // why\nnext();')).toBe(' // why\nnext();');
  });

  it('leaves `{}` where the grammar needs a statement', () => {
    expect(remove('if (ok) track(user.email);')).toBe('if (ok) {}');
    expect(remove('for (;;) track(user.email);')).toBe('for (;;) {}');
    expect(remove('label: track(user.email);')).toBe('label: {}');
  });

  it('is what dropFix uses for an assignment statement', () => {
    const viaDrop = drop('if (ok) window.email = user.email;', 'AssignmentExpression');
    expect(viaDrop).toBe('if (ok) {}');
  });

  it('takes the first line of a file out without touching the next', () => {
    expect(remove('track(user.email);\ntrack(plan);\n')).toBe('track(plan);\n');
  });
});
