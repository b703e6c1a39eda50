import { eventProps, fields, message, returns, sink } from '../dsl.js';
import type { ArgRole, Vendor } from '../types.js';

/**
 * Event options: `{ props, revenue, interactive, callback, u }`; `props` is free-form, `u` a custom page
 * URL (which may embed IDs or emails).
 */
const eventOptions: ArgRole = fields({ props: eventProps, u: message });

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
    {
      // Next.js: `const plausible = usePlausible(); plausible('Signup', { props })` calls `window.plausible`;
      // `<PlausibleProvider init={{ customProperties }}>` (`pageviewProps` before 4.0).
      names: ['next-plausible'],
      exports: {
        members: {
          usePlausible: returns({ call: { ...sink('event', null, eventOptions), label: 'plausible' } }),
          default: {
            element: {
              ...sink(
                'context',
                fields({ init: fields({ customProperties: eventProps }), pageviewProps: eventProps }),
              ),
              label: '<PlausibleProvider>',
            },
          },
        },
      },
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
    'https://github.com/4lejandrito/next-plausible/blob/master/lib/usePlausible.ts',
    'https://github.com/4lejandrito/next-plausible/blob/master/README.md',
    'https://github.com/4lejandrito/next-plausible/blob/master/MIGRATION.md',
  ],
};
