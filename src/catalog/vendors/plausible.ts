import { eventProps, fields, message, returns, sink } from '../dsl.js';
import type { ArgRole, Vendor } from '../types.js';

/** Event options: `{ props, revenue, interactive, callback }`; only `props` is free-form. */
const eventOptions: ArgRole = fields({ props: eventProps });

export const plausible: Vendor = {
  id: 'plausible',
  name: 'Plausible',
  category: 'web analytics',
  modules: [
    {
      names: ['@plausible-analytics/tracker'],
      exports: {
        members: {
          // `init({ domain, customProperties })`: custom properties are attached to every event.
          init: { call: sink('context', fields({ customProperties: eventProps })) },
          track: { call: sink('event', null, eventOptions) },
        },
      },
    },
    {
      // Community tracker: `const { trackEvent, trackPageview } = Plausible({ domain })`.
      names: ['plausible-tracker'],
      exports: { members: { default: returns('legacy') } },
      cjs: returns('legacy'),
    },
  ],
  globals: { plausible: { call: sink('event', null, eventOptions) } },
  shapes: {
    legacy: {
      label: '',
      members: {
        trackEvent: { call: sink('event', null, eventOptions) },
        // `trackPageview({ url, referrer }, { props })`: the URL may embed IDs or emails.
        trackPageview: { call: sink('event', fields({ url: message }), eventOptions) },
      },
    },
  },
  docs: [
    'https://plausible.io/docs/custom-props/for-custom-events',
    'https://plausible.io/docs/custom-event-goals',
    'https://www.npmjs.com/package/@plausible-analytics/tracker',
    'https://www.npmjs.com/package/plausible-tracker',
  ],
};
