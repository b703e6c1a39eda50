import { eventProps, message, sink, userId, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

// `record({ forms, numbers, emails, ips })` opts in to recording sensitive content; it is a privacy setting,
// not a data sink, and is checked by no-unsafe-sdk-config.

export const smartlook: Vendor = {
  id: 'smartlook',
  name: 'Smartlook',
  category: 'session replay',
  modules: [{ names: ['smartlook-client'], exports: { members: { default: 'client' } } }],
  globals: { smartlook: 'global' },
  shapes: {
    global: {
      commands: {
        identify: sink('identity', null, userId, userProps),
        track: sink('event', null, null, eventProps),
        properties: sink('context', null, eventProps),
        error: sink('log', null, message),
        navigation: sink('event', null, message),
      },
    },
    // `record({ forms, numbers, emails, ips, api })`: opt-ins to recording sensitive content.
    record: {},
    client: {
      label: '',
      members: {
        // `identify(userId, props)` needs the "Identify users via API" project setting.
        identify: { call: sink('identity', userId, userProps) },
        track: { call: sink('event', null, eventProps) },
        // Session properties attached to the recording.
        properties: { call: sink('context', eventProps) },
        error: { call: sink('log', message) },
        // The path is recorded as a navigation; it may embed IDs or emails.
        navigation: { call: sink('event', message) },
        record: 'record',
      },
    },
  },
  docs: [
    'https://web.developer.smartlook.com/reference/smartlookidentify',
    'https://github.com/smartlook/smartlook-client/blob/master/index.ts',
    'https://help.smartlook.com/docs/identify-visitors',
  ],
  configChecks: [
    {
      targets: [
        { shape: 'record', via: 'call', args: [0], label: 'record' },
        { shape: 'global', via: 'command', command: 'record', args: [1], label: "smartlook('record')" },
      ],
      rules: [
        {
          kind: 'option',
          path: 'forms',
          unsafe: [true],
          safe: false,
          collects: 'records what users type into forms',
        },
        {
          kind: 'option',
          path: 'emails',
          unsafe: [true],
          safe: false,
          collects: 'records email addresses shown on the page',
        },
        {
          kind: 'option',
          path: 'numbers',
          unsafe: [true],
          safe: false,
          collects: 'records phone and card numbers shown on the page',
        },
        {
          kind: 'option',
          path: 'ips',
          unsafe: [true],
          safe: false,
          collects: 'records IP addresses shown on the page',
        },
      ],
    },
  ],
  scriptUrls: ['web-sdk.smartlook.com'],
};
