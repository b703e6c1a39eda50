import { describe, expect, it } from 'vitest';
import { headWord, splitWords } from '../../../src/util/words.js';

describe('splitWords', () => {
  const cases: [string, string[]][] = [
    ['userEmail', ['user', 'email']],
    ['user_email', ['user', 'email']],
    ['user-email', ['user', 'email']],
    ['$email', ['email']],
    ['USER_EMAIL', ['user', 'email']],
    ['IPAddress', ['ip', 'address']],
    ['ipAddress', ['ip', 'address']],
    ['addressLine1', ['address', 'line1']],
    ['line1', ['line1']],
    ['Home Address', ['home', 'address']],
    ['sha256Hex', ['sha256', 'hex']],
    ['', []],
  ];
  for (const [name, words] of cases) it(name || '(empty)', () => expect(splitWords(name)).toEqual(words));

  it('bounds very long generated names', () => {
    expect(splitWords('a'.repeat(10_000)).join('').length).toBe(80);
  });
});

describe('headWord', () => {
  const cases: [string, string | undefined][] = [
    ['userEmail', 'email'],
    ['user_email', 'email'],
    ['USER_EMAIL', 'email'],
    ['IPAddress', 'address'],
    ['orgId', 'id'],
    ['email', 'email'],
    ['$email', 'email'],
    ['addressLine1', 'line1'],
    ['accountHolder', 'holder'],
    ['$', undefined],
    ['', undefined],
  ];
  for (const [name, head] of cases) it(name || '(empty)', () => expect(headWord(name)).toBe(head));

  it('is the last word of splitWords', () => {
    for (const name of ['currentUser', 'billing_address_line_2', 'x', 'HTTPServerURL']) {
      const words = splitWords(name);
      expect(headWord(name)).toBe(words[words.length - 1]);
    }
  });
});
