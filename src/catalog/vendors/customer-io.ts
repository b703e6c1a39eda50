import { segmentBrowserClient, segmentServerClient } from '../families/segment.js';
import { eventProps, fields, message, returns, sink, userId, userProps } from '../dsl.js';
import type { ArgRole, Vendor } from '../types.js';

/** customerio-node event: `{ name, data }`; `data` holds the event attributes. */
const cioEvent: ArgRole = fields({ data: eventProps });

// Left out: the classic snippet's `_cio.sidentify` (shape not confirmed), customerio-node's `destroy` /
// `suppress` (they remove or silence a person) and its APIClient (transactional messages need the recipient's
// address by design).

export const customerIo: Vendor = {
  id: 'customer-io',
  name: 'Customer.io',
  category: 'customer messaging',
  modules: [
    {
      names: ['@customerio/cdp-analytics-browser'],
      exports: { members: { AnalyticsBrowser: { members: { load: returns('client') } } } },
    },
    {
      names: ['@customerio/cdp-analytics-node'],
      exports: { members: { Analytics: { construct: 'server' } } },
    },
    {
      // `const { TrackClient } = require('customerio-node')`; older versions exported the class itself.
      names: ['customerio-node'],
      exports: { members: { TrackClient: { construct: 'track' }, default: { construct: 'track' } } },
      cjs: { construct: 'track', members: { TrackClient: { construct: 'track' } } },
    },
  ],
  globals: { cioanalytics: 'client', _cio: 'classic' },
  shapes: {
    client: segmentBrowserClient,
    server: segmentServerClient,
    // Classic snippet: `_cio.identify({ id, email, created_at })`, `_cio.track(name, data)`, `_cio.page(url, data)`.
    classic: {
      label: '',
      members: {
        identify: { call: sink('identity', userProps) },
        track: { call: sink('event', null, eventProps) },
        page: { call: sink('event', message, eventProps) },
      },
    },
    track: {
      label: '',
      members: {
        identify: { call: sink('identity', userId, userProps) },
        track: { call: sink('event', userId, cioEvent) },
        trackAnonymous: { call: sink('event', message, cioEvent) },
        trackPageView: { call: sink('event', userId, message) },
        addDevice: { call: sink('identity', userId, null, null, eventProps) },
        mergeCustomers: { call: sink('identity', null, userId, null, userId) },
      },
    },
  },
  docs: [
    'https://docs.customer.io/integrations/data-in/connections/javascript/method-reference.md',
    'https://docs.customer.io/integrations/data-in/connections/javascript/legacy-js/',
    'https://github.com/customerio/customerio-node/blob/main/README.md',
  ],
};
