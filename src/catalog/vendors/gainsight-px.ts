import { eventProps, keyed, sink, userProps, orgProps } from '../dsl.js';
import type { Vendor } from '../types.js';

export const gainsightPx: Vendor = {
  id: 'gainsight-px',
  name: 'Gainsight PX',
  category: 'product analytics',
  modules: [],
  globals: {
    aptrinsic: {
      commands: {
        // `aptrinsic('identify', { id, email, firstName, lastName, ... }, { id, name, ... })`.
        identify: sink('identity', null, userProps, orgProps),
        track: sink('event', null, null, eventProps),
        // `aptrinsic('set', 'user' | 'account' | 'globalContext', { ... })`: the target names the subject.
        set: sink('profile', null, null, keyed(1)),
      },
    },
  },
  shapes: {},
  docs: [
    'https://support.gainsight.com/PX/API/Track_your_Users_and_Accounts',
    'https://support.gainsight.com/PX/API/Work_with_the_Gainsight_PX_Web_SDK',
  ],
};
