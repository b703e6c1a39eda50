import {
  endpoint,
  eventProps,
  fields,
  keyed,
  list,
  message,
  orgId,
  orgProps,
  returns,
  same,
  sink,
  userId,
  userProps,
} from '../dsl.js';
import type { ArgRole, Member, Shape, Sink, Vendor } from '../types.js';

/** HTTP V2 event fields that say who an event is about. */
const eventFields: Record<string, ArgRole> = {
  user_id: userId,
  device_id: message,
  user_properties: userProps,
  event_properties: eventProps,
  groups: fields({}, orgId),
  group_properties: orgProps,
};

/** Event options: the event fields, anything else checked as event properties. */
const eventOptions: ArgRole = fields(eventFields, eventProps);

/** `track(eventInput)`: an event name, or a whole event object with the same fields plus location ones. */
const eventInput: ArgRole = fields({
  ...eventFields,
  ip: message,
  location_lat: message,
  location_lng: message,
});

/** `init(apiKey, userId?, options?)`: options may carry `userId` / `deviceId` too. */
const initOptions: ArgRole = fields({ userId, deviceId: message });

/**
 * Functions shared by the Browser SDK 2 client (namespace top-level functions, `createInstance()`, the
 * script-loader global) and the Node SDK, where the user travels in the event options of each call.
 */
const sharedMembers: Record<string, Member> = {
  identify: { call: sink('profile', fields({ user_id: userId, user_properties: userProps }), eventOptions) },
  groupIdentify: { call: sink('profile', null, orgId, null, eventOptions) },
  setGroup: { call: sink('identity', null, orgId, eventOptions) },
  ...same(sink('event', eventInput, eventProps, eventOptions), 'track', 'logEvent'),
  revenue: { call: sink('event', null, eventOptions) },
  Identify: { construct: 'identify' },
  Revenue: { construct: 'revenue' },
};

/** Browser (and React Native): a current user set by `init(apiKey, userId)` or `setUserId`. */
const browserMembers: Record<string, Member> = {
  ...sharedMembers,
  init: 'init',
  setUserId: { call: sink('identity', userId) },
  setDeviceId: { call: sink('identity', message) },
};

/** Legacy `amplitude-js` client (`amplitude.getInstance()`). */
const legacyMembers: Record<string, Member> = {
  init: 'legacyInit',
  setUserId: { call: sink('identity', userId) },
  setDeviceId: { call: sink('identity', message) },
  ...same(sink('profile', userProps), 'setUserProperties', 'setGlobalUserProperties'),
  setGroup: { call: sink('identity', null, orgId) },
  groupIdentify: { call: sink('profile', null, orgId) },
  ...same(sink('event', null, eventProps), 'logEvent', 'logEventWithTimestamp'),
  logEventWithGroups: { call: sink('event', null, eventProps, fields({}, orgId)) },
};

/** Builder methods that only return the builder (values not personal, or nothing sent). */
const builderReturns = (shape: string, ...names: string[]): Record<string, Shape> => {
  const out: Record<string, Shape> = {};
  for (const name of names) out[name] = { returns: shape };
  return out;
};

/** Builder methods that are sinks and return the builder. */
const builder = (s: Sink, shape: string, ...names: string[]): Record<string, Shape> => {
  const out: Record<string, Shape> = {};
  for (const name of names) out[name] = { call: s, returns: shape };
  return out;
};

/** HTTP V2 and Batch Event Upload APIs (https://amplitude.com/docs/apis/analytics/http-v2). */
const uploadBody = fields({
  events: list(
    fields({ user_id: userId, user_properties: userProps, event_properties: eventProps, groups: orgProps }),
  ),
});
const upload = (host: string) => [
  endpoint(`${host}/2/httpapi`, 'event', uploadBody),
  endpoint(`${host}/batch`, 'event', uploadBody),
];

