import { eventProps, fields, keyed, message, returns, sink, userId } from '../dsl.js';
import type { Vendor } from '../types.js';

export const newrelic: Vendor = {
  id: 'newrelic',
  name: 'New Relic',
  category: 'observability',
  modules: [
    {
      // `@newrelic/browser-agent/loaders/browser-agent`, `/loaders/agent`, `/loaders/micro-agent`, ...
      names: ['@newrelic/browser-agent', '@newrelic/browser-agent/*'],
      exports: {
        members: {
          BrowserAgent: { construct: 'agent' },
          Agent: { construct: 'agent' },
          MicroAgent: { construct: 'agent' },
        },
      },
    },
  ],
  globals: { newrelic: 'agent' },
  shapes: {
    // The browser API, on `window.newrelic` and on an npm agent instance.
    agent: {
      label: '',
      members: {
        // Recorded as `enduser.id` on every later event and persisted in browser storage.
        setUserId: { call: sink('identity', userId) },
        setCustomAttribute: { call: sink('context', null, keyed(0)) },
        addPageAction: { call: sink('event', null, eventProps) },
        recordCustomEvent: { call: sink('event', null, eventProps) },
        // The error itself is not personal data; its custom attributes are.
        noticeError: { call: sink('log', null, eventProps) },
        log: { call: sink('log', message, fields({ customAttributes: eventProps })) },
        interaction: returns('interaction'),
      },
    },
    // SPA API: `newrelic.interaction().setAttribute(name, value)`.
    interaction: {
      label: 'interaction',
      members: { setAttribute: { call: sink('context', null, keyed(0)), returns: 'interaction' } },
    },
  },
  docs: [
    'https://docs.newrelic.com/docs/browser/new-relic-browser/browser-apis/using-browser-apis/',
    'https://docs.newrelic.com/docs/browser/new-relic-browser/browser-apis/setuserid/',
    'https://docs.newrelic.com/docs/browser/new-relic-browser/browser-apis/setcustomattribute/',
    'https://docs.newrelic.com/docs/browser/new-relic-browser/browser-apis/addpageaction/',
    'https://docs.newrelic.com/docs/browser/new-relic-browser/browser-apis/recordCustomEvent/',
    'https://www.npmjs.com/package/@newrelic/browser-agent',
  ],
};
