import { eventProps, fields, list, message, returns, sink } from '../dsl.js';
import type { ArgRole, Shape, Vendor } from '../types.js';

/**
 * `notify(error | message | notice, name | notice, notice)`: a notice object's message, context, params,
 * session, details (custom sections), cookies and headers are sent; an Error is not personal data itself.
 */
const notice: ArgRole = fields({
  message,
  context: eventProps,
  params: eventProps,
  session: eventProps,
  details: eventProps,
  cookies: eventProps,
  headers: eventProps,
  tags: list(message),
});

const client: Shape = {
  label: '',
  members: {
    notify: { call: sink('log', notice, notice, notice) },
    notifyAsync: { call: sink('log', notice, notice, notice) },
    // Context is sent with every later notice.
    setContext: { call: sink('context', eventProps), returns: 'client' },
    resetContext: { call: sink('context', eventProps), returns: 'client' },
    addBreadcrumb: { call: sink('log', message, fields({ metadata: eventProps })), returns: 'client' },
    // Insights events: `event(type, data)` or `event(data)`.
    event: { call: sink('event', eventProps, eventProps) },
    logEvent: { call: sink('event', eventProps) },
    // `beforeNotify((notice) => { notice.context = {...} })`: the notice before it is sent.
    beforeNotify: { callbacks: [{ arg: 0, params: ['notice'] }], returns: 'client' },
    configure: returns('client'),
    factory: returns('client'),
  },
};

export const honeybadger: Vendor = {
  id: 'honeybadger',
  name: 'Honeybadger',
  category: 'error monitoring',
  modules: [
    // One isomorphic package (browser and server builds): `import Honeybadger from '@honeybadger-io/js'`.
    { names: ['@honeybadger-io/js'], exports: { members: { default: 'client' } }, cjs: 'client' },
  ],
  // The UMD build from js.honeybadger.io defines `window.Honeybadger`.
  globals: { Honeybadger: 'client' },
  shapes: {
    client,
    notice: {
      label: 'notice',
      members: {
        context: { assign: eventProps },
        params: { assign: eventProps },
        session: { assign: eventProps },
        details: { assign: eventProps },
      },
    },
  },
  docs: [
    'http://docs.honeybadger.io/lib/javascript/index.html',
    'https://github.com/honeybadger-io/honeybadger-js/blob/master/packages/core/src/client.ts',
    'https://github.com/honeybadger-io/honeybadger-js/blob/master/packages/core/src/types.ts',
    'https://github.com/honeybadger-io/honeybadger-js/blob/master/packages/js/README.md',
    'https://github.com/honeybadger-io/honeybadger-js/blob/master/packages/js/rollup.config.js',
  ],
  scriptUrls: ['js.honeybadger.io'],
};
