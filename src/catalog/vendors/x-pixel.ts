import { eventProps, sink } from '../dsl.js';
import type { Vendor } from '../types.js';

export const xPixel: Vendor = {
  id: 'x-pixel',
  name: 'X Pixel',
  category: 'advertising pixel',
  modules: [],
  globals: {
    twq: {
      commands: {
        // `twq('event', eventId, { value, conversion_id, email_address, phone_number })`.
        // not confirmed: the exact identity key names (the Conversions API uses hashed email / phone).
        event: sink('event', null, null, eventProps),
      },
    },
  },
  shapes: {},
  docs: [
    'https://docs.tealium.com/ja/client-side-tags/twitter-pixel-tag/',
    'https://docs.tealium.com/server-side-connectors/twitter-conversions-connector/',
  ],
};
