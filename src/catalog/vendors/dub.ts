import { eventProps, fields, is, message, returns, sink, userId } from '../dsl.js';
import type { ArgRole, Vendor } from '../types.js';

/**
 * A lead or sale event: the customer's ID in your database (`customerExternalId`; `externalId` and
 * `customerId` in earlier SDK versions), name, email and avatar are stored on Dub's customer record.
 */
const conversion: ArgRole = fields({
  customerExternalId: userId,
  externalId: userId,
  customerId: userId,
  customerName: is('name'),
  customerEmail: is('email'),
  customerAvatar: message,
  metadata: eventProps,
});

const track = {
  label: 'track',
  members: {
    lead: { call: sink('event', conversion) },
    sale: { call: sink('event', conversion) },
  },
};

export const dub: Vendor = {
  id: 'dub',
  name: 'Dub',
  category: 'marketing',
  modules: [
    {
      // Server SDK: `new Dub({ token }).track.lead({...})`; standalone `trackLead(dubCore, {...})` from
      // `dub/funcs/trackLead.js` (a subpath of the same package).
      names: ['dub'],
      exports: {
        members: {
          Dub: { construct: 'client' },
          trackLead: { call: sink('event', null, conversion) },
          trackSale: { call: sink('event', null, conversion) },
        },
      },
    },
    {
      // Client-side script: `useAnalytics()` (`@dub/analytics/react`) returns `trackLead` / `trackSale`,
      // which call `window.dubAnalytics`.
      names: ['@dub/analytics'],
      exports: { members: { useAnalytics: returns('web') } },
    },
  ],
  globals: { dubAnalytics: 'web' },
  shapes: {
    client: { label: '', members: { track } },
    web: {
      label: '',
      members: {
        trackLead: { call: sink('event', conversion) },
        trackSale: { call: sink('event', conversion) },
      },
    },
  },
  docs: [
    'https://dub.co/api-reference/endpoint/track-lead',
    'https://dub.co/docs/sdks/client-side/features/conversion-tracking',
    'https://github.com/dubinc/dub-ts/blob/main/src/models/operations/tracklead.ts',
    'https://github.com/dubinc/dub-ts/blob/main/src/models/operations/tracksale.ts',
    'https://github.com/dubinc/dub-node/blob/main/docs/sdks/track/README.md',
    'https://github.com/dubinc/analytics/blob/main/packages/web/src/use-analytics.ts',
    'https://github.com/dubinc/analytics/blob/main/packages/web/src/types.ts',
  ],
};
