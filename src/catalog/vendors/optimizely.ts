import { eventProps, fields, keyed, returns, same, sink, userId, userProps } from '../dsl.js';
import type { ArgRole, Shape, Vendor } from '../types.js';

/** Legacy (pre-decide) client calls that take `(key, userId, attributes)`; every decision event carries them. */
const legacyDecisions = same(
  sink('flag', null, userId, userProps),
  'activate',
  'getVariation',
  'isFeatureEnabled',
  'getAllFeatureVariables',
  'setForcedVariation',
);

/** `getFeatureVariable*(featureKey, variableKey, userId, attributes)`. */
const legacyVariables = same(
  sink('flag', null, null, userId, userProps),
  'getFeatureVariable',
  'getFeatureVariableBoolean',
  'getFeatureVariableDouble',
  'getFeatureVariableInteger',
  'getFeatureVariableString',
  'getFeatureVariableJSON',
);

/** `createUserContext(userId, attributes)`: the attributes travel with every decision and conversion event. */
const createUserContext: Shape = { call: sink('identity', userId, userProps), returns: 'userContext' };

/** `useDecision(flagKey, options, { overrideUserId, overrideAttributes })`. */
const decisionOverrides: ArgRole = fields({ overrideUserId: userId, overrideAttributes: userProps });

export const optimizely: Vendor = {
  id: 'optimizely',
  name: 'Optimizely',
  category: 'feature flags',
  modules: [
    {
      // `import { createInstance } from '@optimizely/optimizely-sdk'` (also the default export's member).
      names: ['@optimizely/optimizely-sdk'],
      exports: { members: { default: 'sdk' } },
      cjs: 'sdk',
    },
    {
      names: ['@optimizely/react-sdk'],
      exports: {
        members: {
          createInstance: returns('reactClient'),
          // v3: `const [track] = useTrackEvent()`; the track function is the client's.
          useTrackEvent: returns({ members: { 0: 'reactTrack' } }),
          useDecision: { call: sink('flag', null, null, decisionOverrides) },
          // v4: `const { userContext } = useOptimizelyUserContext()`.
          useOptimizelyUserContext: returns({ members: { userContext: 'userContext' } }),
          // `<OptimizelyProvider optimizely={client} user={{ id, attributes }}>` (v4: `client=`): the user goes
          // with every decision and event.
          OptimizelyProvider: {
            element: sink('identity', fields({ user: fields({ id: userId, attributes: userProps }) })),
          },
        },
      },
    },
  ],
  globals: {
    // Optimizely Web: `window.optimizely.push({ type: 'event', eventName, tags })` (read in public code) and
    // `push({ type: 'user', attributes })`. not confirmed in a vendor page: the `user` form.
    optimizely: {
      members: { push: { call: sink('event', fields({ attributes: userProps, tags: eventProps })) } },
    },
  },
  shapes: {
    sdk: { label: '', members: { createInstance: returns('client') } },
    client: {
      label: '',
      members: {
        createUserContext,
        // Legacy: `track(eventKey, userId, attributes, eventTags)`, `getEnabledFeatures(userId, attributes)`.
        track: { call: sink('event', null, userId, userProps, eventProps) },
        getEnabledFeatures: { call: sink('flag', userId, userProps) },
        ...legacyDecisions,
        ...legacyVariables,
      },
    },
    userContext: {
      label: 'userContext',
      members: {
        setAttribute: { call: sink('profile', null, keyed(0, 'user')) },
        trackEvent: { call: sink('event', null, eventProps) },
      },
    },
    // React SDK client: user set once (`setUser`) or overridden per call.
    reactClient: {
      label: '',
      members: {
        createUserContext,
        setUser: { call: sink('identity', fields({ id: userId, attributes: userProps })) },
        getUserContext: returns('userContext'),
        // `track(eventKey, overrideUserId | eventTags, overrideAttributes, eventTags)`.
        track: { call: sink('event', null, userId, userProps, eventProps) },
        decide: { call: sink('flag', null, null, userId, userProps) },
        decideForKeys: { call: sink('flag', null, null, userId, userProps) },
        decideAll: { call: sink('flag', null, userId, userProps) },
        ...legacyDecisions,
        ...legacyVariables,
      },
    },
    reactTrack: { call: { ...sink('event', null, userId, userProps, eventProps), label: 'track' } },
  },
  docs: [
    'https://docs.developers.optimizely.com/feature-experimentation/docs/create-user-context-javascript',
    'https://docs.developers.optimizely.com/feature-experimentation/docs/handle-user-ids',
    'https://app.unpkg.com/@optimizely/optimizely-sdk@6.3.1/files/dist/optimizely_user_context/index.d.ts',
    'https://docs.developers.optimizely.com/feature-experimentation/docs/reactsdkclient',
    'https://docs.developers.optimizely.com/feature-experimentation/docs/useoptimizely-user-context-for-the-react-native-sdk',
  ],
};
