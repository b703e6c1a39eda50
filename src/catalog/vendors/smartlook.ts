import { eventProps, message, sink, userId, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

// `record({ forms, numbers, emails, ips })` opts in to recording sensitive content; it is a privacy setting,
// not a data sink, and is left to a configuration rule.

export const smartlook: Vendor = {
  id: 'smartlook',
  name: 'Smartlook',
  category: 'session replay',
  modules: [{ names: ['smartlook-client'], exports: { members: { default: 'client' } } }],
  globals: {
    smartlook: {
      commands: {
        identify: sink('identity', null, userId, userProps),
        track: sink('event', null, null, eventProps),
        properties: sink('context', null, eventProps),
        error: sink('log', null, message),
        navigation: sink('event', null, message),
      },
    },
  },
  shapes: {
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
      },
    },
  },
  docs: [
    'https://web.developer.smartlook.com/reference/smartlookidentify',
    'https://github.com/smartlook/smartlook-client/blob/master/index.ts',
    'https://help.smartlook.com/docs/identify-visitors',
  ],
};
