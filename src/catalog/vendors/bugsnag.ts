import { error, eventProps, fields, is, keyed, message, sink, userId, userProps } from '../dsl.js';
import type { Shape, Vendor } from '../types.js';

/** `setUser(id, email, name)`: positional, on the client and on an event. */
const setUser = sink('identity', userId, is('email'), is('name'));

/** `addMetadata(section, { key: value })` or `addMetadata(section, key, value)`. */
const addMetadata = sink('context', null, eventProps, keyed(1));

const clientMembers: Record<string, Shape> = {
  setUser: { call: setUser },
  addMetadata: { call: addMetadata },
  leaveBreadcrumb: { call: sink('log', message, eventProps) },
  // A free-text context such as the current route.
  setContext: { call: sink('context', message) },
  // `notify(error, onError)`: the error's message (or a message string) is sent, and what `onError` adds.
  notify: { call: sink('log', error), callbacks: [{ arg: 1, params: ['event'] }] },
  addOnError: { callbacks: [{ arg: 0, params: ['event'] }] },
};

/** `start({ apiKey, user, metadata, context })`; `start('apiKey')` carries nothing. */
const start = sink('init', fields({ user: userProps, metadata: eventProps, context: message }));

export const bugsnag: Vendor = {
  id: 'bugsnag',
  name: 'Bugsnag',
  category: 'error monitoring',
  modules: [
    {
      names: ['@bugsnag/js', '@bugsnag/browser', '@bugsnag/node', '@bugsnag/react-native'],
      exports: { members: { default: 'static' } },
      cjs: 'static',
    },
    // not confirmed: `@bugsnag/expo` sharing the same static API (left out).
  ],
  globals: { Bugsnag: 'static' },
  shapes: {
    start: { call: start, returns: 'client' },
    static: {
      label: '',
      members: {
        ...clientMembers,
        start: 'start',
        createClient: 'start',
      },
    },
    client: { label: '', members: clientMembers },
    event: {
      label: 'event',
      members: { setUser: { call: setUser }, addMetadata: { call: addMetadata } },
    },
  },
  docs: [
    'https://docs.bugsnag.com/platforms/javascript/customizing-error-reports/',
    'https://docs.bugsnag.com/platforms/javascript/configuration-options/',
    'https://docs.bugsnag.com/platforms/javascript/customizing-breadcrumbs/',
    'https://github.com/bugsnag/bugsnag-js/blob/next/packages/core/types/client.d.ts',
  ],
  configChecks: [
    {
      targets: [{ shape: 'start', via: 'call', args: [0], label: 'start', initial: true }],
      rules: [
        {
          // Default true: the browser notifier uses the IP address as the user ID and sends it with each error.
          kind: 'option',
          path: 'collectUserIp',
          unsafe: [true],
          safe: false,
          whenMissing: true,
          collects: "sends each user's IP address as their user ID",
        },
      ],
    },
  ],
};
