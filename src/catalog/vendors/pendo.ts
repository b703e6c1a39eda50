import { eventProps, fields, orgId, orgProps, sink, userId, userProps } from '../dsl.js';
import type { ArgRole, Vendor } from '../types.js';

/** `{ visitor: { id, email, full_name, ... }, account: { id, name, ... } }`. */
const visitorAndAccount: ArgRole = fields({ visitor: userProps, account: orgProps });

export const pendo: Vendor = {
  id: 'pendo',
  name: 'Pendo',
  category: 'product analytics',
  modules: [],
  globals: {
    pendo: {
      label: '',
      members: {
        initialize: { call: sink('init', visitorAndAccount) },
        // `identify(visitorId, accountId)`; an object there is read as the visitor's properties.
        // not confirmed: whether `identify({ visitor, account })` is handled field by field (modelled as user props).
        identify: { call: sink('identity', userId, orgId) },
        updateOptions: { call: sink('profile', visitorAndAccount) },
        track: { call: sink('event', null, eventProps) },
      },
    },
  },
  shapes: {},
  docs: ['https://web-sdk.pendo.io/config/'],
};
