import { eventProps, fields, message, same, sink, userId, userProps, variadic } from '../dsl.js';
import type { ArgRole, Shape, Vendor } from '../types.js';

/** `SplitFactory({ core: { authorizationKey, key, trafficType } })`: in the browser `core.key` is the user key. */
const factoryConfig: ArgRole = fields({ core: fields({ key: userId }) });

const treatmentMethods = [
  'getTreatment',
  'getTreatments',
  'getTreatmentWithConfig',
  'getTreatmentsWithConfig',
  'getTreatmentsByFlagSet',
  'getTreatmentsByFlagSets',
  'getTreatmentsWithConfigByFlagSet',
  'getTreatmentsWithConfigByFlagSets',
];

/**
 * `@splitsoftware/splitio` runs in both places: server calls lead with the user key
 * (`getTreatment(key, flag, attributes)`, `track(key, trafficType, eventType, value, properties)`), browser
 * calls do not (`getTreatment(flag, attributes)`, `track(trafficType?, eventType, value?, properties?)`).
 * Argument 0 is read as a message so that flag names stay silent while an email or a person's id is still
 * reported; attributes and properties are read wherever either form puts them.
 */
const isoClient: Shape = {
  label: '',
  members: {
    ...same(sink('flag', message, userProps, userProps), ...treatmentMethods),
    track: { call: variadic('event', [message], eventProps) },
  },
};

/** Browser-only client: `getTreatment(flag, attributes, { properties })`, `track(trafficType?, eventType, value?, properties?)`. */
const browserClient: Shape = {
  label: '',
  members: {
    ...same(sink('flag', null, userProps, fields({ properties: eventProps })), ...treatmentMethods),
    track: { call: variadic('event', [null], eventProps) },
  },
};

/** `useSplitClient({ splitKey, attributes })`, `useSplitTreatments({ names, splitKey, attributes })`. */
const hookOptions: ArgRole = fields({ splitKey: userId, attributes: userProps });

export const split: Vendor = {
  id: 'split',
  name: 'Split',
  category: 'feature flags',
  modules: [
    {
      names: ['@splitsoftware/splitio'],
      exports: {
        members: {
          SplitFactory: 'isoFactory',
          default: { label: '', members: { SplitFactory: 'isoFactory' } },
        },
      },
      cjs: { members: { SplitFactory: 'isoFactory' } },
    },
    {
      names: ['@splitsoftware/splitio-browserjs'],
      exports: { members: { SplitFactory: 'browserFactory' } },
    },
    {
      names: ['@splitsoftware/splitio-react'],
      exports: {
        members: {
          // Re-exported from `@splitsoftware/splitio/client` (the browser build).
          SplitFactory: 'browserFactory',
          useSplitClient: {
            call: sink('identity', hookOptions),
            returns: { members: { client: 'browserClient' } },
          },
          useSplitTreatments: { call: sink('flag', hookOptions) },
          // `useTrack(splitKey?)` returns the client's `track`.
          useTrack: { call: sink('identity', userId), returns: 'browserTrack' },
          withSplitClient: { call: sink('identity', userId, userProps) },
          // Components: `<SplitFactoryProvider config={{ core: { key } }}>`, `<SplitClient splitKey attributes>`,
          // `<SplitTreatments names splitKey attributes>` (their props are the hooks' options).
          SplitFactoryProvider: { element: sink('init', fields({ config: factoryConfig })) },
          SplitClient: { element: sink('identity', hookOptions) },
          SplitTreatments: { element: sink('flag', hookOptions) },
        },
      },
    },
  ],
  globals: {},
  shapes: {
    isoFactory: { call: sink('init', factoryConfig), returns: 'isoFactoryInstance' },
    // `factory.client()` (main client) or `factory.client(key, trafficType?)` (a client for another key).
    isoFactoryInstance: {
      label: '',
      members: { client: { call: sink('identity', userId), returns: 'isoClient' } },
    },
    isoClient,
    browserFactory: { call: sink('init', factoryConfig), returns: 'browserFactoryInstance' },
    browserFactoryInstance: {
      label: '',
      members: { client: { call: sink('identity', userId), returns: 'browserClient' } },
    },
    browserClient,
    browserTrack: { call: { ...variadic('event', [null], eventProps), label: 'track' } },
  },
  docs: [
    'https://developer.harness.io/docs/feature-management-experimentation/sdks-and-infrastructure/client-side-sdks/javascript-sdk/',
    'https://developer.harness.io/docs/feature-management-experimentation/sdks-and-infrastructure/server-side-sdks/nodejs-sdk/',
    'https://app.unpkg.com/@splitsoftware/splitio-commons@2.6.0/files/cjs/sdkClient/client.js',
    'https://app.unpkg.com/@splitsoftware/splitio-react@2.5.0/files/types/index.d.ts',
  ],
};
