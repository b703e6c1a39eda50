import { describe, expect, it } from 'vitest';
import { disabledLines } from '../../../src/ast/disable-directives.js';

const RULE = 'analytics-privacy/no-pii';
const off = (text: string) => {
  const disabled = disabledLines(text, [RULE]);
  return text.split('\n').flatMap((_, i) => (disabled(i + 1) ? [i + 1] : []));
};

describe('disabledLines', () => {
  it('-next-line and -line, bare or naming the rule, with a description', () => {
    expect(off(`a\n// eslint-disable-next-line ${RULE} -- agreed\nb\nc // eslint-disable-line\nd`)).toEqual([
      3, 4,
    ]);
    expect(off(`/* eslint-disable-next-line ${RULE}, no-console */\nb`)).toEqual([2]);
  });

  it('a list that names other rules only does not count', () => {
    expect(
      off(
        '// eslint-disable-next-line no-console\nb\nc // eslint-disable-line analytics-privacy/no-pii-in-urls',
      ),
    ).toEqual([]);
  });

  it('blocks: to the matching enable, or to the end of the file', () => {
    expect(off(`a\n/* eslint-disable ${RULE} */\nb\n/* eslint-enable */\nc`)).toEqual([2, 3]);
    expect(off('a\n/* eslint-disable */\nb\nc')).toEqual([2, 3, 4]);
  });

  it('a text without directives costs one search', () => {
    expect(off('a\nb // a comment\nc')).toEqual([]);
  });
});
