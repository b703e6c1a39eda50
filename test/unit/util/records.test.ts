import { describe, expect, it } from 'vitest';
import { hasOwnKey, ownValue } from '../../../src/util/records.js';

describe('ownValue / hasOwnKey', () => {
  const record: Readonly<Record<string, number>> = { track: 1, identify: 2 };

  it('answers own keys', () => {
    expect(ownValue(record, 'track')).toBe(1);
    expect(ownValue(record, 'identify')).toBe(2);
    expect(hasOwnKey(record, 'track')).toBe(true);
  });

  it('answers nothing for a missing key', () => {
    expect(ownValue(record, 'page')).toBeUndefined();
    expect(hasOwnKey(record, 'page')).toBe(false);
  });

  it('never reads Object.prototype: names from code such as constructor or toString find nothing', () => {
    for (const name of [
      'constructor',
      'toString',
      'valueOf',
      'hasOwnProperty',
      '__proto__',
      'isPrototypeOf',
    ]) {
      expect(ownValue(record, name), name).toBeUndefined();
      expect(hasOwnKey(record, name), name).toBe(false);
    }
  });

  it('nor a prototype of the record, but finds an own key named like a prototype member', () => {
    const inherited: Record<string, string> = Object.create({ track: 'inherited' }) as Record<string, string>;
    expect(ownValue(inherited, 'track')).toBeUndefined();
    const own: Record<string, string> = { constructor: 'own', toString: 'own too' };
    expect(ownValue(own, 'constructor')).toBe('own');
    expect(hasOwnKey(own, 'toString')).toBe(true);
  });

  it('works on records without a prototype', () => {
    const bare: Record<string, number> = Object.create(null) as Record<string, number>;
    bare.track = 3;
    expect(ownValue(bare, 'track')).toBe(3);
    expect(hasOwnKey(bare, 'constructor')).toBe(false);
  });
});
