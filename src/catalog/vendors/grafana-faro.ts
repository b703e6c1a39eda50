import { error, eventProps, fields, list, message, sink, userProps } from '../dsl.js';
import type { ArgRole, Vendor } from '../types.js';

/** `{ id, email, username, fullName, roles, hash, attributes }`. */
const metaUser: ArgRole = userProps;

/** `{ id, attributes }`: session attributes are sent with every signal of the session. */
const metaSession: ArgRole = fields({ attributes: eventProps });

/** Options of `pushLog`, `pushError`, `pushMeasurement`: `{ context }` is free-form. */
const withContext: ArgRole = fields({ context: eventProps });

export const grafanaFaro: Vendor = {
  id: 'grafana-faro',
  name: 'Grafana Faro',
  category: 'observability',
  modules: [
    {
      // `initializeFaro({ url, app, user, session })` returns the `faro` instance, also exported as `faro`;
      // @grafana/faro-react re-exports the web SDK.
      names: ['@grafana/faro-web-sdk', '@grafana/faro-react', '@grafana/faro-core'],
      exports: {
        members: {
          faro: 'faro',
          initializeFaro: {
            call: sink('init', fields({ user: metaUser, session: metaSession })),
            returns: 'faro',
          },
        },
      },
    },
  ],
  // The instance is exposed as `window.faro` (the default `globalObjectKey`).
  globals: { faro: 'faro' },
  shapes: {
    faro: { label: '', members: { api: 'api' } },
    api: {
      label: 'api',
      members: {
        setUser: { call: sink('identity', metaUser) },
        setSession: { call: sink('context', metaSession) },
        pushEvent: { call: sink('event', null, eventProps) },
        // `pushLog(args, { context, level })`: the logged values are free text.
        pushLog: { call: sink('log', list(message), withContext) },
        // The error's message is sent, and its context.
        pushError: { call: sink('log', error, withContext) },
        pushMeasurement: { call: sink('event', fields({ context: eventProps }), withContext) },
      },
    },
  },
  docs: [
    'https://grafana.com/docs/grafana-cloud/monitor-applications/frontend-observability/instrument/',
    'https://github.com/grafana/faro-web-sdk/blob/main/packages/core/src/api/meta/types.ts',
    'https://github.com/grafana/faro-web-sdk/blob/main/packages/core/src/metas/types.ts',
    'https://github.com/grafana/faro-web-sdk/blob/main/packages/core/src/api/events/types.ts',
    'https://github.com/grafana/faro-web-sdk/blob/main/packages/core/src/api/logs/types.ts',
    'https://github.com/grafana/faro-web-sdk/blob/main/packages/core/src/api/exceptions/types.ts',
    'https://github.com/grafana/faro-web-sdk/blob/main/packages/core/src/config/types.ts',
    'https://github.com/grafana/faro-web-sdk/blob/main/packages/core/src/config/const.ts',
  ],
};
