import { error, eventProps, fields, keyed, message, returns, sink, userId } from '../dsl.js';
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
      // from 'newrelic'` gives the same object).
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
        // The error's message is sent, and its custom attributes.
        noticeError: { call: sink('log', error, eventProps) },
        log: { call: sink('log', message, fields({ customAttributes: eventProps })) },
        // `measure(name, { start, end, customAttributes })`: a BrowserPerformance event.
        measure: { call: sink('event', null, fields({ customAttributes: eventProps })) },
        // `wrapLogger(parent, functionName, { customAttributes, level })`: attributes of every wrapped log.
        wrapLogger: { call: sink('context', null, null, fields({ customAttributes: eventProps })) },
        interaction: returns('interaction'),
        // `register({ id, name })` returns an API for one entity with the same methods.
        register: returns('agent'),
      },
    },
    // The Node.js agent: attributes go on the current transaction and span, custom events and errors to APM.
    apm: {
      label: '',
      members: {
        addCustomAttribute: { call: sink('context', null, keyed(0)) },
        addCustomAttributes: { call: sink('context', eventProps) },
        addCustomSpanAttribute: { call: sink('context', null, keyed(0)) },
        addCustomSpanAttributes: { call: sink('context', eventProps) },
        // Recorded as `enduser.id` on transactions, traces and errors.
        setUserID: { call: sink('identity', userId) },
        recordCustomEvent: { call: sink('event', null, eventProps) },
        noticeError: { call: sink('log', error, eventProps) },
        // `recordLogEvent({ message, level, timestamp, error, ...attributes })`: other keys are sent as they are.
        recordLogEvent: { call: sink('log', fields({ message, error: message }, eventProps)) },
        // `withLlmCustomAttributes(context, callback)`: attributes of the LLM events recorded in the callback.
        withLlmCustomAttributes: { call: sink('context', eventProps) },
      },
    },
    // SPA API: `newrelic.interaction().setAttribute(name, value)`; its methods return the handle.
    interaction: {
      label: 'interaction',
      members: {
        setAttribute: { call: sink('context', null, keyed(0)), returns: 'interaction' },
        ...Object.fromEntries(
          ['actionText', 'setName', 'save', 'ignore', 'end'].map((name) => [name, returns('interaction')]),
        ),
      },
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
    'https://github.com/newrelic/node-newrelic/blob/main/api.js',
    'https://docs.newrelic.com/docs/agents/nodejs-agent/api-guides/nodejs-agent-api',
    'https://github.com/newrelic/newrelic-browser-agent/blob/main/src/loaders/api-base.js',
    'https://github.com/newrelic/newrelic-browser-agent/blob/main/src/loaders/api/register-api-types.js',
  ],
};
