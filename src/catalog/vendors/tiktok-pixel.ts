import { eventProps, matching, returns, sink, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

export const tiktokPixel: Vendor = {
  id: 'tiktok-pixel',
  name: 'TikTok Pixel',
  category: 'advertising pixel',
  modules: [],
  globals: { ttq: 'ttq' },
  shapes: {
    // The snippet's `ttq` queue object; `ttq.instance(pixelId)` gives the same methods for one pixel.
    ttq: {
      label: '',
      members: {
        // Advanced matching: `ttq.identify({ email, phone_number, external_id })`. The pixel hashes plain
        // values, but they still leave the page as personal data.
        identify: { call: sink('identity', matching(userProps)) },
        // `ttq.track(event, params, { event_id })`.
        track: { call: sink('event', null, eventProps) },
        instance: returns('ttq'),
      },
    },
  },
  docs: [
    'https://ads.tiktok.com/help/article/how-to-set-up-matching-events-with-events-api',
    'https://docs.tealium.com/client-side-tags/tiktok-pixel-tag/',
    'https://github.com/nuxt/scripts/pull/776/files',
  ],
  scriptUrls: ['analytics.tiktok.com/i18n/pixel'],
};
