/**
 * Vendor names in identifiers (`mixpanelId`, `posthog_key`) are catalog data (`nameWords`), which the
 * name lexicon reads once from the built-in vendors.
 */
import { describe, expect, it } from 'vitest';
import { vendors } from '../../../src/catalog/vendors/index.js';
import { isThingName, nameVerdict } from '../../../src/personal-data/lexicon.js';
import { NEUTRAL, personal } from '../../../src/personal-data/verdict.js';
import { splitWords } from '../../../src/util/words.js';

const nameWords = Object.fromEntries(vendors.filter((v) => v.nameWords).map((v) => [v.id, v.nameWords]));

describe('nameWords of the built-in catalog', () => {
  it('are the vendor words the lexicon knows', () => {
    expect(nameWords).toEqual({
      amplitude: ['amplitude'],
      datadog: ['dd', 'datadog'],
      fullstory: ['fullstory'],
      'google-analytics': ['ga', 'gtag'],
      heap: ['heap'],
      mixpanel: ['mixpanel'],
      posthog: ['posthog'],
      segment: ['segment'],
      sentry: ['sentry'],
    });
  });

  it('are single lower-case words, as names are split', () => {
    for (const word of Object.values(nameWords).flat()) expect(splitWords(word ?? ''), word).toEqual([word]);
  });

  it('make an id or key qualified by them an SDK setting, not personal, and a name ending in them a thing', () => {
    for (const word of Object.values(nameWords).flat()) {
      for (const name of [`${word}Id`, `${word}_key`, `${word}-uuid`])
        expect(nameVerdict(name), name).toBe(NEUTRAL);
      expect(isThingName(`my_${word ?? ''}`), word).toBe(true);
    }
  });

  it('a vendor without nameWords qualifies nothing (hotjarId reads as an id of someone)', () => {
    expect(vendors.find((v) => v.id === 'hotjar')?.nameWords).toBeUndefined();
    expect(nameVerdict('hotjarId')).toEqual(personal('user-id', true));
    expect(isThingName('hotjar')).toBe(false);
  });
});
