import { error, eventProps, fields, message, orgId, returns, sink, userId } from '../dsl.js';
import type { Shape, Vendor } from '../types.js';

/**
 * Telemetry calls. Current SDKs take a telemetry object plus optional custom properties
 * (`trackEvent({ name, properties }, customProperties)`); the legacy `applicationinsights-js` SDK took
 * positional arguments (`trackEvent(name, properties, measurements)`, `trackPageView(name, url,
 * properties)`), which the later positions cover.
 */
const telemetry: Record<string, Shape> = {
  trackEvent: { call: sink('event', fields({ properties: eventProps }), eventProps) },
  trackPageView: {
    call: sink(
      'event',
      fields({ name: message, uri: message, refUri: message, properties: eventProps }),
      eventProps,
      eventProps,
    ),
  },
  // The exception's message is sent, and its properties.
  trackException: { call: sink('log', fields({ exception: error, properties: eventProps }), eventProps) },
  trackTrace: { call: sink('log', fields({ message, properties: eventProps }), eventProps) },
  trackMetric: { call: sink('event', fields({ properties: eventProps }), eventProps) },
};

/** The Node.js SDK's telemetry client (`defaultClient`, `new TelemetryClient()`): one telemetry object per call. */
const nodeTelemetry: Record<string, Shape> = {
  trackEvent: { call: sink('event', fields({ properties: eventProps })) },
  trackTrace: { call: sink('log', fields({ message, properties: eventProps })) },
  // The exception's message is sent, and its properties.
  trackException: { call: sink('log', fields({ exception: error, properties: eventProps })) },
  trackMetric: { call: sink('event', fields({ properties: eventProps })) },
  trackRequest: { call: sink('event', fields({ url: message, properties: eventProps })) },
  trackDependency: { call: sink('event', fields({ data: message, properties: eventProps })) },
  trackPageView: { call: sink('event', fields({ url: message, properties: eventProps })) },
  trackAvailability: { call: sink('event', fields({ properties: eventProps })) },
};

export const appInsights: Vendor = {
  id: 'app-insights',
  name: 'Azure Application Insights',
  category: 'observability',
  modules: [
    {
      names: ['@microsoft/applicationinsights-web'],
      exports: { members: { ApplicationInsights: { construct: 'sdk' } } },
    },
    // Legacy SDK: `import { AppInsights } from 'applicationinsights-js'`.
    { names: ['applicationinsights-js'], exports: { members: { AppInsights: 'sdk' } } },
    {
      names: ['@microsoft/applicationinsights-react-js'],
      exports: {
        members: {
          ReactPlugin: { construct: 'reactPlugin' },
          useAppInsightsContext: returns('reactPlugin'),
          // `useTrackEvent(reactPlugin, name, data)` returns a setter that sends new data.
          useTrackEvent: {
            call: sink('event', null, null, eventProps),
            returns: { call: sink('event', eventProps) },
          },
        },
      },
    },
    {
      // Node.js: `appInsights.setup(connectionString).start(); appInsights.defaultClient.trackEvent({...})`.
      names: ['applicationinsights'],
      exports: {
        members: {
          defaultClient: 'nodeClient',
          TelemetryClient: { construct: 'nodeClient' },
          default: { members: { defaultClient: 'nodeClient', TelemetryClient: { construct: 'nodeClient' } } },
        },
      },
    },
  ],
  globals: { appInsights: 'sdk' },
  shapes: {
    sdk: {
      label: '',
      members: {
        loadAppInsights: returns('sdk'),
        // Docs only strip `,;=| ` characters from the id; apps often pass an email here.
        setAuthenticatedUserContext: { call: sink('identity', userId, orgId) },
        ...telemetry,
        stopTrackEvent: { call: sink('event', null, eventProps) },
        stopTrackPage: { call: sink('event', null, message, eventProps) },
        // `addTelemetryInitializer((envelope) => {...})`: the callback fills each telemetry item before it
        // is sent. not expressible: a single key assigned under `data` or `baseData.properties`
        // (`envelope.data.userEmail = ...`), the form the docs show (the catalog has no role for "any
        // member assigned"); whole objects and the user tags are checked.
        addTelemetryInitializer: { callbacks: [{ arg: 0, params: ['envelope'] }] },
        context: {
          label: 'context',
          members: {
            user: {
              label: 'context.user',
              members: {
                id: { assign: userId },
                authenticatedId: { assign: userId },
                accountId: { assign: orgId },
              },
            },
          },
        },
      },
    },
    reactPlugin: { label: '', members: telemetry },
    // An `ITelemetryItem`: `tags` (context tags such as `ai.user.id`), `data` (custom properties), `baseData`.
    envelope: {
      label: 'envelope',
      members: {
        tags: {
          label: 'envelope.tags',
          members: {
            'ai.user.id': { assign: userId },
            'ai.user.authUserId': { assign: userId },
            'ai.user.accountId': { assign: orgId },
          },
        },
        data: { assign: eventProps },
        baseData: { label: 'envelope.baseData', members: { properties: { assign: eventProps } } },
      },
    },
    nodeClient: {
      label: '',
      members: {
        ...nodeTelemetry,
        // Added to every telemetry item of the client.
        commonProperties: { assign: eventProps },
      },
    },
  },
  docs: [
    'https://github.com/microsoft/ApplicationInsights-JS/blob/main/API-reference.md',
    'https://learn.microsoft.com/azure/azure-monitor/app/javascript-sdk',
    'https://learn.microsoft.com/azure/azure-monitor/app/javascript-framework-extensions',
    'https://app.unpkg.com/applicationinsights-js@1.0.21/files/API-legacy.md',
    'https://github.com/microsoft/ApplicationInsights-JS/blob/main/README.md#telemetry-initializers',
    'https://github.com/microsoft/ApplicationInsights-JS/blob/main/AISKU/API.md',
    'https://github.com/microsoft/ApplicationInsights-JS/blob/main/shared/AppInsightsCore/src/interfaces/ai/ITelemetryItem.ts',
    'https://github.com/microsoft/ApplicationInsights-JS/blob/main/AISKU/Tests/Unit/src/SpanPluginIntegration.Tests.ts',
    'https://github.com/microsoft/ApplicationInsights-node.js/blob/main/README.md',
    'https://github.com/microsoft/ApplicationInsights-node.js/blob/main/src/shim/telemetryClient.ts',
  ],
};
