import { eventProps, fields, message, returns, same, sink, userProps } from '../dsl.js';
import type { ArgRole, Shape, Vendor } from '../types.js';

/**
 * A StatsigUser: `{ userID, email, ip, userAgent, country, locale, custom, privateAttributes, customIDs }`.
 * Private attributes are kept out of logged events but are still sent to Statsig for evaluation.
 */
const user: ArgRole = userProps;

/** `logEvent(name, value?, metadata?)` or `logEvent({ eventName, value, metadata })`. */
const clientLogEvent = sink('event', fields({ value: message, metadata: eventProps }), message, eventProps);

/** `new StatsigClient(sdkKey, user, options)`; `StatsigClient.instance()` returns the shared one. */
const StatsigClient: Shape = {
  construct: 'client',
  constructSink: { ...sink('init', null, user), label: 'new StatsigClient' },
  members: { instance: returns('client') },
};

/** Server calls that log the user with an exposure or event (the `...WithExposureLoggingDisabled` ones do not). */
const serverExposures = same(
  sink('flag', user),
  'checkGate',
  'checkGateSync',
  'getFeatureGate',
  'getFeatureGateSync',
  'getConfig',
  'getConfigSync',
  'getExperiment',
  'getExperimentSync',
  'getLayer',
  'getLayerSync',
  'manuallyLogGateExposure',
  'manuallyLogConfigExposure',
  'manuallyLogExperimentExposure',
  'manuallyLogLayerParameterExposure',
);

export const statsig: Vendor = {
  id: 'statsig',
  name: 'Statsig',
  category: 'feature flags',
  modules: [
    { names: ['@statsig/js-client'], exports: { members: { StatsigClient } } },
    {
      // Re-exports @statsig/js-client.
      names: ['@statsig/react-bindings'],
      exports: {
        members: {
          StatsigClient,
          useClientAsyncInit: { call: sink('init', null, user), returns: { members: { client: 'client' } } },
          useClientBootstrapInit: { call: sink('init', null, user), returns: 'client' },
          useStatsigClient: returns('clientHook'),
          // `<StatsigProvider sdkKey={key} user={{ userID, email }}>` (or `client={client}`, checked where it is made).
          StatsigProvider: { element: sink('init', fields({ user })) },
          useStatsigUser: returns('userHook'),
        },
      },
    },
    // not confirmed: @statsig/react-native-bindings exposing the same hooks (left out).
    {
      // Legacy browser SDK (deprecated since 2025): a singleton.
      names: ['statsig-js'],
      exports: { members: { default: 'legacy' } },
      cjs: 'legacy',
    },
    {
      names: ['statsig-node'],
      exports: { members: { default: 'server', Statsig: 'server' } },
      cjs: 'server',
    },
  ],
  globals: {
    // CDN build: `new window.Statsig.StatsigClient(key, user)`.
    Statsig: { members: { StatsigClient } },
  },
  shapes: {
    client: {
      label: '',
      members: {
        ...same(sink('identity', user), 'updateUserSync', 'updateUserAsync'),
        logEvent: { call: clientLogEvent },
      },
    },
    // `useStatsigClient()` → `{ client, logEvent, checkGate, ... }`.
    clientHook: { label: '', members: { client: 'client', logEvent: { call: clientLogEvent } } },
    // `useStatsigUser()` → `{ user, updateUserSync, updateUserAsync }`.
    userHook: { label: '', members: same(sink('identity', user), 'updateUserSync', 'updateUserAsync') },
    legacy: {
      label: '',
      members: {
        initialize: { call: sink('init', null, user) },
        updateUser: { call: sink('identity', user) },
        logEvent: { call: sink('event', null, message, eventProps) },
      },
    },
    server: {
      label: '',
      members: {
        logEvent: { call: sink('event', user, null, message, eventProps) },
        logEventObject: { call: sink('event', fields({ user, value: message, metadata: eventProps })) },
        ...serverExposures,
      },
    },
  },
  docs: [
    'https://docs.statsig.com/sdks/identify-users',
    'https://docs.statsig.com/en/sdks/user',
    'https://docs.statsig.com/client/html-snippet',
    'https://docs.statsig.com/client/deprecated/jsClientSDK/',
    'https://www.npmjs.com/package/statsig-node',
    'https://app.unpkg.com/statsig-js@4.47.0/files/dist/StatsigUser.d.ts',
  ],
};
