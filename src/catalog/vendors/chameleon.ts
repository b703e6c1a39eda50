import { sink, userId, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

export const chameleon: Vendor = {
  id: 'chameleon',
  name: 'Chameleon',
  category: 'product analytics',
  // `import * as chmln from '@chamaeleonidae/chmln'; chmln.init(token); chmln.identify(uid, {...})`.
  modules: [{ names: ['@chamaeleonidae/chmln'], exports: { members: { default: 'chmln' } } }],
  globals: { chmln: 'chmln' },
  shapes: {
    chmln: {
      label: '',
      members: {
        // `identify(uid, { email, name, role, company: { uid, name, plan } })`.
        identify: { call: sink('identity', userId, userProps) },
        // Legacy `setup({ uid, email, created, ... })`.
        setup: { call: sink('identity', userProps) },
        // `track(eventName)` carries a name only and is not modelled.
        // not confirmed: the arguments of `set` and `alias` (present in the snippet's method list).
      },
    },
  },
  docs: [
    'https://www.npmjs.com/package/@chamaeleonidae/chmln',
    'https://help.trychameleon.com/en/articles/1226443-how-do-i-send-my-users-data-to-chameleon',
  ],
};
