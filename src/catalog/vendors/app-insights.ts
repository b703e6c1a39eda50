import { eventProps, fields, message, orgId, returns, sink, userId } from '../dsl.js';
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
  // The exception itself is not personal data; its properties are.
  trackException: { call: sink('log', fields({ properties: eventProps }), eventProps) },
  trackTrace: { call: sink('log', fields({ message, properties: eventProps }), eventProps) },
  trackMetric: { call: sink('event', fields({ properties: eventProps }), eventProps) },
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
  },
  docs: [
    'https://github.com/microsoft/ApplicationInsights-JS/blob/main/API-reference.md',
    'https://learn.microsoft.com/azure/azure-monitor/app/javascript-sdk',
    'https://learn.microsoft.com/azure/azure-monitor/app/javascript-framework-extensions',
    'https://app.unpkg.com/applicationinsights-js@1.0.21/files/API-legacy.md',
  ],
};
