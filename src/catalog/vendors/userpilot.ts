import { eventProps, orgId, orgProps, sink, userId, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

export const userpilot: Vendor = {
  id: 'userpilot',
  name: 'Userpilot',
  category: 'product analytics',
  // `import { Userpilot } from 'userpilot'; Userpilot.initialize(token); Userpilot.identify(id, props)`.
  modules: [{ names: ['userpilot'], exports: { members: { Userpilot: 'client' } } }],
  // `window.userpilotSettings = { token, ... }` carries configuration only, so it is not a sink.
  globals: { userpilot: 'client' },
  shapes: {
    client: {
      label: '',
      members: {
        // `identify(userId, { name, email, created_at, company: { id, name } })`; the docs carry a PII notice.
        identify: { call: sink('identity', userId, userProps) },
        group: { call: sink('identity', orgId, orgProps) },
        track: { call: sink('event', null, eventProps) },
      },
    },
  },
  docs: [
    'https://docs.userpilot.com/article/61-javascript-api',
    'https://docs.userpilot.com/article/21-install-userpilot-on-your-web-app',
    'https://www.npmjs.com/package/userpilot',
  ],
};
