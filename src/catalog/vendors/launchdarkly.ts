import { eventProps, fields, returns, same, sink, userProps } from '../dsl.js';
import type { ArgRole, ConfigRule, Member, Shape, Vendor } from '../types.js';

/**
 * An evaluation context: `{ kind, key, name, email, ...custom }` (legacy `LDUser`: `{ key, email,
 * firstName, lastName, ip, country, custom }`). Its `key` identifies the user, and a multi-context nests
 * one context per kind (`{ kind: 'multi', user: {...}, organization: {...} }`). Contexts are read as user
 * properties; see the report for the bare `key` gap.
 */
const context: ArgRole = userProps;

/** `initialize(clientSideId, context, options)` / `createClient(clientSideId, context, options)`. */
const clientFactory: Shape = { call: sink('init', null, context), returns: 'client' };

/** Client-side exports shared by the browser, Node client and React SDKs. */
const clientExports: Record<string, Member> = {
  initialize: 'clientFactory',
  createClient: 'clientFactory',
  // Deprecated default export: `LaunchDarkly.initialize(envKey, user)`.
  default: { members: { initialize: 'clientFactory' } },
};

/** `withLDProvider({ clientSideID, context })` / `asyncWithLDProvider({ clientSideID, context | user })`. */
const providerConfig: ArgRole = fields({ context, user: context });

/** Server-side evaluation: every call names the context, which flag events then carry. */
const evaluations = same(
  sink('flag', null, context),
  'variation',
  'variationDetail',
  'migrationVariation',
  'boolVariation',
  'boolVariationDetail',
  'numberVariation',
  'numberVariationDetail',
  'stringVariation',
  'stringVariationDetail',
  'jsonVariation',
  'jsonVariationDetail',
);

/** Context attributes other than `key` and `kind` are sent unless marked private. */
const privateAttributes = (
  context: { arg: number } | { field: string },
  options?: { arg: number } | { field: string },
): ConfigRule => ({
  kind: 'private-attributes',
  contexts: [context],
  ...(options ? { options } : {}),
  metaPath: '_meta.privateAttributes',
  optionsPath: 'privateAttributes',
  allPath: 'allAttributesPrivate',
  reserved: ['key', 'kind', 'anonymous', '_meta'],
  personKind: 'user',
  multiKind: 'multi',
  collects: 'is sent and shown on its Contexts page unless private',
});

export const launchdarkly: Vendor = {
  id: 'launchdarkly',
  name: 'LaunchDarkly',
  category: 'feature flags',
  modules: [
    {
      names: ['launchdarkly-js-client-sdk', 'launchdarkly-node-client-sdk'],
      exports: { members: clientExports },
    },
    {
      // Re-exports launchdarkly-js-client-sdk.
      names: ['launchdarkly-react-client-sdk'],
      exports: {
        members: {
          ...clientExports,
          useLDClient: returns('client'),
          withLDProvider: 'provider',
          asyncWithLDProvider: 'provider',
          // `<LDProvider clientSideID={id} context={{ kind: 'user', key, email }}>`: the same configuration as props.
          LDProvider: { element: sink('init', providerConfig) },
        },
      },
    },
    {
      // New browser SDK; its `initialize(clientSideId, options)` takes no context.
      names: ['@launchdarkly/js-client-sdk', '@launchdarkly/browser'],
      exports: { members: { createClient: 'clientFactory', initialize: returns('client') } },
    },
    {
      names: ['@launchdarkly/node-server-sdk', 'launchdarkly-node-server-sdk'],
      exports: { members: { init: returns('server'), default: { members: { init: returns('server') } } } },
    },
  ],
  globals: {},
  shapes: {
    clientFactory,
    provider: { call: sink('init', providerConfig) },
    identify: { call: sink('identity', context) },
    client: {
      label: '',
      members: {
        identify: 'identify',
        track: { call: sink('event', null, eventProps) },
      },
    },
    server: {
      label: '',
      members: {
        ...evaluations,
        // `allFlagsState(context)` sends no analytics events (documented), so it is not a sink.
        identify: { call: sink('identity', context) },
        track: { call: sink('event', null, context, eventProps) },
      },
    },
  },
  docs: [
    'https://launchdarkly.github.io/js-client-sdk/functions/initialize.html',
    'https://launchdarkly.github.io/js-core/packages/sdk/browser/docs/functions/createClient.html',
    'https://launchdarkly.github.io/js-core/packages/shared/sdk-server/docs/interfaces/LDClient.html',
    'https://www.npmjs.com/package/launchdarkly-react-client-sdk',
    'https://launchdarkly.com/docs/sdk/features/private-attributes/',
    'https://launchdarkly.github.io/js-core/packages/sdk/browser/docs/interfaces/LDContextCommon.html',
  ],
  configChecks: [
    {
      targets: [{ shape: 'clientFactory', via: 'call', args: [], label: 'initialize' }],
      rules: [privateAttributes({ arg: 1 }, { arg: 2 })],
    },
    {
      targets: [{ shape: 'identify', via: 'call', args: [], label: 'identify' }],
      rules: [privateAttributes({ arg: 0 })],
    },
    {
      targets: [{ shape: 'provider', via: 'call', args: [], label: 'provider' }],
      rules: [
        privateAttributes({ field: 'context' }, { field: 'options' }),
        privateAttributes({ field: 'user' }, { field: 'options' }),
      ],
    },
  ],
};
