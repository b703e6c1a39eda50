import { eventProps, returns, sink, userId, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

export const koala: Vendor = {
  id: 'koala',
  name: 'Koala',
  category: 'marketing',
  modules: [
    // `import * as KoalaSDK from '@getkoala/browser'; const ko = await KoalaSDK.load({ project })`.
    { names: ['@getkoala/browser'], exports: { members: { load: returns('ko') } } },
    // `const { koala } = useKoala()`.
    { names: ['@getkoala/react'], exports: { members: { useKoala: returns({ members: { koala: 'ko' } }) } } },
  ],
  // The pixel's `window.ko`. It also autotracks pageviews and form fills (typed emails included).
  globals: { ko: 'ko' },
  shapes: {
    ko: {
      label: '',
      members: {
        // `identify(email, traits)` or `identify(traits)`: the email is the primary identifier.
        identify: { call: sink('identity', userId, userProps) },
        track: { call: sink('event', null, eventProps) },
        // not confirmed: the arguments of `qualify`.
      },
    },
  },
  docs: [
    'https://www.rudderstack.com/docs/destinations/streaming-destinations/koala/cloud-mode',
    'https://github.com/getkoala/react',
    'https://socket.dev/npm/package/@getkoala/browser/diff/1.20.0',
  ],
};
