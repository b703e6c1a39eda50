import { eventProps, returns, sink, userId, userProps } from '../dsl.js';
import type { Shape, Vendor } from '../types.js';

// Plugin-specific methods (`analytics.plugins.segment.group(...)`) are left out: their access path is not
// confirmed.

const identify: Shape = { label: 'identify', call: sink('identity', userId, userProps) };
const track: Shape = { label: 'track', call: sink('event', null, eventProps) };
const page: Shape = { label: 'page', call: sink('event', eventProps) };

export const getanalytics: Vendor = {
  id: 'getanalytics',
  name: 'Analytics (getanalytics.io)',
  category: 'customer data platform',
  modules: [
    {
      // `Analytics({ app, plugins })` returns the instance.
      names: ['analytics', '@analytics/core'],
      exports: { members: { default: returns('client'), Analytics: returns('client') } },
    },
    {
      names: ['use-analytics'],
      exports: {
        members: {
          useAnalytics: returns('client'),
          useIdentify: returns(identify),
          useTrack: returns(track),
          usePage: returns(page),
        },
      },
    },
  ],
  globals: {},
  shapes: {
    client: { label: '', members: { identify, track, page } },
  },
  docs: [
    'https://getanalytics.io/api/',
    'https://npmjs.com/package/analytics',
    'https://app.unpkg.com/@analytics/core@0.13.2/files/dist/types.d.ts',
    'https://npmjs.com/package/use-analytics',
  ],
};
