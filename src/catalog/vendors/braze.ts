import { eventProps, keyed, returns, same, sink, userId, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

export const braze: Vendor = {
  id: 'braze',
  name: 'Braze',
  category: 'marketing',
  modules: [{ names: ['@braze/web-sdk'], exports: 'sdk' }],
  globals: { braze: 'sdk' },
  shapes: {
    // `import * as braze from '@braze/web-sdk'` / `window.braze`.
    sdk: {
      label: '',
      members: {
        // Braze's own examples use an email as the external id.
        changeUser: { call: sink('identity', userId) },
        getUser: returns('user'),
        logCustomEvent: { call: sink('event', null, eventProps) },
        // `logPurchase(productId, price, currencyCode, quantity, purchaseProperties)`.
        logPurchase: { call: sink('event', null, null, null, null, eventProps) },
      },
    },
    // `braze.getUser()`: one setter per default attribute, each taking the value itself.
    user: {
      label: 'user',
      members: {
        ...same(
          sink('profile', userProps),
          'setEmail', 'setFirstName', 'setLastName', 'setPhoneNumber', 'setGender', 'setHomeCity', 'setCountry',
        ),
        setDateOfBirth: { call: sink('profile', userProps, userProps, userProps) },
        setLastKnownLocation: { call: sink('profile', userProps, userProps) },
        setCustomLocationAttribute: { call: sink('profile', null, userProps, userProps) },
        ...same(sink('profile', null, keyed(0, 'user')), 'setCustomUserAttribute', 'addToCustomAttributeArray'),
        addAlias: { call: sink('identity', userId) },
        setLineId: { call: sink('identity', userId) },
      },
    },
  },
  docs: [
    'https://braze.com/docs/developer_guide/analytics/setting_user_attributes/',
    'https://braze.com/docs/developer_guide/analytics/logging_purchases',
    'https://js.appboycdn.com/web-sdk/latest/doc/modules/braze.html',
  ],
};
