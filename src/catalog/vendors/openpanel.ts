import { eventProps, fields, returns, sink, userId, userProps } from '../dsl.js';
import type { Shape, Vendor } from '../types.js';

/**
 * The OpenPanel client: `identify({ profileId, firstName, lastName, email, avatar, properties })`,
 * `track(name, { profileId, groups, ...properties })`, `increment` / `decrement({ profileId, property,
 * value })`, `revenue(amount, properties)`, `setGlobalProperties(properties)` (sent with every event).
 */
const client: Shape = {
  label: '',
  members: {
    identify: { call: sink('identity', fields({ profileId: userId, properties: userProps }, userProps)) },
    track: { call: sink('event', null, fields({ profileId: userId }, eventProps)) },
    increment: { call: sink('identity', fields({ profileId: userId })) },
    decrement: { call: sink('identity', fields({ profileId: userId })) },
    revenue: { call: sink('event', null, fields({ profileId: userId }, eventProps)) },
    setGlobalProperties: { call: sink('event', eventProps) },
  },
};

export const openpanel: Vendor = {
  id: 'openpanel',
  name: 'OpenPanel',
  category: 'product analytics',
  modules: [
    // `new OpenPanel({ clientId, clientSecret })`: the server / universal SDK and the browser SDK.
    {
      names: ['@openpanel/sdk', '@openpanel/web'],
      exports: { members: { OpenPanel: { construct: 'client' } } },
    },
    // The Next.js package re-exports the browser SDK and adds `useOpenPanel()`, which returns the client's methods.
    {
      names: ['@openpanel/nextjs'],
      exports: { members: { OpenPanel: { construct: 'client' }, useOpenPanel: returns('client') } },
    },
    // not confirmed: the `IdentifyComponent` element of @openpanel/nextjs and the `window.op(...)` queue (left out).
  ],
  globals: {},
  shapes: { client },
  docs: [
    'https://github.com/Openpanel-dev/openpanel/blob/main/packages/sdks/sdk/src/index.ts',
    'https://github.com/Openpanel-dev/openpanel/blob/main/packages/sdks/nextjs/index.tsx',
  ],
};
