import { eventProps, sink, userId, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

export const kissmetrics: Vendor = {
  id: 'kissmetrics',
  name: 'Kissmetrics',
  category: 'product analytics',
  modules: [
    {
      // `const KM = require('kissmetrics'); const km = new KM({ key })`.
      names: ['kissmetrics'],
      exports: { members: { default: { construct: 'node' } } },
      cjs: { construct: 'node' },
    },
    {
      // Fork with `event(person, name, properties)` in place of `record`.
      names: ['kissmetrics-client'],
      exports: { members: { default: { construct: 'client' } } },
      cjs: { construct: 'client' },
    },
  ],
  globals: {
    _kmq: {
      members: {
        push: {
          arrayCommands: {
            // The identity is commonly an email.
            identify: sink('identity', null, userId),
            set: sink('profile', null, userProps),
            record: sink('event', null, null, eventProps),
            alias: sink('identity', null, userId, userId),
          },
        },
      },
    },
  },
  shapes: {
    node: {
      label: '',
      members: {
        record: { call: sink('event', userId, null, eventProps) },
        set: { call: sink('profile', userId, userProps) },
        // `alias(person, alias | aliases[])`.
        alias: { call: sink('identity', userId, userId) },
      },
    },
    client: {
      label: '',
      members: {
        event: { call: sink('event', userId, null, eventProps) },
        set: { call: sink('profile', userId, userProps) },
        alias: { call: sink('identity', userId, userId) },
      },
    },
  },
  docs: [
    'https://gist.github.com/ianstormtaylor/5045414',
    'https://github.com/glesperance/node-kissmetrics',
    'https://github.com/sarvex/node-kissmetrics',
  ],
};
