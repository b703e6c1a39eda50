import {
  error,
  eventProps,
  fields,
  keyed,
  message,
  orgProps,
  returns,
  same,
  sink,
  userId,
  userProps,
} from '../dsl.js';
import type { Shape, Vendor } from '../types.js';

/** User, account and global context, the same on `datadogRum` and `datadogLogs`. */
const identityAndContext: Record<string, Shape> = {
  setUser: { call: sink('identity', userProps) },
  setUserProperty: { call: sink('profile', null, keyed(0, 'user')) },
  setAccount: { call: sink('identity', orgProps) },
  setAccountProperty: { call: sink('profile', null, keyed(0, 'org')) },
  setGlobalContext: { call: sink('context', eventProps) },
  setGlobalContextProperty: { call: sink('context', null, keyed(0)) },
};

/** A logger's level methods take `(message, context?, error?)`; `log` takes `(message, context?, status?)`. */
const logLine = sink('log', message, eventProps);

export const datadog: Vendor = {
  id: 'datadog',
  name: 'Datadog',
  category: 'observability',
  modules: [
    {
      names: ['@datadog/browser-rum', '@datadog/browser-rum-slim'],
      exports: { members: { datadogRum: 'rum' } },
    },
    { names: ['@datadog/browser-logs'], exports: { members: { datadogLogs: 'logs' } } },
    {
      // APM for Node.js: `const tracer = require('dd-trace').init()`, `import tracer from 'dd-trace'`.
      names: ['dd-trace'],
      exports: { members: { default: 'tracer', tracer: 'tracer' } },
      cjs: 'tracer',
    },
  ],
  globals: { DD_RUM: 'rum', DD_LOGS: 'logs' },
  shapes: {
    tracer: {
      label: 'tracer',
      members: {
        init: returns('tracer'),
        // `setUser({ id, email, name, session_id, role, scope })`: tags the current trace with the user.
        setUser: { call: sink('identity', userProps), returns: 'tracer' },
        startSpan: { call: sink('event', null, fields({ tags: eventProps })), returns: 'span' },
        // `trace(name, [options], (span) => ...)`.
        trace: {
          call: sink('event', null, fields({ tags: eventProps })),
          callbacks: [
            { arg: 1, params: ['span'] },
            { arg: 2, params: ['span'] },
          ],
        },
        scope: returns({ members: { active: returns('span') } }),
        appsec: 'appsec',
      },
    },
    // An OpenTracing span: tags are sent with the trace.
    span: {
      label: 'span',
      members: {
        setTag: { call: sink('context', null, keyed(0)), returns: 'span' },
        addTags: { call: sink('context', eventProps), returns: 'span' },
      },
    },
    // App and API Protection user tracking.
    appsec: {
      label: 'appsec',
      members: {
        setUser: { call: sink('identity', userProps) },
        trackUserLoginSuccessEvent: { call: sink('identity', userProps, eventProps) },
        trackUserLoginFailureEvent: { call: sink('identity', userId, null, eventProps) },
        trackCustomEvent: { call: sink('event', null, eventProps) },
        eventTrackingV2: {
          label: 'appsec.eventTrackingV2',
          members: {
            // `trackUserLoginSuccess(login, user | userId, metadata)`: the login is a username or an email.
            trackUserLoginSuccess: { call: sink('identity', userId, userId, eventProps) },
            // `trackUserLoginFailure(login, exists, metadata)` or `(login, metadata)`.
            trackUserLoginFailure: { call: sink('identity', userId, eventProps, eventProps) },
          },
        },
      },
    },
    // `datadogRum.init(config)`: configuration only, checked by no-unsafe-sdk-config.
    rumInit: {},
    rum: {
      label: '',
      members: {
        init: 'rumInit',
        ...identityAndContext,
        addAction: { call: sink('event', null, eventProps) },
        // The error's message is sent, and its context.
        addError: { call: sink('log', error, eventProps) },
        setViewContext: { call: sink('context', eventProps) },
        setViewContextProperty: { call: sink('context', null, keyed(0)) },
        addFeatureFlagEvaluation: { call: sink('flag', null, keyed(0)) },
        addDurationVital: {
          call: sink('event', null, fields({ context: eventProps, description: message })),
        },
        // v1-v4 names, deprecated but still shipped for years.
        addRumGlobalContext: { call: sink('context', null, keyed(0)) },
        setRumGlobalContext: { call: sink('context', eventProps) },
        addUserAction: { call: sink('event', null, eventProps) },
        // not confirmed: `startView({ name, context })` carrying a view context (left out).
      },
    },
    logs: {
      label: '',
      members: {
        ...identityAndContext,
        logger: 'logger',
        createLogger: { call: sink('context', null, fields({ context: eventProps })), returns: 'logger' },
        getLogger: returns('logger'),
        // v1-v4 names.
        addLoggerGlobalContext: { call: sink('context', null, keyed(0)) },
        setLoggerGlobalContext: { call: sink('context', eventProps) },
      },
    },
    logger: {
      label: 'logger',
      members: {
        ...same(logLine, 'debug', 'info', 'warn', 'error', 'log'),
        setContext: { call: sink('context', eventProps) },
        setContextProperty: { call: sink('context', null, keyed(0)) },
        addContext: { call: sink('context', null, keyed(0)) },
      },
    },
  },
  docs: [
    'https://datadoghq.dev/browser-sdk/interfaces/_datadog_browser-rum.RumGlobal.html',
    'https://datadoghq.dev/browser-sdk/interfaces/_datadog_browser-logs.LogsGlobal.html',
    'https://docs.datadoghq.com/real_user_monitoring/application_monitoring/browser/advanced_configuration/',
    'https://docs.datadoghq.com/logs/log_collection/javascript/',
    'https://github.com/DataDog/dd-trace-js/blob/master/index.d.ts',
    'https://github.com/DataDog/dd-trace-js/blob/master/docs/API.md',
    'https://docs.datadoghq.com/tracing/languages/nodejs/',
  ],
  configChecks: [
    {
      targets: [{ shape: 'rumInit', via: 'call', args: [0], label: 'init', initial: true }],
      rules: [
        {
          kind: 'option',
          path: 'defaultPrivacyLevel',
          unsafe: ['allow'],
          safe: 'mask',
          collects: 'records page text and user input in session replays',
        },
      ],
    },
  ],
  scriptUrls: ['www.datadoghq-browser-agent.com'],
  // `dd`: Datadog's own abbreviation (`DD_RUM`, `DD_LOGS`, `ddSite`).
  nameWords: ['dd', 'datadog'],
};