export const amplitude: Vendor = {
  id: 'amplitude',
  name: 'Amplitude',
  category: 'product analytics',
  modules: [
    {
      names: ['@amplitude/analytics-browser', '@amplitude/analytics-react-native'],
      // Named functions act on a default instance; `default` covers bundler interop (`import amplitude from ...`).
      exports: {
        label: '',
        members: { ...browserMembers, createInstance: returns('client'), default: 'client' },
      },
    },
    {
      names: ['@amplitude/analytics-node'],
      exports: { label: '', members: { ...sharedMembers, createInstance: returns('node'), default: 'node' } },
    },
    {
      names: ['amplitude-js'],
      exports: { members: { default: 'legacyRoot' } },
      cjs: 'legacyRoot',
    },
    {
      // Deprecated Node SDK: `Amplitude.init(key)` returns a client taking whole event objects.
      names: ['@amplitude/node'],
      exports: { members: { init: returns('oldNode'), default: { members: { init: returns('oldNode') } } } },
    },
  ],
  globals: { amplitude: 'global' },
  shapes: {
    // Browser SDK 2 `init(apiKey, userId?, options?)` or `init(apiKey, options)`; amplitude-js the same.
    init: { call: sink('init', null, userId, initOptions) },
    legacyInit: { call: sink('init', null, userId, initOptions) },
    client: { label: '', members: { ...browserMembers, createInstance: returns('client') } },
    node: { label: '', members: { ...sharedMembers, createInstance: returns('node') } },
    legacy: { label: '', members: legacyMembers },
    legacyRoot: {
      label: '',
      members: {
        ...legacyMembers,
        getInstance: returns('legacy'),
        Identify: { construct: 'identify' },
        Revenue: { construct: 'revenue' },
      },
    },
    // The script-loader global serves both the Browser SDK 2 and the legacy amplitude-js snippet.
    global: {
      label: '',
      members: {
        ...legacyMembers,
        ...browserMembers,
        getInstance: returns('legacy'),
        createInstance: returns('client'),
      },
    },
    identify: {
      label: 'Identify',
      members: {
        // Values given to these become user (or, through groupIdentify, group) properties under the key in arg 0.
        ...builder(
          sink('profile', null, keyed(0, 'user')),
          'identify',
          'set',
          'setOnce',
          'append',
          'prepend',
          'add',
          'preInsert',
          'postInsert',
          'remove',
        ),
        ...builderReturns('identify', 'unset', 'clearAll'),
      },
    },
    revenue: {
      label: 'Revenue',
      members: {
        setEventProperties: { call: sink('event', eventProps), returns: 'revenue' },
        ...builderReturns(
          'revenue',
          'setProductId',
          'setQuantity',
          'setPrice',
          'setRevenueType',
          'setCurrency',
          'setRevenue',
          'setReceipt',
          'setReceiptSig',
        ),
      },
    },
    oldNode: {
      label: '',
      members: {
        logEvent: { call: sink('event', eventInput) },
        identify: { call: sink('identity', userId, message) },
      },
    },
  },
  docs: [
    'https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2/reference',
    'https://amplitude.com/docs/sdks/analytics/node/node-js-sdk/reference',
    'https://app.unpkg.com/@amplitude/analytics-browser@2.22.2/files/lib/cjs/index.d.ts',
    'https://app.unpkg.com/@amplitude/analytics-core@2.11.2/files/lib/cjs/revenue.d.ts',
    'https://socket.dev/npm/package/@types/amplitude-js/diff/4.4.1',
    'https://www.npmjs.com/package/@amplitude/identify',
  ],
  configChecks: [
    {
      targets: [{ shape: 'init', via: 'call', args: [2, 1], label: 'init', initial: true }],
      rules: [
        {
          kind: 'argument',
          arg: 1,
          category: 'email',
          collects: 'becomes the Amplitude user ID, stored with every event',
        },
        {
          kind: 'option',
          path: 'trackingOptions.ipAddress',
          unsafe: [true],
          safe: false,
          whenMissing: true,
          collects: "stores users' IP address and location",
        },
      ],
    },
    {
      // amplitude-js: `trackingOptions.ip_address`.
      targets: [{ shape: 'legacyInit', via: 'call', args: [2], label: 'init', initial: true }],
      rules: [
        {
          kind: 'argument',
          arg: 1,
          category: 'email',
          collects: 'becomes the Amplitude user ID, stored with every event',
        },
        {
          kind: 'option',
          path: 'trackingOptions.ip_address',
          unsafe: [true],
          safe: false,
          whenMissing: true,
          collects: "stores users' IP address and location",
        },
      ],
    },
  ],
  scriptUrls: ['cdn.amplitude.com'],
  nameWords: ['amplitude'],
  endpoints: [...upload('api2.amplitude.com'), ...upload('api.eu.amplitude.com')],
};
