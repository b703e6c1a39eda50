import { eventProps, fields, message, same, sink, userProps, variadic } from '../dsl.js';
import type { ArgRole, Member, Shape, Vendor } from '../types.js';

/**
 * A configuration object: the person travels as `payload.person = { id, username, email }` (or the
 * top-level `person`); the payload is merged into every item's data, so `payload.custom` is custom data
 * sent with each item.
 */
const config: ArgRole = fields({
  person: userProps,
  payload: fields({ person: userProps, context: message, custom: eventProps }),
});

/**
 * `log/debug/info/warn/warning/error/critical(...args)`: arguments are told apart by type
 * (message string, error, custom-data object, callback), so every one after the first is checked too.
 */
const logMethods: Record<string, Shape> = same(
  variadic('log', [message], eventProps),
  'log',
  'debug',
  'info',
  'warn',
  'warning',
  'error',
  'critical',
);

const clientMembers: Record<string, Member> = {
  configure: 'configure',
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
    _rollbarConfig: 'rollbarConfig',
  },
  shapes: {
    configure: { call: sink('identity', config), returns: 'client' },
    rollbarConfig: { assign: config },
    RollbarInit: { call: sink('init', config), returns: 'client' },
    // The class: `new Rollbar(config)`, `Rollbar.init(config)`, and static forwarders to the global instance.
    Rollbar: {
      label: '',
      construct: 'client',
      constructSink: { ...sink('init', config), label: 'new Rollbar' },
      members: {
        ...clientMembers,
        init: 'RollbarInit',
      },
    },
    client: { label: '', members: clientMembers },
  },
  docs: [
    'https://docs.rollbar.com/docs/rollbarjs-configuration-reference',
    'https://docs.rollbar.com/docs/person-tracking',
    'https://github.com/rollbar/rollbar.js/blob/master/index.d.ts',
    'https://github.com/rollbar/rollbar-react',
    'https://github.com/rollbar/rollbar.js/blob/master/src/transforms.js',
  ],
  configChecks: [
    {
      targets: [
        { shape: 'Rollbar', via: 'new', args: [0], label: 'constructor', initial: true },
        { shape: 'RollbarInit', via: 'call', args: [0], label: 'init', initial: true },
        { shape: 'rollbarConfig', via: 'assign', args: [], label: '_rollbarConfig', initial: true },
        { shape: 'configure', via: 'call', args: [0], label: 'configure' },
      ],
      rules: [
        {
          kind: 'option',
          path: 'captureEmail',
          unsafe: [true],
          safe: false,
          collects: 'sends the email address of the person of each request',
        },
        {
          kind: 'option',
          path: 'captureUsername',
          unsafe: [true],
          safe: false,
          collects: 'sends the username of the person of each request',
        },
        {
          // Default true: the full IP address.
          kind: 'option',
          path: 'captureIp',
          unsafe: [true],
          safe: 'anonymize',
          whenMissing: true,
          collects: 'stores the full IP address of every user',
        },
      ],
    },
  ],
  scriptUrls: ['cdn.rollbar.com'],
};
