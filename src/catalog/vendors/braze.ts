import { eventProps, is, keyed, returns, same, sink, userId, userProps } from '../dsl.js';
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
        // The setter names the category, so any value that is not a literal is reported as that category.
        setEmail: { call: sink('profile', is('email')) },
        ...same(sink('profile', is('name')), 'setFirstName', 'setLastName'),
        setPhoneNumber: { call: sink('profile', is('phone')) },
        // `setDateOfBirth(year, month, day)`.
        setDateOfBirth: { call: sink('profile', is('birthdate'), is('birthdate'), is('birthdate')) },
        // `setLastKnownLocation(latitude, longitude, altitude?, accuracy?, altitudeAccuracy?)`.
        setLastKnownLocation: { call: sink('profile', is('location'), is('location')) },
        // `setCustomLocationAttribute(key, latitude, longitude)`.
        setCustomLocationAttribute: { call: sink('profile', null, is('location'), is('location')) },
        // A gender constant, a city or a country is not personal by itself: checked by what the value is.
        ...same(sink('profile', userProps), 'setGender', 'setHomeCity', 'setCountry', 'setLanguage'),
        ...same(
          sink('profile', null, keyed(0, 'user')),
          'setCustomUserAttribute',
          'addToCustomAttributeArray',
        ),
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
