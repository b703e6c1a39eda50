import { error, eventProps, fields, message, same, sink, userId, userProps, variadic } from '../dsl.js';
import type { ArgRole, Vendor } from '../types.js';

/** `captureMessage` / `captureException` options: `{ tags, extra }`. */
const captureOptions: ArgRole = fields({ tags: eventProps, extra: eventProps });

export const logrocket: Vendor = {
  id: 'logrocket',
  name: 'LogRocket',
  category: 'session replay',
  modules: [{ names: ['logrocket'], exports: { members: { default: 'client' } }, cjs: 'client' }],
  globals: { LogRocket: 'client' },
  shapes: {
    // `init(appId, options)`: configuration only, checked by no-unsafe-sdk-config.
    init: {},
    client: {
      label: '',
      members: {
        init: 'init',
        // `identify(uid, traits?)` or, for anonymous users, `identify(traits)`.
        identify: { call: sink('identity', userId, userProps) },
        track: { call: sink('event', null, eventProps) },
        captureMessage: { call: sink('log', message, captureOptions) },
        // The error's message is sent, and its tags and extra.
        captureException: { call: sink('log', error, captureOptions) },
        // Console-style loggers: every argument is recorded.
        ...same(variadic('log', [message], eventProps), 'log', 'info', 'warn', 'error', 'debug'),
      },
    },
  },
  docs: [
    'https://docs.logrocket.com/reference-link/identify',
    'https://docs.logrocket.com/v1.0/reference',
    'https://www.npmjs.com/package/logrocket',
  ],
  configChecks: [
    {
      targets: [{ shape: 'init', via: 'call', args: [1], label: 'init', initial: true }],
      rules: [
        {
          kind: 'option',
          path: 'dom.inputSanitizer',
          unsafe: [false],
          safe: true,
          collects: 'records what users type in session replays',
        },
        {
          kind: 'option',
          path: 'dom.textSanitizer',
          unsafe: [false],
          safe: true,
          collects: 'records the text of every page in session replays',
        },
        {
          // Web SDK; default true.
          kind: 'option',
          path: 'shouldCaptureIP',
          unsafe: [true],
          safe: false,
          whenMissing: true,
          collects: "stores users' IP address and location",
        },
      ],
    },
  ],
};
