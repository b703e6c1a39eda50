import { endpoint, eventProps, fields, list, matching, sink, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

/** Conversions API: server events with customer information to match (https://developers.facebook.com/docs/marketing-api/conversions-api/parameters). */
const conversionsApi = fields({
  data: list(fields({ user_data: matching(userProps), custom_data: eventProps })),
});

export const metaPixel: Vendor = {
  id: 'meta-pixel',
  name: 'Meta Pixel',
  category: 'advertising pixel',
  modules: [
    {
      names: ['react-facebook-pixel'],
      exports: { members: { default: 'reactPixel' } },
      cjs: 'reactPixel',
    },
  ],
  globals: { fbq: 'fbq', _fbq: 'fbq' },
  shapes: {
    fbq: {
      commands: {
        // Advanced matching: `fbq('init', pixelId, { em, ph, fn, ln, ge, db, ct, st, zp, country, external_id })`.
        // The pixel hashes plain values, but they still leave the page as personal data.
        init: sink('init', null, null, matching(userProps)),
        track: sink('event', null, null, eventProps),
        trackCustom: sink('event', null, null, eventProps),
        trackSingle: sink('event', null, null, null, eventProps),
        // not confirmed: a `trackSingleCustom` command on fbq itself (left out).
      },
    },
    // `import ReactPixel from 'react-facebook-pixel'`.
    reactPixel: {
      label: '',
      members: {
        init: { call: sink('init', null, matching(userProps)) },
        track: { call: sink('event', null, eventProps) },
        trackCustom: { call: sink('event', null, eventProps) },
        trackSingle: { call: sink('event', null, null, eventProps) },
        trackSingleCustom: { call: sink('event', null, null, eventProps) },
        // `ReactPixel.fbq(...)` forwards to the global.
        fbq: 'fbq',
      },
    },
  },
  docs: [
    'https://developers.facebook.com/docs/meta-pixel/advanced/advanced-matching/',
    'https://developers.facebook.com/docs/meta-pixel/reference',
    'https://www.npmjs.com/package/react-facebook-pixel',
  ],
  scriptUrls: ['connect.facebook.net/*/fbevents.js'],
  endpoints: [endpoint('graph.facebook.com/*/*/events', 'event', conversionsApi, 'Conversions API')],
};
