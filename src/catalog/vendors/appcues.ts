import { eventProps, fields, orgId, orgProps, sink, userId, userProps } from '../dsl.js';
import type { Shape, Vendor } from '../types.js';

/** Web SDK (`window.Appcues`) and React Native SDK: positional `(id, properties)`. */
const positional: Record<string, Shape> = {
  identify: { call: sink('identity', userId, userProps) },
  group: { call: sink('identity', orgId, orgProps) },
  track: { call: sink('event', null, eventProps) },
  screen: { call: sink('event', null, eventProps) },
};

export const appcues: Vendor = {
  id: 'appcues',
  name: 'Appcues',
  category: 'product analytics',
  modules: [
    // `import * as Appcues from '@appcues/react-native'; Appcues.identify(userId, properties)`.
    { names: ['@appcues/react-native'], exports: { members: positional } },
    {
      // Capacitor plugin: one options object per call, `Appcues.identify({ userId, properties })`.
      names: ['@appcues/capacitor'],
      exports: {
        members: {
          Appcues: {
            label: '',
            members: {
              identify: { call: sink('identity', fields({ userId, properties: userProps })) },
              group: { call: sink('identity', fields({ groupId: orgId, properties: orgProps })) },
              track: { call: sink('event', fields({ properties: eventProps })) },
              screen: { call: sink('event', fields({ properties: eventProps })) },
            },
          },
        },
      },
    },
  ],
  globals: { Appcues: { label: '', members: positional } },
  shapes: {},
  docs: [
    'https://docs.appcues.com/dev-api-data/javascript-api-developer',
    'https://www.npmjs.com/package/@appcues/react-native',
    'https://github.com/appcues/appcues-capacitor-plugin',
  ],
};
