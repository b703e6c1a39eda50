import { segmentBrowserClient, segmentServerClient } from '../families/segment.js';
import { returns } from '../dsl.js';
import type { Vendor } from '../types.js';

// June's web snippet uses Segment's `window.analytics` global, which the Segment module already covers.

export const june: Vendor = {
  id: 'june',
  name: 'June',
  category: 'product analytics',
  modules: [
    {
      names: ['@june-so/analytics-next'],
      exports: { members: { AnalyticsBrowser: { members: { load: returns('client') } } } },
    },
    {
      // `new Analytics(writeKey, options)`; calls take Segment message objects.
      names: ['@june-so/analytics-node'],
      exports: { members: { Analytics: { construct: 'server' } } },
    },
  ],
  globals: {},
  shapes: {
    client: segmentBrowserClient,
    server: segmentServerClient,
  },
  docs: [
    'https://app.unpkg.com/@june-so/analytics-node@8.0.0/files/src/client.ts',
    'https://app.unpkg.com/@june-so/analytics-node@8.0.0/files/readme.md',
  ],
};
