import { analyze } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { parse, simpleTraverse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { Bindings } from '../../../src/ast/bindings.js';
import { HASH_WORDS, nameVerdict } from '../../../src/personal-data/lexicon.js';
import { NEUTRAL, personal } from '../../../src/personal-data/verdict.js';
import { valueClassifier } from '../../../src/personal-data/value-classifier.js';

/** Whether the classifier takes a call of `name(email)` for a sanitizer. */
function isSanitizerName(name: string): boolean {
  const program = parse(`${name}(email);`, { range: true, loc: true });
  let call: TSESTree.CallExpression | undefined;
  simpleTraverse(
    program,
    { enter: (node) => void (node.type === T.CallExpression && (call ??= node)) },
    true,
  );
  if (!call) throw new Error('no call');
  return valueClassifier(new Bindings(analyze(program, { sourceType: 'module' })), new Set()).isSanitizer(
    call,
  );
}

describe('HASH_WORDS, the one list of hash and digest words', () => {
  it('holds the digests a name or a function may name', () => {
    expect([...HASH_WORDS].sort()).toEqual([
      'digest',
      'hash',
      'hashed',
      'hmac',
      'md5',
      'sha',
      'sha1',
      'sha256',
      'sha384',
      'sha512',
    ]);
  });

  it('every one of them makes a function a sanitizer (value-classifier.ts)', () => {
    for (const word of HASH_WORDS) {
      expect(isSanitizerName(word), word).toBe(true);
      expect(isSanitizerName(`${word}Value`), `${word}Value`).toBe(true);
    }
    expect(isSanitizerName('sendValue')).toBe(false);
  });

  it('protects a personal name wherever it stands, but for bare sha, sha384 and sha512 (lexicon.ts)', () => {
    for (const word of HASH_WORDS) {
      const personalStill = word === 'sha' || word === 'sha384' || word === 'sha512';
      expect(nameVerdict(`${word}Email`), `${word}Email`).toBe(personalStill ? personal('email') : NEUTRAL);
      expect(nameVerdict(`${word}_user_id`), `${word}_user_id`).toBe(
        personalStill ? personal('user-id') : NEUTRAL,
      );
    }
  });

  it('as a head word makes a name derived, bare sha included', () => {
    expect(nameVerdict('emailHash')).toBe(NEUTRAL);
    expect(nameVerdict('emailDigest')).toBe(NEUTRAL);
    expect(nameVerdict('emailSha')).toBe(NEUTRAL);
    expect(nameVerdict('hash')).toBe(NEUTRAL);
    expect(nameVerdict('email')).toEqual(personal('email'));
  });
});
