import { eventProps, fields, keyed, message, orgProps, sink, userId, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

export const crisp: Vendor = {
  id: 'crisp',
  name: 'Crisp',
  category: 'customer messaging',
  modules: [
    {
      // `import { Crisp } from 'crisp-sdk-web'`: a singleton wrapping `$crisp`.
      names: ['crisp-sdk-web'],
      exports: { members: { Crisp: 'sdk' } },
    },
  ],
  globals: {
    $crisp: {
      members: {
        push: {
          arrayCommands: {
            // `['set', 'user:email', [email]]`, `['set', 'user:nickname', [name]]`, `['set', 'user:phone', [phone]]`,
            // `['set', 'session:data', [[[key, value], ...]]]`, `['set', 'session:event', [[[name, data, color]]]]`:
            // the target (argument 1) names what the value is.
            set: sink('profile', null, null, keyed(1, 'user')),
          },
        },
      },
    },
  },
  shapes: {
    sdk: {
      label: '',
      members: {
        // `configure(websiteId, { tokenId })` / `setTokenId(tokenId)`: the token ties sessions to one user.
        configure: { call: sink('init', null, fields({ tokenId: userId })) },
        setTokenId: { call: sink('identity', userId) },
        user: {
          label: 'user',
          members: {
            setEmail: { call: sink('identity', userId) },
            setNickname: { call: sink('profile', message) },
            setPhone: { call: sink('profile', message) },
            // `setCompany(name, { url, description, employment, geolocation })`.
            setCompany: { call: sink('profile', null, orgProps) },
          },
        },
        session: {
          label: 'session',
          members: {
            setData: { call: sink('context', userProps) },
            pushEvent: { call: sink('event', null, eventProps) },
          },
        },
      },
    },
  },
  docs: [
    'https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/dollar-crisp/',
    'https://github.com/crisp-im/crisp-sdk-web',
    'https://help.crisp.chat/en/article/how-to-automatically-set-users-email-addresses-udcs19/',
  ],
};
