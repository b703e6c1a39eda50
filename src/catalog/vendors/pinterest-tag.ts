import { eventProps, matching, sink, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

export const pinterestTag: Vendor = {
  id: 'pinterest-tag',
  name: 'Pinterest Tag',
  category: 'advertising pixel',
  modules: [],
  globals: {
    pintrk: {
      commands: {
        // Enhanced match: `pintrk('load', tagId, { em })` (plain or hashed email).
        load: sink('init', null, null, matching(userProps)),
        // `pintrk('set', { em })` keeps the match data for the following events.
        set: sink('identity', null, matching(userProps)),
        track: sink('event', null, null, eventProps),
        page: sink('event', null, eventProps),
      },
    },
  },
  shapes: {},
  docs: [
    'https://twilio.com/docs/segment/connections/destinations/catalog/pinterest-tag',
    'https://www.rudderstack.com/docs/destinations/streaming-destinations/pinterest-ads/pinterest-ads-device-mode/',
    'https://c15t.com/docs/integrations/pinterest-tag',
  ],
};
