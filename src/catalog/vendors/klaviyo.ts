import { eventProps, sink, userProps } from '../dsl.js';
import type { Sink, Vendor } from '../types.js';

/** Queue commands: `_learnq.push(['identify', { $email, $phone_number, $id }])`, `['track', event, props]`. */
const queue: Record<string, Sink> = {
  identify: sink('identity', null, userProps),
  track: sink('event', null, null, eventProps),
};

export const klaviyo: Vendor = {
  id: 'klaviyo',
  name: 'Klaviyo',
  category: 'marketing',
  modules: [],
  globals: {
    klaviyo: 'klaviyo',
    // Legacy queue, replaced by the `klaviyo` object.
    _learnq: { members: { push: { arrayCommands: queue } } },
  },
  shapes: {
    klaviyo: {
      label: '',
      members: {
        // `klaviyo.identify({ email, phone_number, first_name, last_name, ... }, callback)`: cookies the browser
        // and creates or updates the profile.
        identify: { call: sink('identity', userProps) },
        track: { call: sink('event', null, eventProps) },
        // The object also accepts the queue form: `klaviyo.push(['identify', {...}])`.
        push: { arrayCommands: queue },
      },
    },
  },
  docs: [
    'https://developers.klaviyo.com/en/docs/javascript_api',
    'https://developers.klaviyo.com/en/docs/introduction_to_the_klaviyo_object',
    'https://developers.klaviyo.com/en/docs/identify-api-reference',
  ],
};
