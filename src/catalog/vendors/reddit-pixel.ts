import { eventProps, matching, sink, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

export const redditPixel: Vendor = {
  id: 'reddit-pixel',
  name: 'Reddit Pixel',
  category: 'advertising pixel',
  modules: [],
  globals: {
    rdt: {
      commands: {
        // Advanced matching: `rdt('init', pixelId, { email, phoneNumber, externalId })`; the library hashes
        // plain emails. (Key names read in public integration code, not in a vendor reference.)
        init: sink('init', null, null, matching(userProps)),
        track: sink('event', null, null, eventProps),
      },
    },
  },
  shapes: {},
  docs: [
    'https://docs.tealium.com/ja/client-side-tags/reddit-pixel-tag/',
    'https://c15t.com/docs/integrations/reddit-pixel',
  ],
};
