import { segmentBrowserClient, segmentPageView, segmentServerClient } from '../families/segment.js';
import type { Vendor } from '../types.js';

// `setCustomContext` (listed in some summaries) was not found in the SDK's API reference: left out.
// The older unscoped `rudder-sdk-node` package is left out too (not confirmed).

export const rudderstack: Vendor = {
  id: 'rudderstack',
  name: 'RudderStack',
  category: 'customer data platform',
  modules: [
    {
      // v3: `const analytics = new RudderAnalytics(); analytics.load(writeKey, dataPlaneUrl)`.
      names: [
        '@rudderstack/analytics-js',
        '@rudderstack/analytics-js/bundled',
        '@rudderstack/analytics-js/legacy',
        '@rudderstack/analytics-js/content-script',
      ],
      exports: { members: { RudderAnalytics: { construct: 'client' } } },
    },
    // Deprecated v1.1 SDK: the module itself is the client (`import * as rudderanalytics from 'rudder-sdk-js'`).
    { names: ['rudder-sdk-js'], exports: 'client' },
    {
      names: ['@rudderstack/rudder-sdk-node'],
      exports: { members: { default: { construct: 'server' } } },
      cjs: { construct: 'server' },
    },
  ],
  globals: { rudderanalytics: 'client' },
  shapes: {
    client: segmentBrowserClient,
    server: segmentServerClient,
  },
  docs: [
    'https://www.rudderstack.com/docs/sources/event-streams/sdks/rudderstack-javascript-sdk/supported-api/',
    'https://rudderstack.com/docs/event-spec/standard-events/identify',
    'https://www.rudderstack.com/docs/sources/event-streams/sdks/rudderstack-node-sdk/',
  ],
  // `rudderanalytics.page(...)`, `rudderClient.page(...)`; a client named `analytics` is Segment's word.
  pageViews: [segmentPageView('rudderanalytics', 'rudder')],
};
