import { error, eventProps, fields, returns, sink } from '../dsl.js';
import type { ArgRole, Vendor } from '../types.js';

/**
 * `notify(error)` or `notify({ error, context, params, session, environment })`: the error's message (or
 * a message string) is sent, and context, params, session and environment with the notice.
 */
const notice: ArgRole = fields({
  error,
  context: eventProps,
  params: eventProps,
  session: eventProps,
  environment: eventProps,
});

export const airbrake: Vendor = {
  id: 'airbrake',
  name: 'Airbrake',
  category: 'error monitoring',
  modules: [
    {
      names: ['@airbrake/browser', '@airbrake/node'],
      exports: { members: { Notifier: { construct: 'notifier' } } },
    },
  ],
  // The UMD build from a CDN: `new Airbrake.Notifier({ projectId, projectKey })`.
  globals: { Airbrake: { members: { Notifier: { construct: 'notifier' } } } },
  shapes: {
    notifier: {
      label: '',
      members: {
        notify: { call: sink('log', notice) },
        // Filters get the notice before it is sent: `addFilter((notice) => { notice.params = {...}; return notice })`.
        addFilter: { callbacks: [{ arg: 0, params: ['notice'] }] },
        scope: returns('scope'),
      },
    },
    // `airbrake.scope().setContext({...})`: merged into the context of every later notice.
    scope: { label: 'scope', members: { setContext: { call: sink('context', eventProps) } } },
    notice: {
      label: 'notice',
      members: {
        context: { assign: eventProps },
        params: { assign: eventProps },
        session: { assign: eventProps },
        environment: { assign: eventProps },
      },
    },
  },
  docs: [
    'https://github.com/airbrake/airbrake-js/blob/master/packages/browser/README.md',
    'https://github.com/airbrake/airbrake-js/blob/master/packages/browser/src/base_notifier.ts',
    'https://github.com/airbrake/airbrake-js/blob/master/packages/browser/src/notice.ts',
    'https://github.com/airbrake/airbrake-js/blob/master/packages/browser/src/scope.ts',
    'https://github.com/airbrake/airbrake-js/blob/master/packages/node/README.md',
  ],
};
