import { eventProps, fields, message, same, sink, userId, userProps, variadic } from '../dsl.js';
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
    client: {
      label: '',
      members: {
        // `identify(uid, traits?)` or, for anonymous users, `identify(traits)`.
        identify: { call: sink('identity', userId, userProps) },
        track: { call: sink('event', null, eventProps) },
        captureMessage: { call: sink('log', message, captureOptions) },
        // The error itself is not personal data; its tags and extra are.
        captureException: { call: sink('log', null, captureOptions) },
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
};
