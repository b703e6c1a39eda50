import { keyed, message, sink, userId, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

// `identify(customId, customSessionId?, customPageId?, friendlyName?)`: Clarity hashes the custom ID in the
// browser before sending it; the friendly name is a display label. Events carry a name only (not modelled).

export const microsoftClarity: Vendor = {
  id: 'microsoft-clarity',
  name: 'Microsoft Clarity',
  category: 'session replay',
  modules: [
    {
      names: ['@microsoft/clarity'],
      exports: {
        members: {
          default: {
            label: '',
            members: {
              identify: { call: sink('identity', userId, null, null, message) },
              setTag: { call: sink('context', null, keyed(0)) },
            },
          },
        },
      },
    },
    {
      // Community wrapper; older versions took `identify(userId, properties)`.
      names: ['react-microsoft-clarity'],
      exports: {
        members: {
          clarity: {
            label: '',
            members: {
              identify: { call: sink('identity', userId, userProps, null, message) },
              setTag: { call: sink('context', null, keyed(0)) },
            },
          },
        },
      },
    },
  ],
  globals: {
    clarity: {
      commands: {
        identify: sink('identity', null, userId, null, null, message),
        set: sink('context', null, null, keyed(1)),
      },
    },
  },
  shapes: {},
  docs: [
    'https://learn.microsoft.com/en-us/clarity/clarity-api',
    'https://learn.microsoft.com/en-us/clarity/identify-api',
    'https://npmjs.com/package/@microsoft/clarity',
    'https://npmjs.com/package/react-microsoft-clarity',
  ],
  configChecks: [
    {
      markup: {
        attribute: 'data-clarity-unmask',
        value: 'true',
        collects: 'makes Clarity record the content of this element unmasked',
      },
    },
  ],
  scriptUrls: ['www.clarity.ms/tag'],
};
