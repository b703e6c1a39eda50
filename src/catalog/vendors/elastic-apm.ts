import { eventProps, fields, keyed, message, returns, sink, userProps } from '../dsl.js';
import type { Shape, Vendor } from '../types.js';

/** RUM transactions and spans: `addLabels(labels)`, (undocumented) `addContext(context)`. */
const rumSpan: Shape = {
  label: 'span',
  members: {
    addLabels: { call: sink('context', eventProps) },
    addContext: { call: sink('context', eventProps) },
  },
};

/** Node transactions and spans: `setLabel(name, value)`, `addLabels(labels)`. */
const nodeLabels: Record<string, Shape> = {
  setLabel: { call: sink('context', null, keyed(0)) },
  addLabels: { call: sink('context', eventProps) },
};

export const elasticApm: Vendor = {
  id: 'elastic-apm',
  name: 'Elastic APM',
  category: 'observability',
  modules: [
    {
      // `import { init as initApm } from '@elastic/apm-rum'`; `apm` / `apmBase` are the agent itself.
      names: ['@elastic/apm-rum'],
      exports: {
        members: {
          init: returns('rum'),
          default: returns('rum'),
          apm: 'rum',
          apmBase: 'rum',
          ApmBase: { construct: 'rum' },
        },
      },
      cjs: { members: { init: returns('rum'), apm: 'rum', apmBase: 'rum' } },
    },
    {
      // `withTransaction(name, type, (transaction, props) => ...)`; `ApmRoute` only wraps routes.
      names: ['@elastic/apm-rum-react'],
      exports: { members: { withTransaction: { callbacks: [{ arg: 2, params: ['rumTransaction'] }] } } },
    },
    {
      // `const apm = require('elastic-apm-node').start({...})`; `elastic-apm-node/start` resolves here too.
      names: ['elastic-apm-node'],
      exports: { members: { default: 'node' } },
      cjs: 'node',
    },
  ],
  // CDN build: `elasticApm.init({ serviceName, serverUrl })`.
  globals: { elasticApm: 'rum' },
  shapes: {
    rum: {
      label: '',
      members: {
        init: returns('rum'),
        // `{ id, username, email }`, stored under `context.user` on errors and transactions.
        setUserContext: { call: sink('context', userProps) },
        setCustomContext: { call: sink('context', eventProps) },
        addLabels: { call: sink('context', eventProps) },
        captureError: { call: sink('log', message) },
        startTransaction: returns('rumTransaction'),
        getCurrentTransaction: returns('rumTransaction'),
        startSpan: returns(rumSpan),
        observe: { callbacks: [{ arg: 1, params: ['rumTransaction'] }] },
      },
    },
    rumTransaction: {
      ...rumSpan,
      label: 'transaction',
      members: { ...rumSpan.members, startSpan: returns(rumSpan) },
    },
    node: {
      label: '',
      members: {
        start: returns('node'),
        setUserContext: { call: sink('context', userProps) },
        setCustomContext: { call: sink('context', eventProps) },
        ...nodeLabels,
        setGlobalLabel: { call: sink('context', null, keyed(0)) },
        // `captureError(err, { user, custom, labels, tags, message }, callback)`.
        captureError: {
          call: sink(
            'log',
            message,
            fields({ user: userProps, custom: eventProps, labels: eventProps, tags: eventProps, message }),
          ),
        },
        startTransaction: returns('nodeTransaction'),
        currentTransaction: 'nodeTransaction',
        startSpan: returns('nodeSpan'),
        currentSpan: 'nodeSpan',
      },
    },
    nodeTransaction: { label: 'transaction', members: { ...nodeLabels, startSpan: returns('nodeSpan') } },
    nodeSpan: { label: 'span', members: nodeLabels },
  },
  docs: [
    'https://www.elastic.co/docs/reference/apm/agents/rum-js/agent-api',
    'https://www.elastic.co/guide/en/apm/agent/nodejs/current/agent-api.html',
    'https://github.com/elastic/apm-agent-rum-js/blob/main/packages/rum/src/index.d.ts',
    'https://github.com/elastic/apm-agent-nodejs/blob/main/index.d.ts',
  ],
};
