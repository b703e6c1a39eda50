import { describe, expect, it } from 'vitest';
import { reports, typedReports } from '../helpers/lint.js';

describe('OpenTelemetry', () => {
  it('reports attributes, events and status messages of the span of startActiveSpan', () => {
    expect(
      reports(
        `import { trace } from '@opentelemetry/api';\nconst tracer = trace.getTracer('checkout');\ntracer.startActiveSpan('signup', (span) => {\n  span.setAttribute('user.email', user.email);\n  span.setAttributes({ 'enduser.id': member.id, plan: 'pro' });\n  span.addEvent('invited', { phone: customer.phone });\n  span.setStatus({ code: SpanStatusCode.ERROR, message: \`no account for \${user.email}\` });\n  span.end();\n});`,
      ),
    ).toEqual([
      '4: email reaches OpenTelemetry span.setAttribute',
      '5: user ID reaches OpenTelemetry span.setAttributes',
      '6: phone number reaches OpenTelemetry span.addEvent',
      '7: email reaches OpenTelemetry span.setStatus',
    ]);
  });
  it('reads the callback whatever the options and context before it', () => {
    expect(
      reports(
        `import { trace, context } from '@opentelemetry/api';\nconst tracer = trace.getTracer('a');\ntracer.startActiveSpan('x', { attributes: { email: user.email } }, (span) => span.setAttribute('user.id', member.id));\ntracer.startActiveSpan('y', {}, context.active(), async (span) => { span.setAttribute('customer.name', customer.name); });`,
      ),
    ).toEqual([
      '3: email reaches OpenTelemetry tracer.startActiveSpan',
      '3: user ID reaches OpenTelemetry span.setAttribute',
      '4: name reaches OpenTelemetry span.setAttribute',
    ]);
  });
  it('reports the active span, a started span, chained setters and recorded exception messages', () => {
    expect(
      reports(
        `import * as api from '@opentelemetry/api';\napi.trace.getActiveSpan()?.setAttribute('plan', 'pro').setAttribute('user.id', member.id);\nconst span = api.trace.getTracer('x').startSpan('op', { attributes: { 'user.email': user.email } });\nspan.recordException(\`no account for \${user.email}\`);\nspan.recordException(err);`,
      ),
    ).toEqual([
      '2: user ID reaches OpenTelemetry span.setAttribute',
      '3: email reaches OpenTelemetry tracer.startSpan',
      '4: email reaches OpenTelemetry span.recordException',
    ]);
  });
  it('reports the default export and require, metric attributes and log records', () => {
    expect(
      reports(
        `import opentelemetry from '@opentelemetry/api';\nopentelemetry.trace.getSpan(ctx)?.addEvent('login', { email: user.email });\nconst { metrics } = require('@opentelemetry/api');\nmetrics.getMeter('app').createCounter('logins').add(1, { 'user.id': member.id, region: 'eu' });\nmetrics.getMeter('app').createObservableGauge('g').addCallback((result) => result.observe(1, { email: user.email }));\nimport { logs } from '@opentelemetry/api-logs';\nlogs.getLogger('app').emit({ body: \`login \${user.email}\`, attributes: { 'user.id': member.id } });`,
      ),
    ).toEqual([
      '2: email reaches OpenTelemetry span.addEvent',
      '4: user ID reaches OpenTelemetry instrument.add',
      '5: email reaches OpenTelemetry observableResult.observe',
      '7: email reaches OpenTelemetry logger.emit',
      '7: user ID reaches OpenTelemetry logger.emit',
    ]);
  });
  it('stays silent on technical attributes, errors and hashed IDs', () => {
    expect(
      reports(
        `import { trace, SpanStatusCode } from '@opentelemetry/api';\ntrace.getTracer('http').startActiveSpan('GET /orders', (span) => {\n  span.setAttributes({ 'http.route': '/orders/:id', 'http.status_code': 200, 'order.total': order.total });\n  span.setAttribute('enduser.id', sha256(member.id));\n  span.recordException(error);\n  span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });\n  span.end();\n});`,
      ),
    ).toEqual([]);
  });
  it('stays silent on spans and tracers that are not OpenTelemetry values', () => {
    expect(
      reports(
        `const span = { setAttribute(_k: string, _v: unknown) {} };\nspan.setAttribute('email', user.email);\nconst trace = { getActiveSpan: () => span };\ntrace.getActiveSpan().setAttribute('email', user.email);\nfunction f(tracer: { startActiveSpan(n: string, cb: (s: typeof span) => void): void }) {\n  tracer.startActiveSpan('x', (s) => s.setAttribute('email', user.email));\n}`,
      ),
    ).toEqual([]);
  });
  it('typed: the same reports, typed data in attributes, and neutral typed values', () => {
    expect(
      typedReports(
        "import { trace } from '@opentelemetry/api';\nimport type { EmailAddress, Member, Settings } from './types';\nexport function f(m: Member, to: EmailAddress, s: Settings) {\n  const span = trace.getActiveSpan();\n  span?.setAttributes({ 'enduser.id': m.id, to, plan: m.plan });\n  span?.setAttribute('settings.email', s.email);\n}",
      ),
    ).toEqual([
      '5: user ID reaches OpenTelemetry span.setAttributes',
      '5: email reaches OpenTelemetry span.setAttributes',
    ]);
  });
  it('reports link attributes, span names, histogram attributes and the tracer provider', () => {
    expect(
      reports(
        `import { trace, metrics } from '@opentelemetry/api';\nconst span = trace.getTracerProvider().getTracer('x').startSpan('op');\nspan.addLink({ context: other, attributes: { email: user.email } });\nspan.addLinks([{ context: other, attributes: { userId: member.id } }]);\nspan.updateName(\`checkout for \${user.email}\`);\nmetrics.getMeterProvider().getMeter('m').createHistogram('latency').record(12, { phone: customer.phone });`,
      ),
    ).toEqual([
      '3: email reaches OpenTelemetry span.addLink',
      '4: user ID reaches OpenTelemetry span.addLinks',
      '5: email reaches OpenTelemetry span.updateName',
      '6: phone number reaches OpenTelemetry instrument.record',
    ]);
  });
});
