import { eventProps, returns, sink, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

/**
 * Messenger settings / user attributes: `user_id`, `email`, `name`, `phone`, `created_at`,
 * `company: { company_id, name }`, `companies`, custom attributes (camelCase `userId`, ... in react-use-intercom).
 */
const boot = sink('init', userProps);
const update = sink('profile', userProps);
const trackEvent = sink('event', null, eventProps);

export const intercom: Vendor = {
  id: 'intercom',
  name: 'Intercom',
  category: 'customer messaging',
  modules: [
    {
      names: ['@intercom/messenger-js-sdk'],
      exports: {
        members: {
          // `Intercom({ app_id, user_id, email, ... })` boots the messenger.
          default: { call: { ...boot, label: 'Intercom' } },
          Intercom: { call: boot },
          boot: { call: boot },
          update: { call: update },
          trackEvent: { call: trackEvent },
        },
      },
    },
    { names: ['react-use-intercom'], exports: { members: { useIntercom: returns('hook') } } },
  ],
  globals: {
    Intercom: {
      commands: {
        boot: sink('init', null, userProps),
        update: sink('profile', null, userProps),
        trackEvent: sink('event', null, null, eventProps),
      },
    },
    intercomSettings: { assign: userProps },
  },
  shapes: {
    hook: {
      label: '',
      members: { boot: { call: boot }, update: { call: update }, trackEvent: { call: trackEvent } },
    },
  },
  docs: [
    'https://developers.intercom.com/installing-intercom/web/methods',
    'https://www.npmjs.com/package/@intercom/messenger-js-sdk',
    'https://www.npmjs.com/package/react-use-intercom',
  ],
  scriptUrls: ['widget.intercom.io'],
};
