import { error, eventProps, fields, keyed, list, message, returns, same, sink, userProps } from '../dsl.js';
import type { ArgRole, Shape, Vendor } from '../types.js';

/** `{ message, data }`: a breadcrumb (`addBreadcrumb`, `event.breadcrumbs`). */
const breadcrumb: ArgRole = fields({ message, data: eventProps });

/**
 * A capture context (`captureMessage(msg, ctx)`, `captureException(err, ctx)`, `initialScope`,
 * `scope.update(ctx)`): user, tags, extra and contexts ride along with the event. A plain severity
 * string in the same position (`captureMessage(msg, 'warning')`) carries nothing.
 */
const captureContext: ArgRole = fields({
  user: userProps,
  tags: eventProps,
  extra: eventProps,
  contexts: eventProps,
  fingerprint: list(message),
});

/** A whole event handed to `captureEvent`. */
const sentryEvent: ArgRole = fields({
  message,
  user: userProps,
  tags: eventProps,
  extra: eventProps,
  contexts: eventProps,
  fingerprint: list(message),
  breadcrumbs: list(breadcrumb),
});

/** The setters shared by the SDK root, a scope, and the legacy hub. */
const scopeSetters: Record<string, Shape> = {
  setUser: { call: sink('identity', userProps) },
  setTag: { call: sink('context', null, keyed(0)) },
  setTags: { call: sink('context', eventProps) },
  setContext: { call: sink('context', null, eventProps) },
  setExtra: { call: sink('context', null, keyed(0)) },
  setExtras: { call: sink('context', eventProps) },
  addBreadcrumb: { call: sink('log', breadcrumb) },
};

/** Scope setters return the scope, so they chain: `scope.setUser(u).setTag(k, v)`. */
const chained: Record<string, Shape> = Object.fromEntries(
  Object.entries(scopeSetters).map(([name, shape]) => [name, { ...shape, returns: 'scope' }]),
);

/** Capture calls shared by the SDK root, a scope, and the legacy hub. */
const captures: Record<string, Shape> = {
  captureMessage: { call: sink('log', message, captureContext) },
  // The error's message is sent (an error built with personal data in it is reported); so is its capture context.
  captureException: { call: sink('log', error, captureContext) },
  captureEvent: { call: sink('log', sentryEvent) },
};

/** Functions that hand a scope to a callback. */
const scopeCallbacks: Record<string, Shape> = {
  // v8+: `withScope(cb)` or `withScope(scope, cb)`.
  withScope: {
    callbacks: [
      { arg: 0, params: ['scope'] },
      { arg: 1, params: ['scope'] },
    ],
  },
  withIsolationScope: {
    callbacks: [
      { arg: 0, params: ['scope'] },
      { arg: 1, params: ['scope'] },
    ],
  },
  // v7 and older.
  configureScope: { callbacks: [{ arg: 0, params: ['scope'] }] },
};

export const sentry: Vendor = {
  id: 'sentry',
  name: 'Sentry',
  category: 'error monitoring',
  modules: [
    // @sentry/browser, /react, /nextjs, /vue, /angular, /svelte, /node, /bun, /deno, /electron, /react-native, ...
    { names: ['@sentry/*'], exports: 'sdk' },
  ],
  globals: { Sentry: 'sdk' },
  shapes: {
    init: { call: sink('init', fields({ initialScope: captureContext })) },
    replayIntegration: {},
    Replay: {},
    sdk: {
      label: '',
      members: {
        ...scopeSetters,
        ...captures,
        ...scopeCallbacks,
        init: 'init',
        // Session replay (v8+ function, v7 class); configuration only, checked by no-unsafe-sdk-config.
        replayIntegration: 'replayIntegration',
        Replay: 'Replay',
        // User feedback: `{ name, email, message, url, associatedEventId, tags }`.
        captureFeedback: { call: sink('profile', userProps) },
        // Crash-report dialog prefilled with `{ user: { name, email } }`.
        showReportDialog: { call: sink('profile', fields({ user: userProps })) },
        getCurrentScope: returns('scope'),
        getIsolationScope: returns('scope'),
        getGlobalScope: returns('scope'),
        getCurrentHub: returns('hub'),
        Scope: { construct: 'scope' },
        logger: 'logger',
      },
    },
    scope: {
      label: 'scope',
      members: {
        ...chained,
        ...captures,
        setFingerprint: { call: sink('context', list(message)), returns: 'scope' },
        update: { call: sink('context', captureContext), returns: 'scope' },
      },
    },
    // Legacy (v7) hub: `getCurrentHub().setUser(...)`, `.configureScope(cb)`.
    hub: {
      label: '',
      members: {
        ...scopeSetters,
        ...captures,
        ...scopeCallbacks,
        getScope: returns('scope'),
        pushScope: returns('scope'),
      },
    },
    // Structured logs (SDK 9.17+): `Sentry.logger.info(message, attributes)`.
    logger: {
      label: 'logger',
      members: same(sink('log', message, eventProps), 'trace', 'debug', 'info', 'warn', 'error', 'fatal'),
    },
  },
  docs: [
    'https://docs.sentry.io/platforms/javascript/enriching-events/identify-user/',
    'https://docs.sentry.io/platforms/javascript/enriching-events/context/',
    'https://docs.sentry.io/platforms/javascript/enriching-events/scopes/',
    'https://docs.sentry.io/platforms/javascript/logs/',
    'https://docs.sentry.io/platforms/javascript/user-feedback/',
    'https://docs.sentry.io/platforms/javascript/data-management/data-collected/',
    'https://docs.sentry.io/platforms/javascript/session-replay/privacy/',
    'https://github.com/getsentry/sentry-javascript/pull/21277',
  ],
  configChecks: [
    {
      targets: [{ shape: 'init', via: 'call', args: [0], label: 'init', initial: true }],
      rules: [
        {
          kind: 'option',
          path: 'sendDefaultPii',
          unsafe: [true],
          safe: false,
          collects: 'sends IP addresses, cookies and user details with events',
        },
        {
          // SDK 10.57+: `dataCollection` replaces sendDefaultPii; `userInfo` (default false) fills in user fields.
          kind: 'option',
          path: 'dataCollection.userInfo',
          unsafe: [true],
          safe: false,
          collects: 'adds user details and the IP address to events',
        },
      ],
    },
    {
      targets: [
        { shape: 'replayIntegration', via: 'call', args: [0], label: 'replayIntegration' },
        { shape: 'Replay', via: 'new', args: [0], label: 'Replay' },
      ],
      rules: [
        {
          kind: 'option',
          path: 'maskAllText',
          unsafe: [false],
          safe: true,
          collects: 'records page text unmasked in session replays',
        },
        {
          kind: 'option',
          path: 'maskAllInputs',
          unsafe: [false],
          safe: true,
          collects: 'records what users type in session replays',
        },
        {
          kind: 'option',
          path: 'blockAllMedia',
          unsafe: [false],
          safe: true,
          collects: 'records images and videos in session replays',
        },
      ],
    },
  ],
  scriptUrls: ['browser.sentry-cdn.com', 'js.sentry-cdn.com'],
  nameWords: ['sentry'],
};
