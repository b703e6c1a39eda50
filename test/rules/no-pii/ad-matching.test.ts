import { RuleTester } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';
import rule from '../../../rules/no-pii.js';
import { lint, reports } from '../../helpers/lint.js';

const ruleTester = new RuleTester();

const HASH = "import { createHash } from 'node:crypto';\n";
const helperSettings = {
  'analytics-privacy': { pseudonymize: { name: 'hashPii', source: '@acme/privacy' } },
};
const META = { category: 'email', vendor: 'Meta Pixel', method: "fbq('init')" };

ruleTester.run('no-pii: identity matching for ads', rule, {
  valid: [
    {
      code: `${HASH}fbq('init', PIXEL_ID, { em: createHash('sha256').update(user.email.trim().toLowerCase()).digest('hex') });`,
      name: 'advanced matching with the SHA-256 hash the vendor asks for',
    },
    {
      code: `${HASH}fbq('init', PIXEL_ID, { em: createHash('sha256').update(String(user.email).trim().toLowerCase()).digest('hex') });`,
      name: 'what the SHA-256 suggestion writes is silent',
    },
    {
      code: "gtag('set', 'user_data', { sha256_email_address: hashedEmail, sha256_phone_number: hashedPhone });",
      name: 'enhanced conversions with hashed values',
    },
    {
      code: "fbq('init', PIXEL_ID, { em: user.email });",
      name: 'the category turned off',
      settings: { 'analytics-privacy': { categories: { 'ad-matching': false } } },
    },
    {
      code: "fbq('init', PIXEL_ID, { em: user.email });",
      name: 'the data category turned off',
      settings: { 'analytics-privacy': { categories: { email: false } } },
    },
    { code: "fbq('init', PIXEL_ID);\nttq.identify({});", name: 'no matching data' },
  ],
  invalid: [
    {
      // Browser code (no crypto module, no server marker): no SHA-256 suggestion, see sha256Fix.
      code: "fbq('init', PIXEL_ID, { em: user.email, external_id: user.id });",
      errors: [
        {
          messageId: 'adMatching',
          data: META,
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: META,
              output: "fbq('init', PIXEL_ID, { external_id: user.id });",
            },
          ],
        },
        {
          messageId: 'adMatching',
          data: { ...META, category: 'user ID' },
          line: 1,
          column: 41,
          endLine: 1,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: { ...META, category: 'user ID' },
              output: "fbq('init', PIXEL_ID, { em: user.email });",
            },
          ],
        },
      ],
      name: 'Meta advanced matching: each field is reported, and can be dropped',
    },
    {
      code: "fbq('init', PIXEL_ID, { em: user.email });",
      errors: [
        {
          messageId: 'adMatching',
          data: META,
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'pseudonymize',
              data: { ...META, helper: 'hashPii' },
              output:
                "import { hashPii } from '@acme/privacy';\nfbq('init', PIXEL_ID, { em: hashPii(user.email) });",
            },
            { messageId: 'drop', data: META, output: "fbq('init', PIXEL_ID, {});" },
          ],
        },
      ],
      settings: helperSettings,
      name: 'with a configured helper, pseudonymizing is offered first',
    },
    {
      code: `${HASH}const sha256 = (v) => createHash('sha256').update(v).digest('hex');\nfbq('init', PIXEL_ID, { em: sha256(user.email), ph: user.phone });`,
      errors: [
        {
          messageId: 'adMatching',
          data: { ...META, category: 'phone number' },
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'hashSha256',
              data: { ...META, category: 'phone number' },
              output: `${HASH}const sha256 = (v) => createHash('sha256').update(v).digest('hex');\nfbq('init', PIXEL_ID, { em: sha256(user.email), ph: createHash('sha256').update(String(user.phone).trim().toLowerCase()).digest('hex') });`,
            },
            {
              messageId: 'drop',
              data: { ...META, category: 'phone number' },
              output: `${HASH}const sha256 = (v) => createHash('sha256').update(v).digest('hex');\nfbq('init', PIXEL_ID, { em: sha256(user.email) });`,
            },
          ],
        },
      ],
      name: 'a file that already hashes with createHash: the SHA-256 suggestion uses it',
    },
    {
      code: `'use server';\nexport async function track(user) {\n  fbq('init', PIXEL_ID, { em: user.email });\n}`,
      errors: [
        {
          messageId: 'adMatching',
          data: META,
          line: 3,
          column: 27,
          endLine: 3,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'hashSha256',
              data: META,
              output: `'use server';\nimport { createHash } from 'node:crypto';\nexport async function track(user) {\n  fbq('init', PIXEL_ID, { em: createHash('sha256').update(String(user.email).trim().toLowerCase()).digest('hex') });\n}`,
            },
            {
              messageId: 'dropConfigureHelper',
              data: META,
              output: `'use server';\nexport async function track(user) {\n  fbq('init', PIXEL_ID, {});\n}`,
            },
          ],
        },
      ],
      name: 'server code: the SHA-256 suggestion imports createHash from node:crypto',
    },
    {
      code: "gtag('set', 'user_data', { email: user.email, phone_number: customer.phone });",
      errors: [
        {
          messageId: 'adMatching',
          data: { category: 'email', vendor: 'Google Analytics', method: "gtag('set')" },
          line: 1,
          column: 28,
          endLine: 1,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: { category: 'email', vendor: 'Google Analytics', method: "gtag('set')" },
              output: "gtag('set', 'user_data', { phone_number: customer.phone });",
            },
          ],
        },
        {
          messageId: 'adMatching',
          data: { category: 'phone number', vendor: 'Google Analytics', method: "gtag('set')" },
          line: 1,
          column: 47,
          endLine: 1,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'drop',
              data: { category: 'phone number', vendor: 'Google Analytics', method: "gtag('set')" },
              output: "gtag('set', 'user_data', { email: user.email });",
            },
          ],
        },
      ],
      name: 'Google enhanced conversions (gtag set user_data)',
    },
    {
      code: "gtag('set', 'user_properties', { email: user.email });",
      errors: [
        {
          messageId: 'leak',
          data: { category: 'email', vendor: 'Google Analytics', method: "gtag('set')" },
          line: 1,
          column: 34,
          endLine: 1,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: { category: 'email', vendor: 'Google Analytics', method: "gtag('set')" },
              output: "gtag('set', 'user_properties', {});",
            },
          ],
        },
      ],
      name: 'user properties are an ordinary leak, not identity matching',
    },
    {
      code: 'function match(traits: object) { window.ttq.identify(traits); }\nmatch({ email: user.email });',
      errors: [
        {
          messageId: 'adMatching',
          data: { category: 'email', vendor: 'TikTok Pixel', method: 'identify' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: { category: 'email', vendor: 'TikTok Pixel', method: 'identify' },
              output: 'function match(traits: object) { window.ttq.identify(traits); }\nmatch({});',
            },
          ],
        },
      ],
      name: 'through a wrapper: reported at the caller as identity matching',
    },
  ],
});

describe('identity matching for ads', () => {
  it('names the use, then what reaches whom (the advice is on the rule page)', () => {
    expect(reports("fbq('init', PIXEL_ID, { ph: customer.phone });")).toEqual([
      "1: identity matching for ads: phone number reaches Meta Pixel fbq('init')",
    ]);
  });

  it('covers the ad platforms with identity matching, and their other calls stay ordinary leaks', () => {
    const code = [
      "fbq('init', ID, { em: user.email });",
      'ttq.identify({ email: user.email });',
      "pintrk('load', ID, { em: user.email });",
      "snaptr('init', ID, { user_email: user.email });",
      "rdt('init', ID, { email: user.email });",
      "window.uetq.push('set', { pid: { em: user.email } });",
      "gtag('set', 'user_data', { email: user.email });",
      "fbq('track', 'Lead', { email: user.email });",
    ].join('\n');
    expect(lint(code).map((m) => [m.line, m.messageId])).toEqual([
      [1, 'adMatching'],
      [2, 'adMatching'],
      [3, 'adMatching'],
      [4, 'adMatching'],
      [5, 'adMatching'],
      [6, 'adMatching'],
      [7, 'adMatching'],
      [8, 'leak'],
    ]);
  });
});
