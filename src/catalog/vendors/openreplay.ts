import { eventProps, fields, keyed, message, same, sink, userId, userProps } from '../dsl.js';
import type { Shape, Vendor } from '../types.js';

/** Opt-in analytics module: `tracker.analytics.identify(id)`, `.track(name, props)`, `.people.*`, `.events.track`. */
const analytics: Shape = {
  label: 'analytics',
  members: {
    identify: { call: sink('identity', userId) },
    track: { call: sink('event', null, eventProps) },
    people: {
      label: 'analytics.people',
      members: {
        identify: { call: sink('identity', userId) },
        // `setProperties({ ... })` or `setProperties(key, value)`.
        ...same(sink('profile', userProps, keyed(0, 'user')), 'setProperties', 'setPropertiesOnce'),
        ...same(sink('profile', null, keyed(0, 'user')), 'appendValues', 'appendUniqueValues'),
      },
    },
    events: { label: 'analytics.events', members: { track: { call: sink('event', null, eventProps) } } },
  },
};

export const openreplay: Vendor = {
  id: 'openreplay',
  name: 'OpenReplay',
  category: 'session replay',
  modules: [
    {
      // `new Tracker({ projectKey })` (default export) or the `tracker` singleton (`tracker.configure(...)`);
      // `@openreplay/tracker/cjs` resolves here too.
      names: ['@openreplay/tracker'],
      exports: { members: { default: 'Tracker', tracker: 'tracker' } },
    },
  ],
  // The snippet's `window.OpenReplay`.
  globals: { OpenReplay: 'tracker' },
  shapes: {
    Tracker: { construct: 'tracker' },
    // `tracker.configure(options)` on the singleton: configuration only.
    configure: {},
    tracker: {
      label: '',
      members: {
        configure: 'configure',
        // `start({ userID, metadata })`; the docs' own example uses an email as `userID`.
        start: { call: sink('init', fields({ userID: userId, metadata: userProps })) },
        setUserID: { call: sink('identity', userId) },
        // `setMetadata(key, value)`: keys are declared in the dashboard.
        setMetadata: { call: sink('profile', null, keyed(0, 'user')) },
        event: { call: sink('event', null, eventProps) },
        issue: { call: sink('event', null, eventProps) },
        // `handleError(error, metadata)` (older) or `handleError(error, tags, metadata)`.
        handleError: { call: sink('log', message, eventProps, eventProps) },
        analytics,
      },
    },
  },
  docs: [
    'https://docs.openreplay.com/en/installation/javascript-sdk/',
    'https://docs.openreplay.com/en/session-replay/identify-user/',
    'https://docs.openreplay.com/en/v1.24.0/sdk/methods/start',
    'https://docs.openreplay.com/en/sdk/analytics/people',
    'https://github.com/openreplay/openreplay/blob/main/tracker/tracker/src/main/index.ts',
  ],
  configChecks: [
    {
      targets: [
        { shape: 'Tracker', via: 'new', args: [0], label: 'constructor' },
        { shape: 'configure', via: 'call', args: [0], label: 'configure' },
      ],
      rules: [
        {
          kind: 'option',
          path: 'obscureTextEmails',
          unsafe: [false],
          safe: true,
          collects: 'records email addresses shown on the page',
        },
        {
          kind: 'option',
          path: 'obscureInputEmails',
          unsafe: [false],
          safe: true,
          collects: 'records email addresses that users type',
        },
      ],
    },
  ],
};
