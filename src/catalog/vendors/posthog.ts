import {
  endpoint,
  error,
  eventProps,
  fields,
  keyed,
  list,
  orgId,
  orgProps,
  returns,
  same,
  sink,
  userId,
  userProps,
} from '../dsl.js';
import type { ArgRole, Vendor } from '../types.js';

/** `$set` / `$set_once` inside event properties update the person; `$groups` names the org. */
const captureProps: ArgRole = fields(
  { $set: userProps, $set_once: userProps, $groups: fields({}, orgId) },
  eventProps,
);

/** posthog-js `capture(event, properties, options)`: options may carry `$set` / `$set_once` too. */
const captureOptions: ArgRole = fields({ $set: userProps, $set_once: userProps });

/** `init(token, config)`: `bootstrap.distinctID` seeds the identity before the first request. */
const initConfig: ArgRole = fields({ bootstrap: fields({ distinctID: userId }) });

/** posthog-node flag evaluation options: groups and person / group properties sent to the flags API. */
const flagOptions: ArgRole = fields({
  groups: fields({}, orgId),
  personProperties: userProps,
  groupProperties: fields({}, orgProps),
});

/**
 * @posthog/ai LLM tracing: the `posthog*` parameters of a wrapped provider call (`chat.completions.create`,
 * `messages.create`, `models.generateContent`, Vercel `withTracing` options) become the `$ai_generation`
 * event's distinct ID, properties and groups. The prompt and the output are captured as `$ai_input` /
 * `$ai_output` too (unless `posthogPrivacyMode`): free text, not checked here.
 */
const aiParams: ArgRole = fields({
  posthogDistinctId: userId,
  posthogProperties: eventProps,
  posthogGroups: fields({}, orgId),
});

/** @posthog/ai options without the prefix: `captureAiGeneration(client, {...})`, `new LangChainCallbackHandler({...})`. */
const aiOptions: ArgRole = fields({ distinctId: userId, properties: eventProps, groups: fields({}, orgId) });

/** posthog-node event message. */
const nodeEvent: ArgRole = fields({
  distinctId: userId,
  properties: captureProps,
  groups: fields({}, orgId),
});

/** The capture API: one event, or a batch (https://posthog.com/docs/api/capture). */
const captureEvent = fields({
  distinct_id: userId,
  properties: fields({ distinct_id: userId, $set: userProps, $set_once: userProps }, eventProps),
  $set: userProps,
});
const captureApi = (host: string) => [
  endpoint(`${host}/capture`, 'event', captureEvent),
  endpoint(`${host}/i/v0/e`, 'event', captureEvent),
  endpoint(`${host}/batch`, 'event', fields({ batch: list(captureEvent) })),
];

