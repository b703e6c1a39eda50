import { eventProps, fields, list, returns, sink, userId } from '../dsl.js';
import type { ArgRole, Vendor } from '../types.js';

/** `xdm.identityMap`: `{ Email: [{ id, authenticatedState, primary }], CRMID: [...] }`; every `id` names a person. */
const identityMap: ArgRole = fields({}, list(fields({ id: userId })));

/** `sendEvent` options: `{ xdm, data, type, ... }`; both XDM and free-form `data` reach the Edge Network. */
const sendEventOptions: ArgRole = fields({ xdm: fields({ identityMap }, eventProps), data: eventProps });

export const adobeWebSdk: Vendor = {
  id: 'adobe-web-sdk',
  name: 'Adobe Web SDK',
  category: 'customer data platform',
  modules: [
    // `const alloy = createInstance({ name: 'alloy' }); alloy('configure', {...}); alloy('sendEvent', {...})`.
    { names: ['@adobe/alloy'], exports: { members: { createInstance: returns('alloy') } } },
    {
      // Server SDK (alpha): methods on the instance, `alloy.sendEvent({ ... })`.
      names: ['@adobe/alloy-node'],
      exports: { members: { createInstance: returns('server'), createCustomInstance: returns('server') } },
    },
  ],
  // The global's name is configurable; `alloy` is the default one.
  globals: { alloy: 'alloy' },
  shapes: {
    alloy: { label: 'alloy', commands: { sendEvent: sink('event', null, sendEventOptions) } },
    server: { label: '', members: { sendEvent: { call: sink('event', sendEventOptions) } } },
  },
  docs: [
    'https://experienceleague.adobe.com/en/docs/experience-platform/web-sdk/commands/sendevent/overview',
    'https://experienceleague.adobe.com/en/docs/experience-platform/web-sdk/identity/overview',
    'https://experienceleague.adobe.com/en/docs/experience-platform/collection/server-js/install',
    'https://classic.yarnpkg.com/en/package/@adobe/alloy',
  ],
};
