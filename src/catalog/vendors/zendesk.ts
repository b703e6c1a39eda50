import { eventProps, fields, list, message, sink, userProps } from '../dsl.js';
import type { ArgRole, Vendor } from '../types.js';

/** Classic widget settings; contact-form fields are prefilled per locale (`prefill: { '*': value }`). */
const settings: ArgRole = fields(
  {
    webWidget: fields(
      { contactForm: fields({ fields: list(fields({ prefill: eventProps })) }, eventProps) },
      eventProps,
    ),
  },
  eventProps,
);

export const zendesk: Vendor = {
  id: 'zendesk',
  name: 'Zendesk',
  category: 'customer messaging',
  modules: [],
  globals: {
    zE: {
      commands: {
        // Classic widget: `zE('webWidget', 'identify', { name, email, organization })`,
        // `zE('webWidget', 'prefill', { name: { value }, email: { value }, phone: { value } })`,
        // `zE('webWidget', 'updateSettings', {...})`: the sub-command is argument 1.
        webWidget: sink('identity', null, null, userProps),
        // Messaging: `zE('messenger:set', 'conversationFields', [{ id, value }])` fills ticket fields.
        // The messenger's `loginUser` takes a server-signed JWT from a callback and is not modelled.
        'messenger:set': sink('context', null, null, list(fields({ value: message }))),
      },
    },
    // `window.zESettings = { webWidget: { contactForm: { fields: [{ id, prefill: { '*': value } }] }, ... } }`.
    zESettings: { assign: settings },
  },
  shapes: {},
  docs: [
    'https://developer.zendesk.com/api-reference/widget-messaging/web/authentication/',
    'https://developer.zendesk.com/api-reference/widget-messaging/web/core/',
    'https://support.zendesk.com/hc/en-us/articles/4408831209754-How-do-I-prefill-the-user-contact-form-in-the-widget',
  ],
};
