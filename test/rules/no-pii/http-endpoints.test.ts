// Vendors' HTTP ingestion APIs called without the SDK (fetch, axios, got, ky, node-fetch): the request
// body is a sink when the URL, as the code spells it out, names one of the catalog's endpoints.
import { join } from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';
import rule from '../../../rules/no-pii.js';
import { lint, typedReports } from '../../helpers/lint.js';

const ruleTester = new RuleTester();

/** The category, vendor and method of each no-pii report of `code`, in order. */
function found(code: string, filename = 'file.ts'): string[] {
  return lint(code, { filename })
    .filter((m) => m.ruleId === 'analytics-privacy/no-pii')
    .map((m) => `${m.line}: ${m.message}`);
}

ruleTester.run('no-pii: vendor HTTP APIs', rule, {
  valid: [
    {
      code: "fetch('https://api.segment.io/v1/track', { method: 'POST', body: JSON.stringify({ userId: 'system', event: 'cron_ran' }) });",
      name: 'a constant message',
    },
    {
      code: "fetch('https://api.example.com/v1/track', { method: 'POST', body: JSON.stringify({ email: user.email }) });",
      name: 'an endpoint of no vendor',
    },
    {
      code: 'fetch(`${SEGMENT_HOST}/v1/track`, { body: JSON.stringify({ traits: { email: user.email } }) });',
      name: 'a host the code does not spell out',
    },
    {
      code: "const fetch = makeClient();\nfetch('https://api.segment.io/v1/track', { body: JSON.stringify({ traits: { email: user.email } }) });",
      name: 'a local function named fetch',
    },
    {
      code: "import axios from 'axios';\naxios.get('https://api.mixpanel.com/track', { params: { email: user.email } });",
      name: 'a method of the client that sends no body',
    },
    {
      code: "import { createHash } from 'node:crypto';\nconst em = createHash('sha256').update(user.email).digest('hex');\nfetch(`https://graph.facebook.com/v19.0/${PIXEL}/events`, { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Purchase', user_data: { em } }] }) });",
      name: 'Meta Conversions API with the hashed email it asks for',
    },
    {
      code: "fetch('https://api.segment.io/v1/tracker/email', { body: JSON.stringify({ traits: { email: user.email } }) });",
      name: 'a longer path than the endpoint',
    },
  ],
  invalid: [
    {
      code: "fetch('https://api.segment.io/v1/identify', { method: 'POST', body: JSON.stringify({ userId: user.id, traits: { email: user.email } }) });",
      errors: [
        {
          messageId: 'leak',
          data: { category: 'user ID', vendor: 'Segment', method: 'HTTP API' },
          line: 1,
          column: 86,
          endLine: 1,
          endColumn: 101,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: { category: 'user ID', vendor: 'Segment', method: 'HTTP API' },
              output:
                "fetch('https://api.segment.io/v1/identify', { method: 'POST', body: JSON.stringify({ traits: { email: user.email } }) });",
            },
          ],
        },
        {
          messageId: 'leak',
          data: { category: 'email', vendor: 'Segment', method: 'HTTP API' },
          line: 1,
          column: 113,
          endLine: 1,
          endColumn: 130,
          suggestions: [
            {
              messageId: 'dropConfigureHelper',
              data: { category: 'email', vendor: 'Segment', method: 'HTTP API' },
              output:
                "fetch('https://api.segment.io/v1/identify', { method: 'POST', body: JSON.stringify({ userId: user.id, traits: {} }) });",
            },
          ],
        },
      ],
      name: 'Segment HTTP API through fetch, the body a JSON text of an object literal',
    },
  ],
});

