import { eventProps, fields, message, same, sink, userProps, variadic } from '../dsl.js';
import type { ArgRole, Shape, Vendor } from '../types.js';

/** A configuration object: the person travels as `payload.person = { id, username, email }`. */
const config: ArgRole = fields({ payload: fields({ person: userProps, context: message }) });

/**
 * `log/debug/info/warn/warning/error/critical(...args)`: arguments are told apart by type
 * (message string, error, custom-data object, callback), so every one after the first is checked too.
 */
const logMethods: Record<string, Shape> = same(
  variadic('log', [message], eventProps),
  'log', 'debug', 'info', 'warn', 'warning', 'error', 'critical',
);

const clientMembers: Record<string, Shape> = {
  configure: { call: sink('identity', config), returns: 'client' },
  global: { call: sink('init', config), returns: 'client' },
  ...logMethods,
  captureEvent: { call: sink('log', eventProps) },
  // not confirmed: `setPerson(person)` outside the React Native wrapper (left out).
};

export const rollbar: Vendor = {
  id: 'rollbar',
  name: 'Rollbar',
  category: 'error monitoring',
  modules: [
    { names: ['rollbar'], exports: { members: { default: 'Rollbar' } }, cjs: 'Rollbar' },
    {
      names: ['@rollbar/react'],
      exports: {
        members: {
          useRollbar: { returns: 'client' },
          useRollbarPerson: { call: sink('identity', userProps) },
          useRollbarConfiguration: { call: sink('init', config) },
          useRollbarCaptureEvent: { call: sink('log', eventProps) },
        },
      },
    },
  ],
  globals: {
    Rollbar: 'client',
    // The snippet reads its configuration from `window._rollbarConfig = { payload: { person } }`.
    _rollbarConfig: { assign: config },
  },
  shapes: {
    // The class: `new Rollbar(config)`, `Rollbar.init(config)`, and static forwarders to the global instance.
    Rollbar: {
      label: '',
      construct: 'client',
      constructSink: { ...sink('init', config), label: 'new Rollbar' },
      members: {
        ...clientMembers,
        init: { call: sink('init', config), returns: 'client' },
      },
    },
    client: { label: '', members: clientMembers },
  },
  docs: [
    'https://docs.rollbar.com/docs/rollbarjs-configuration-reference',
    'https://docs.rollbar.com/docs/person-tracking',
    'https://github.com/rollbar/rollbar.js/blob/master/index.d.ts',
    'https://github.com/rollbar/rollbar-react',
  ],
};
