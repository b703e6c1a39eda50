import { endpoint, eventProps, fields, list } from '../dsl.js';
import {
  segmentBrowserClient,
  segmentMessage,
  segmentPageView,
  segmentServerClient,
} from '../families/segment.js';
import type { Vendor } from '../types.js';

/** The HTTP Tracking API: one message per call, or a batch of them (https://segment.com/docs/connections/sources/catalog/libraries/server/http-api/). */
const httpApi = (host: string) => [
  endpoint(`${host}/v1/batch`, 'event', fields({ batch: list(segmentMessage), context: eventProps })),
  endpoint(`${host}/v1/*`, 'event', segmentMessage, 'HTTP API'),
];

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
  endpoints: [...httpApi('api.segment.io'), ...httpApi('events.eu1.segmentapis.com')],
};
