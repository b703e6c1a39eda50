import { eventProps, sink, userId, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

// No vendor reference page was retrieved; the shapes below were read in public integration and app code.

export const drift: Vendor = {
  id: 'drift',
  name: 'Drift',
  category: 'customer messaging',
  modules: [],
  globals: { drift: 'drift' },
  shapes: {
    drift: {
      label: '',
      members: {
        // `identify(userId, { email, name, phone, ... }, { userJwt })`.
        identify: { call: sink('identity', userId, userProps) },
        track: { call: sink('event', null, eventProps) },
        api: 'api',
        // `drift.on('ready', api => api.setUserAttributes({...}))`.
        on: { callbacks: [{ arg: 1, params: ['api'] }] },
      },
    },
    api: { label: 'api', members: { setUserAttributes: { call: sink('profile', userProps) } } },
  },
  docs: ['https://github.com/segmentio/analytics.js-integrations/tree/master/integrations/drift'],
};
