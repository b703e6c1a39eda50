import { eventProps, fields, sink } from '../dsl.js';
import type { Shape, Vendor } from '../types.js';

/** `track(name, properties?)` (browser, `/react`, `/next`) and `track(name, properties?, options?)` (`/server`). */
const track: Shape = { call: sink('event', null, eventProps) };

export const vercelAnalytics: Vendor = {
  id: 'vercel-analytics',
  name: 'Vercel Web Analytics',
  category: 'web analytics',
  modules: [
    {
      // Subpaths (`/react`, `/next`, `/server`, `/astro`, ...) resolve to this entry too.
      names: ['@vercel/analytics'],
      exports: { members: { track, default: { label: '', members: { track } } } },
    },
  ],
  globals: {
    // The queue function the script and `track` use: `va('event', { name, data })`.
    va: {
      commands: {
        event: sink('event', null, fields({ data: eventProps }, eventProps)),
        // `va('pageview', { route, path })`: the path may embed IDs or emails.
        pageview: sink('event', null, eventProps),
      },
    },
  },
  shapes: {},
  docs: [
    'https://vercel.com/docs/analytics/custom-events',
    'https://app.unpkg.com/@vercel/analytics@2.0.1/files/dist/react/index.d.mts',
    'https://app.unpkg.com/@vercel/analytics@2.0.1/files/dist/server/index.d.mts',
  ],
};
