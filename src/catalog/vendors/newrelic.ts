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
    {
      // The Node.js APM agent: `const newrelic = require('newrelic')` (a CommonJS module; `import newrelic
      // from 'newrelic'` gives the same object). not confirmed: `setUserID` and the span-only attribute
      // methods of recent agents (left out).
      names: ['newrelic'],
      exports: { members: { default: 'apm' } },
      cjs: 'apm',
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
    // The Node.js agent: attributes go on the current transaction and span, custom events and errors to APM.
    apm: {
      label: '',
      members: {
        addCustomAttribute: { call: sink('context', null, keyed(0)) },
        addCustomAttributes: { call: sink('context', eventProps) },
        recordCustomEvent: { call: sink('event', null, eventProps) },
        noticeError: { call: sink('log', null, eventProps) },
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
    'https://docs.newrelic.com/docs/data-apis/custom-data/custom-events/apm-report-custom-events-attributes/',
    'https://www.npmjs.com/package/newrelic',
  ],
};
