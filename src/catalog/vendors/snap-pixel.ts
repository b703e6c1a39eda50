import { eventProps, matching, sink, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

export const snapPixel: Vendor = {
  id: 'snap-pixel',
  name: 'Snap Pixel',
  category: 'advertising pixel',
  modules: [],
  globals: {
    snaptr: {
      commands: {
        // `snaptr('init', pixelId, { user_email, user_phone_number, ... })`: the SDK hashes plain values.
        init: sink('init', null, null, matching(userProps)),
        track: sink('event', null, null, eventProps),
      },
    },
  },
  shapes: {},
  docs: [
    'https://docs.tealium.com/client-side-tags/snap-pixel-tag',
    'https://www.rudderstack.com/docs/destinations/streaming-destinations/snap-pixel/',
  ],
};
