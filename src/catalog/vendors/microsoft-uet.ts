import { eventProps, matching, sink, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

export const microsoftUet: Vendor = {
  id: 'microsoft-uet',
  name: 'Microsoft UET',
  category: 'advertising pixel',
  modules: [],
  globals: {
    // `window.uetq.push('event', action, params)`: positional arguments, not one array.
    uetq: {
      members: {
        push: {
          commands: {
            event: sink('event', null, null, eventProps),
            // Enhanced conversions: `uetq.push('set', { pid: { em, ph } })`; UET hashes both in the browser.
            set: sink('identity', null, matching(userProps)),
          },
        },
      },
    },
  },
  shapes: {},
  docs: [
    'https://learn.microsoft.com/en-us/advertising/guides/uet-conversion-api-integration',
    'https://docs.tealium.com/ja/client-side-tags/microsoft-advertising-universal-event-tracking-uet-tag',
  ],
};
