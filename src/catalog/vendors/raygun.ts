import { error, eventProps, fields, is, list, message, sink, userId, userProps } from '../dsl.js';
import type { ArgRole, Shape, Vendor } from '../types.js';

/** `{ identifier, isAnonymous, email, firstName, fullName, uuid }`: the identifier is often an email. */
const raygunUser: ArgRole = fields({ identifier: userId }, userProps);

/** `rg4js('send', { error, customData, tags })`: custom data may be an object or an array of objects. */
const sendOptions: ArgRole = fields({ error, customData: eventProps, tags: list(message) });

/** `recordBreadcrumb('message', metadata)` or `recordBreadcrumb({ message, metadata, level, location })`. */
const breadcrumb: ArgRole = fields({ message, metadata: eventProps });

/** The V1 API (`window.Raygun`, `rg4js('getRaygunInstance')`): chained methods with positional arguments. */
const raygunStatic: Shape = {
  label: '',
  members: {
    init: { call: sink('init', null, null, eventProps), returns: 'raygun' },
    constructNewRaygun: { returns: 'raygun' },
    // `setUser(user, isAnonymous, email, fullName, firstName, uuid)`.
    setUser: { call: sink('identity', userId, null, is('email'), is('name'), is('name')), returns: 'raygun' },
    withCustomData: { call: sink('context', eventProps), returns: 'raygun' },
    withTags: { call: sink('context', list(message)), returns: 'raygun' },
    // The error's message is sent, and its custom data and tags.
    send: { call: sink('log', error, eventProps, list(message)), returns: 'raygun' },
    recordBreadcrumb: { call: sink('log', breadcrumb, eventProps) },
  },
};

export const raygun: Vendor = {
  id: 'raygun',
  name: 'Raygun',
  category: 'error monitoring',
  modules: [
    // `import rg4js from 'raygun4js'` / `require('raygun4js')`: the same command function as the snippet's global.
    { names: ['raygun4js'], exports: { members: { default: 'rg4js' } }, cjs: 'rg4js' },
    {
      // Node.js: `new raygun.Client().init({ apiKey })`; `import * as Raygun from 'raygun'` or `{ Raygun }`.
      names: ['raygun'],
      exports: {
        members: {
          Client: { construct: 'node' },
          Raygun: { members: { Client: { construct: 'node' } } },
          default: { members: { Client: { construct: 'node' } } },
        },
      },
    },
  ],
  globals: { rg4js: 'rg4js', Raygun: 'raygun' },
  shapes: {
    rg4js: {
      label: 'rg4js',
      commands: {
        setUser: sink('identity', null, raygunUser),
        send: sink('log', error, sendOptions),
        withCustomData: sink('context', null, eventProps),
        withTags: sink('context', null, list(message)),
        recordBreadcrumb: sink('log', null, breadcrumb, eventProps),
        // `rg4js('trackEvent', { type: 'pageView', path })`: the path may embed IDs or emails.
        trackEvent: sink('event', null, fields({ path: message })),
      },
    },
    raygun: raygunStatic,
    node: {
      label: '',
      members: {
        init: { returns: 'node' },
        // `send(error, { customData, tags, userInfo, request })`. not confirmed: the 0.x positional
        // `send(error, customData, callback, request, tags)` (left out).
        send: {
          call: sink(
            'log',
            error,
            fields({ customData: eventProps, tags: list(message), userInfo: raygunUser }),
          ),
        },
        setTags: { call: sink('context', list(message)) },
        addBreadcrumb: { call: sink('log', fields({ message, customData: eventProps })) },
        // not confirmed as a sink: assigning `client.user = (req) => ({ identifier, email })` (the value is
        // a function whose result is sent; the catalog has no role for a function's return value).
      },
    },
  },
  docs: [
    'https://github.com/MindscapeHQ/raygun4js/blob/master/README.md',
    'https://github.com/MindscapeHQ/raygun4js/blob/master/types/index.d.ts',
    'https://app.unpkg.com/raygun4js@2.14.1/files/examples/SettingAUserCrashReporting.html',
    'https://github.com/MindscapeHQ/raygun4node/blob/develop/README.md',
    'https://github.com/MindscapeHQ/raygun4node/blob/develop/lib/raygun.ts',
  ],
  scriptUrls: ['cdn.raygun.io/raygun4js'],
};
