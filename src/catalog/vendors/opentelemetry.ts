import { eventProps, fields, keyed, list, message, returns, same, sink } from '../dsl.js';
import type { ArgRole, Vendor } from '../types.js';

/**
 * OpenTelemetry's API: span attributes, span events, exceptions, status messages, metric attributes and
 * log records are exported to whatever tracing backend the SDK is configured with (a third-party
 * service in most setups).
 */

/** `startSpan(name, { attributes, links })`. */
const spanOptions: ArgRole = fields({
  attributes: eventProps,
  links: list(fields({ attributes: eventProps })),
});

/** `startActiveSpan(name, [options], [context], (span) => ...)`: the callback is the last argument. */
const spanCallbacks = [
  { arg: 1, params: ['span'] },
  { arg: 2, params: ['span'] },
  { arg: 3, params: ['span'] },
];

/** Metric instruments: `add(value, attributes)` / `record(value, attributes)`. */
const instrument = {
  label: 'instrument',
  members: same(sink('event', null, eventProps), 'add', 'record'),
};

/** Observable instruments: `addCallback((result) => result.observe(value, attributes))`. */
const observable = {
  label: 'instrument',
  members: { addCallback: { callbacks: [{ arg: 0, params: ['observableResult'] }] } },
};

export const opentelemetry: Vendor = {
  id: 'opentelemetry',
  name: 'OpenTelemetry',
  category: 'observability',
  modules: [
    {
      // `import { trace, metrics } from '@opentelemetry/api'`, `import * as api from ...`, or the default
      // export `{ context, diag, metrics, propagation, trace }`.
      names: ['@opentelemetry/api'],
      exports: {
        members: {
          trace: 'traceApi',
          metrics: 'metricsApi',
          default: { members: { trace: 'traceApi', metrics: 'metricsApi' } },
        },
      },
    },
    { names: ['@opentelemetry/api-logs'], exports: { members: { logs: 'logsApi' } } },
  ],
  globals: {},
  shapes: {
    traceApi: {
      label: '',
      members: {
        getTracer: returns('tracer'),
        getTracerProvider: returns({ members: { getTracer: returns('tracer') } }),
        getActiveSpan: returns('span'),
        getSpan: returns('span'),
      },
    },
    tracer: {
      label: 'tracer',
      members: {
        startSpan: { call: sink('event', null, spanOptions), returns: 'span' },
        startActiveSpan: { call: sink('event', null, spanOptions), callbacks: spanCallbacks },
      },
    },
    span: {
      label: 'span',
      members: {
        setAttribute: { call: sink('context', null, keyed(0)), returns: 'span' },
        setAttributes: { call: sink('context', eventProps), returns: 'span' },
        // `addEvent(name, attributesOrStartTime, startTime)`.
        addEvent: { call: sink('event', null, eventProps), returns: 'span' },
        addLink: { call: sink('context', fields({ attributes: eventProps })), returns: 'span' },
        addLinks: { call: sink('context', list(fields({ attributes: eventProps }))), returns: 'span' },
        // `setStatus({ code, message })`: the description is free text.
        setStatus: { call: sink('log', fields({ message })), returns: 'span' },
        updateName: { call: sink('event', message), returns: 'span' },
        // An exception is a string or `{ name, message, code, stack }`; an Error is not personal data itself.
        recordException: { call: sink('log', message) },
      },
    },
    metricsApi: {
      label: '',
      members: {
        getMeter: returns('meter'),
        getMeterProvider: returns({ members: { getMeter: returns('meter') } }),
      },
    },
    meter: {
      label: 'meter',
      members: {
        createCounter: returns(instrument),
        createUpDownCounter: returns(instrument),
        createHistogram: returns(instrument),
        createGauge: returns(instrument),
        createObservableCounter: returns(observable),
        createObservableUpDownCounter: returns(observable),
        createObservableGauge: returns(observable),
      },
    },
    observableResult: {
      label: 'observableResult',
      members: { observe: { call: sink('event', null, eventProps) } },
    },
    logsApi: { label: '', members: { getLogger: returns('logger') } },
    // `logger.emit({ body, attributes, severityText, eventName })`.
    logger: {
      label: 'logger',
      members: { emit: { call: sink('log', fields({ body: message, attributes: eventProps })) } },
    },
  },
  docs: [
    'https://opentelemetry.io/docs/instrumentation/js/',
    'https://github.com/open-telemetry/opentelemetry-js/blob/main/api/README.md',
    'https://github.com/open-telemetry/opentelemetry-js/blob/main/api/src/trace/span.ts',
    'https://github.com/open-telemetry/opentelemetry-js/blob/main/api/src/trace/tracer.ts',
    'https://github.com/open-telemetry/opentelemetry-js/blob/main/api/src/trace/SpanOptions.ts',
    'https://github.com/open-telemetry/opentelemetry-js/blob/main/api/src/api/trace.ts',
    'https://github.com/open-telemetry/opentelemetry-js/blob/main/api/src/index.ts',
    'https://github.com/open-telemetry/opentelemetry-js/blob/main/api/src/metrics/Metric.ts',
    'https://github.com/open-telemetry/opentelemetry-js/blob/main/experimental/packages/api-logs/src/types/Logger.ts',
    'https://github.com/open-telemetry/opentelemetry-js/blob/main/experimental/packages/api-logs/src/types/LogRecord.ts',
  ],
};