export const posthog: Vendor = {
  id: 'posthog',
  name: 'PostHog',
  category: 'product analytics',
  modules: [
    {
      names: ['posthog-js'],
      // `import posthog from 'posthog-js'` and `import { posthog } from 'posthog-js'`: the same instance.
      exports: { members: { default: 'client', posthog: 'client', PostHog: { construct: 'client' } } },
    },
    {
      names: ['posthog-js/react', '@posthog/react'],
      exports: {
        members: {
          usePostHog: returns('client'),
          // `<PostHogProvider apiKey={key} options={{ bootstrap: { distinctID } }}>` runs `init(apiKey, options)`.
          PostHogProvider: { element: sink('init', fields({ options: initConfig })) },
        },
      },
    },
    {
      names: ['posthog-react-native'],
      exports: {
        members: {
          default: { construct: 'rnClient' },
          PostHog: { construct: 'rnClient' },
          usePostHog: returns('rnClient'),
        },
      },
    },
    // @posthog/ai: provider clients wrapped for LLM tracing. The root exported the wrappers up to 7.x;
    // later versions export them from subpaths (`@posthog/ai/openai`, `/anthropic`, `/gemini`, `/vercel`,
    // `/langchain`), which fall back to this entry.
    {
      names: ['@posthog/ai'],
      exports: {
        members: {
          OpenAI: 'aiOpenAIClass',
          AzureOpenAI: 'aiOpenAIClass',
          Anthropic: { construct: 'aiAnthropic' },
          GoogleGenAI: { construct: 'aiGemini' },
          withTracing: { call: sink('event', null, null, aiParams) },
          captureAiGeneration: { call: sink('event', null, aiOptions) },
          LangChainCallbackHandler: {
            constructSink: { ...sink('event', aiOptions), label: 'new LangChainCallbackHandler' },
          },
        },
      },
    },
    {
      names: ['@posthog/ai/openai'],
      exports: {
        members: { default: 'aiOpenAIClass', OpenAI: 'aiOpenAIClass', AzureOpenAI: 'aiOpenAIClass' },
      },
    },
    {
      names: ['@posthog/ai/anthropic'],
      exports: {
        members: { default: { construct: 'aiAnthropic' }, Anthropic: { construct: 'aiAnthropic' } },
      },
    },
    {
      names: ['@posthog/ai/gemini'],
      exports: { members: { default: { construct: 'aiGemini' }, GoogleGenAI: { construct: 'aiGemini' } } },
    },
    {
      names: ['posthog-node', 'posthog-node/edge'],
      exports: { members: { PostHog: 'NodeClass', default: 'NodeClass' } },
      // v1 exported the class itself (`const PostHog = require('posthog-node')`); later versions a named `PostHog`.
      cjs: 'nodeCjs',
    },
  ],
  globals: { posthog: 'client' },
  shapes: {
    // `loaded(posthog)` is called with the client once it is initialised.
    init: {
      call: sink('init', null, initConfig),
      returns: 'client',
      callbacks: [{ arg: 1, option: 'loaded', params: ['client'] }],
    },
    NodeClass: { construct: 'node' },
    nodeCjs: { construct: 'node', members: { PostHog: 'NodeClass' } },
    client: {
      label: '',
      members: {
        init: 'init',
        identify: { call: sink('identity', userId, userProps, userProps) },
        setPersonProperties: { call: sink('profile', userProps, userProps) },
        people: 'people',
        alias: { call: sink('identity', userId, userId) },
        group: { call: sink('identity', null, orgId, orgProps) },
        ...same(sink('context', eventProps), 'register', 'register_once', 'register_for_session'),
        capture: { call: sink('event', null, captureProps, captureOptions) },
        captureException: { call: sink('log', error, eventProps) },
        setPersonPropertiesForFlags: { call: sink('flag', userProps) },
        setGroupPropertiesForFlags: { call: sink('flag', fields({}, orgProps)) },
      },
    },
    // posthog-react-native: the posthog-js calls, plus screens and group identification.
    rnClient: {
      label: '',
      members: {
        identify: { call: sink('identity', userId, userProps, userProps) },
        setPersonProperties: { call: sink('profile', userProps, userProps) },
        alias: { call: sink('identity', userId) },
        group: { call: sink('identity', null, orgId, orgProps) },
        groupIdentify: { call: sink('profile', null, orgId, orgProps) },
        ...same(sink('context', eventProps), 'register', 'registerForSession'),
        capture: { call: sink('event', null, captureProps, captureOptions) },
        screen: { call: sink('event', null, captureProps, captureOptions) },
        captureException: { call: sink('log', error, eventProps) },
        setPersonPropertiesForFlags: { call: sink('flag', userProps) },
        setGroupPropertiesForFlags: { call: sink('flag', fields({}, orgProps)) },
      },
    },
    aiOpenAIClass: { construct: 'aiOpenAI' },
    aiOpenAI: {
      label: '',
      members: {
        chat: { members: { completions: { members: { create: { call: sink('event', aiParams) } } } } },
        responses: { members: same(sink('event', aiParams), 'create', 'parse') },
        embeddings: { members: { create: { call: sink('event', aiParams) } } },
      },
    },
    aiAnthropic: {
      label: '',
      members: { messages: { members: { create: { call: sink('event', aiParams) } } } },
    },
    aiGemini: {
      label: '',
      members: {
        models: {
          members: same(sink('event', aiParams), 'generateContent', 'generateContentStream', 'embedContent'),
        },
      },
    },
    // Deprecated `posthog.people.set(props)` / `set(key, value)`, forwarded to setPersonProperties.
    people: {
      label: 'people',
      members: same(sink('profile', userProps, keyed(0, 'user')), 'set', 'set_once'),
    },
    node: {
      label: '',
      members: {
        ...same(sink('event', nodeEvent), 'capture', 'captureImmediate'),
        ...same(
          sink('identity', fields({ distinctId: userId, properties: captureProps })),
          'identify',
          'identifyImmediate',
        ),
        setPersonProperties: {
          call: sink(
            'profile',
            fields({ distinctId: userId, properties: userProps, propertiesOnce: userProps }),
          ),
        },
        ...same(sink('identity', fields({ distinctId: userId, alias: userId })), 'alias', 'aliasImmediate'),
        ...same(
          sink('profile', fields({ groupKey: orgId, properties: orgProps, distinctId: userId })),
          'groupIdentify',
          'groupIdentifyImmediate',
        ),
        ...same(
          sink('flag', null, userId, flagOptions),
          'getFeatureFlag',
          'isFeatureEnabled',
          'getFeatureFlagResult',
        ),
        getFeatureFlagPayload: { call: sink('flag', null, userId, null, flagOptions) },
        // `distinctId` may be left out (taken from withContext); then arg 0 is the options object.
        ...same(sink('flag', userId, flagOptions), 'getAllFlags', 'getAllFlagsAndPayloads', 'evaluateFlags'),
        ...same(sink('log', error, userId, eventProps), 'captureException', 'captureExceptionImmediate'),
        ...same(
          sink('context', fields({ distinctId: userId, properties: eventProps })),
          'withContext',
          'enterContext',
        ),
      },
    },
  },
  docs: [
    'https://posthog.com/docs/product-analytics/identify.md',
    'https://posthog.com/docs/product-analytics/person-properties.md',
    'https://posthog.com/docs/libraries/bootstrapping.md',
    'https://posthog.com/docs/libraries/react',
    'https://posthog.com/docs/libraries/js/config',
    'https://posthog.com/docs/references/posthog-node',
    'https://github.com/PostHog/posthog-js/blob/main/packages/browser/src/posthog-core.ts',
    'https://github.com/PostHog/posthog-js/blob/main/packages/node/src/types.ts',
    'https://posthog.com/docs/session-replay/privacy.md',
    'https://socket.dev/npm/package/posthog-node/diff/3.0.0',
    'https://github.com/PostHog/posthog-js/blob/main/packages/browser/src/entrypoints/module.no-external.es.ts',
    'https://github.com/PostHog/posthog-js/blob/main/packages/react-native/src/posthog-rn.ts',
    'https://github.com/PostHog/posthog-js/blob/main/packages/core/src/posthog-core.ts',
    'https://github.com/PostHog/posthog-js/blob/main/packages/ai/src/utils.ts',
    'https://github.com/PostHog/posthog-js/blob/main/packages/ai/src/openai/index.ts',
    'https://github.com/PostHog/posthog-js/blob/main/packages/ai/src/captureAiGeneration.ts',
    'https://github.com/PostHog/posthog-js/blob/main/packages/ai/src/langchain/callbacks.ts',
    'https://raw.githubusercontent.com/PostHog/posthog-js/main/packages/ai/README.md',
  ],
  configChecks: [
    {
      targets: [{ shape: 'init', via: 'call', args: [1], label: 'init', initial: true }],
      rules: [
        {
          kind: 'option',
          path: 'session_recording.maskAllInputs',
          unsafe: [false],
          safe: true,
          collects: 'records what users type in session replays',
        },
        {
          kind: 'option',
          path: 'mask_all_text',
          unsafe: [false],
          safe: true,
          collects: 'captures clicked text and records page text unmasked',
        },
      ],
    },
    {
      // posthog-node 3+ sends `$geoip_disable` by default; `disableGeoip: false` turns IP geolocation back on.
      targets: [
        { shape: 'NodeClass', via: 'new', args: [1], label: 'constructor' },
        { shape: 'nodeCjs', via: 'new', args: [1], label: 'constructor' },
      ],
      rules: [
        {
          kind: 'option',
          path: 'disableGeoip',
          unsafe: [false],
          safe: true,
          ipCollection: true,
          collects: 'geolocates people from the IP address of each request',
        },
      ],
    },
  ],
  scriptUrls: ['us-assets.i.posthog.com', 'eu-assets.i.posthog.com'],
  // `posthog.capture('$pageview', { $current_url })`: the properties PostHog records a page's URL, path and
  // referrer under. Every `capture` of a client named `posthog` is read, whatever the event.
  pageViews: [
    {
      call: { via: 'client', method: 'capture', words: ['posthog'] },
      urlKeys: ['$current_url', '$pathname', '$referrer'],
    },
  ],
  nameWords: ['posthog'],
  endpoints: ['us.i.posthog.com', 'eu.i.posthog.com', 'app.posthog.com', 'eu.posthog.com'].flatMap(
    captureApi,
  ),
};
