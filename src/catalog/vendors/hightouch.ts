import { segmentBrowserClient, segmentServerClient } from '../families/segment.js';
import { returns } from '../dsl.js';
import type { Vendor } from '../types.js';

export const hightouch: Vendor = {
  id: 'hightouch',
  name: 'Hightouch',
  category: 'customer data platform',
  modules: [
    {
      names: ['@ht-sdks/events-sdk-js-browser'],
      exports: { members: { HtEventsBrowser: { members: { load: returns('client') } } } },
    },
    // Older browser package: the module itself is the client (`import * as htevents from ...; htevents.load(...)`).
    { names: ['@ht-sdks/events-sdk-js'], exports: 'client' },
    {
      names: ['@ht-sdks/events-sdk-js-node'],
      exports: { members: { HtEvents: { construct: 'server' } } },
    },
  ],
  globals: { htevents: 'client' },
  shapes: {
    client: segmentBrowserClient,
    server: segmentServerClient,
  },
  docs: [
    'https://hightouch.com/docs/events/sdks/browser',
    'https://npmjs.com/package/@ht-sdks/events-sdk-js-browser',
    'https://www.npmjs.com/package/@ht-sdks/events-sdk-js',
    'https://npmjs.com/package/@ht-sdks/events-sdk-js-node',
  ],
};
