import { describe, expect, it } from 'vitest';
import { headWord, splitWords } from '../../../src/util/words.js';

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
