import { segmentBrowserClient, segmentPageView, segmentServerClient } from '../families/segment.js';
import type { Vendor } from '../types.js';

export const segment: Vendor = {
  id: 'segment',
  name: 'Segment',
  category: 'customer data platform',
  modules: [
    {
      names: ['@segment/analytics-next'],
      exports: {
        members: {
          AnalyticsBrowser: { members: { load: { returns: 'client' } }, construct: 'browserInstance' },
        },
      },
    },
    { names: ['@segment/analytics-node'], exports: { members: { Analytics: { construct: 'server' } } } },
    {
      names: ['analytics-node'],
      exports: { members: { default: { construct: 'server' } } },
      cjs: { construct: 'server' },
    },
  ],
  globals: { analytics: 'client' },
  shapes: {
    client: segmentBrowserClient,
    browserInstance: {
      ...segmentBrowserClient,
      members: { ...segmentBrowserClient.members, load: { returns: 'client' } },
    },
    server: segmentServerClient,
  },
  docs: [
    'https://www.twilio.com/docs/segment/connections/sources/catalog/libraries/website/javascript',
    'https://www.twilio.com/docs/segment/connections/sources/catalog/libraries/server/node',
  ],
  scriptUrls: ['cdn.segment.com'],
  // `analytics` is the global and the usual name of Segment's client, and of the Segment-compatible
  // ones (RudderStack v3, June, Hightouch, ...). Jitsu's client (`jitsu.page(...)`) is in jitsu.ts.
  pageViews: [segmentPageView('analytics', 'segment')],
  nameWords: ['segment'],
};