describe('no-pii: vendor HTTP APIs, by client and by URL', () => {
  it('follows axios, got, ky and node-fetch, each with its own body place', () => {
    expect(
      found(
        [
          "import axios from 'axios';",
          "import got from 'got';",
          "import ky from 'ky';",
          "import nodeFetch from 'node-fetch';",
          'export async function send(user: { id: string; email: string }) {',
          "  await axios.post('https://api2.amplitude.com/2/httpapi', { api_key: KEY, events: [{ user_id: user.id, event_type: 'x' }] });",
          "  await got.post('https://api.mixpanel.com/engage', { json: [{ $distinct_id: 'd', $set: { $email: user.email } }] });",
          "  await ky.post('https://us.i.posthog.com/capture/', { json: { api_key: KEY, event: 'x', distinct_id: user.id } });",
          "  await nodeFetch('https://www.google-analytics.com/mp/collect?measurement_id=G-1', { method: 'POST', body: JSON.stringify({ client_id: cid, user_id: user.id }) });",
          "  await axios({ url: 'https://api.segment.io/v1/batch', method: 'post', data: { batch: [{ type: 'identify', traits: { email: user.email } }] } });",
          '}',
        ].join('\n'),
      ),
    ).toEqual([
      '6: user ID reaches Amplitude HTTP API /2/httpapi',
      '7: email reaches Mixpanel HTTP API /engage',
      '8: user ID reaches PostHog HTTP API /capture',
      '9: user ID reaches Google Analytics Measurement Protocol',
      '10: email reaches Segment HTTP API /v1/batch',
    ]);
  });

  it('reads the URL from constants, templates, concatenation and new URL(path, base)', () => {
    expect(
      found(
        [
          "const SEGMENT = 'https://api.segment.io';",
          'const TRACK = `${SEGMENT}/v1/track`;',
          "const MIXPANEL = 'https://api-eu.mixpanel.com' + '/track';",
          'export function send(user: { email: string }) {',
          "  fetch(TRACK, { method: 'POST', body: JSON.stringify({ userId: 'u', properties: { email: user.email } }) });",
          "  fetch(MIXPANEL, { body: JSON.stringify([{ event: 'x', properties: { email: user.email } }]) });",
          "  fetch(new URL('/capture/', 'https://eu.i.posthog.com'), { body: JSON.stringify({ distinct_id: 'd', properties: { $set: { email: user.email } } }) });",
          '}',
        ].join('\n'),
      ),
    ).toEqual([
      '5: email reaches Segment HTTP API',
      '6: email reaches Mixpanel HTTP API /track',
      '7: email reaches PostHog HTTP API /capture',
    ]);
  });

  it('reads a body built earlier, and window.fetch', () => {
    expect(
      found(
        [
          'export function send(user: { id: string; email: string }) {',
          "  const payload = { events: [{ user_id: user.id, event_type: 'signup', user_properties: { email: user.email } }] };",
          "  window.fetch('https://api.eu.amplitude.com/2/httpapi', { method: 'POST', body: JSON.stringify(payload) });",
          '}',
        ].join('\n'),
      ),
    ).toEqual([
      '2: user ID reaches Amplitude HTTP API /2/httpapi',
      '2: email reaches Amplitude HTTP API /2/httpapi',
    ]);
  });

  it('reports Meta Conversions API customer information as identity matching for ads', () => {
    const messages = lint(
      "fetch(`https://graph.facebook.com/v19.0/${PIXEL}/events?access_token=${TOKEN}`, { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Purchase', user_data: { em: user.email, ph: user.phone } }] }) });",
    );
    expect(messages.map((m) => [m.messageId, m.column])).toEqual([
      ['adMatching', 168],
      ['adMatching', 184],
    ]);
    expect(messages[0].message).toContain('email reaches Meta Pixel Conversions API');
  });

  it('follows a wrapper in the same file that posts to an endpoint', () => {
    expect(
      found(
        [
          'function track(event: string, properties: object) {',
          "  return fetch('https://api.segment.io/v1/track', { method: 'POST', body: JSON.stringify({ userId: 'srv', event, properties }) });",
          '}',
          "export const onSignup = (user: { email: string }) => track('signup', { email: user.email });",
        ].join('\n'),
      ),
    ).toEqual(['4: email reaches Segment HTTP API through track']);
  });
});

describe('no-pii: a wrapper module that posts to a vendor endpoint', () => {
  it('reports the caller in another file', () => {
    const page = join(import.meta.dirname, '..', '..', 'fixtures', 'project', 'src', 'app', 'page.ts');
    const code = [
      "import { trackHttp } from '../lib/http-telemetry';",
      "export const onInvite = (guest: { email: string }) => trackHttp('invited', { guest_email: guest.email });",
    ].join('\n');
    expect(found(code, page)).toEqual([
      '2: email reaches Segment HTTP API through trackHttp (lib/http-telemetry.ts)',
    ]);
  });
});

describe('no-pii: vendor HTTP APIs with type information', () => {
  it('reports the same bodies in a typed run, and a typed record passed whole', () => {
    expect(
      typedReports(
        [
          'interface Customer { id: string; email: string; phone: string }',
          'export async function convert(customer: Customer) {',
          "  await fetch('https://api.segment.io/v1/identify', { method: 'POST', body: JSON.stringify({ userId: customer.id, traits: customer }) });",
          "  await fetch('https://api.segment.io/v1/track', { method: 'POST', body: JSON.stringify({ userId: 'srv', event: 'x', properties: { plan: 'pro' } }) });",
          '}',
        ].join('\n'),
      ),
    ).toEqual(['3: user ID reaches Segment HTTP API', '3: whole user object reaches Segment HTTP API']);
  });
});
