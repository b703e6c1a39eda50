import { describe, expect, it } from 'vitest';
import { reports, typedReports } from '../helpers/lint.js';

describe('Azure Application Insights', () => {
  it('reports the authenticated user context of a loaded instance', () => {
    expect(
      reports(
        `import { ApplicationInsights } from '@microsoft/applicationinsights-web';\nconst appInsights = new ApplicationInsights({ config: { connectionString: CONN } });\nappInsights.loadAppInsights();\nappInsights.setAuthenticatedUserContext(user.email, team.id);`,
      ),
    ).toEqual([
      '4: email reaches Azure Application Insights setAuthenticatedUserContext (identity argument)',
      '4: organization ID reaches Azure Application Insights setAuthenticatedUserContext (identity argument)',
    ]);
  });
  it('reports event properties and custom properties', () => {
    expect(
      reports(
        `import { ApplicationInsights } from '@microsoft/applicationinsights-web';\nconst ai = new ApplicationInsights({ config: { connectionString: CONN } }).loadAppInsights();\nai.trackEvent({ name: 'Checkout', properties: { phone: customer.phone } }, { userId: member.id });`,
      ),
    ).toEqual([
      '3: phone number reaches Azure Application Insights trackEvent',
      '3: user ID reaches Azure Application Insights trackEvent',
    ]);
  });
  it('reports traces and the user context on the snippet global', () => {
    expect(
      reports(
        `window.appInsights.trackTrace({ message: 'Invite sent to ' + invitee.email });\nappInsights.context.user.id = member.id;`,
      ),
    ).toEqual([
      '1: email reaches Azure Application Insights trackTrace',
      '2: user ID reaches Azure Application Insights context.user.id',
    ]);
  });
  it('reports the React plugin and useTrackEvent', () => {
    expect(
      reports(
        `import { useAppInsightsContext, useTrackEvent } from '@microsoft/applicationinsights-react-js';\nconst ai = useAppInsightsContext();\nai.trackException({ exception: error, properties: { ...user } });\nconst track = useTrackEvent(ai, 'Invite', {});\ntrack({ email: invitee.email });`,
      ),
    ).toEqual([
      '3: whole user object reaches Azure Application Insights trackException',
      '5: email reaches Azure Application Insights useTrackEvent',
    ]);
  });
  it('stays silent on neutral telemetry', () => {
    expect(
      reports(
        `import { ApplicationInsights } from '@microsoft/applicationinsights-web';\nconst ai = new ApplicationInsights({ config: { connectionString: CONN } });\nai.loadAppInsights();\nai.trackPageView();\nai.trackEvent({ name: 'Export Clicked', properties: { format: 'csv' } });\nai.trackException({ exception: error });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const appInsights = { trackEvent(..._a: unknown[]) {}, setAuthenticatedUserContext(..._a: unknown[]) {} };\nappInsights.setAuthenticatedUserContext(user.email);\nappInsights.trackEvent({ name: 'x', properties: { email: user.email } });`,
      ),
    ).toEqual([]);
  });
});

describe('Azure Application Insights: telemetry initializers and the Node.js SDK', () => {
  it('reports user tags and whole custom-property objects set in a telemetry initializer', () => {
    expect(
      reports(
        `import { ApplicationInsights } from '@microsoft/applicationinsights-web';\nconst ai = new ApplicationInsights({ config: { connectionString: CONN } });\nai.addTelemetryInitializer((envelope) => {\n  envelope.tags['ai.cloud.role'] = 'web';\n  envelope.tags['ai.user.authUserId'] = user.email;\n  envelope.data = { ...envelope.data, phone: customer.phone };\n  envelope.baseData.properties = { userId: member.id };\n});`,
      ),
    ).toEqual([
      '5: email reaches Azure Application Insights envelope.tags.ai.user.authUserId',
      '6: phone number reaches Azure Application Insights envelope.data',
      '7: user ID reaches Azure Application Insights envelope.baseData.properties',
    ]);
  });
  it('reports an initializer on the snippet global (a function expression, the account tag)', () => {
    expect(
      reports(
        `window.appInsights.addTelemetryInitializer(function (item) { item.tags['ai.user.accountId'] = team.id; });`,
      ),
    ).toEqual(['1: organization ID reaches Azure Application Insights envelope.tags.ai.user.accountId']);
  });
  it('reports telemetry of the Node.js defaultClient and of a TelemetryClient', () => {
    expect(
      reports(
        `const appInsights = require('applicationinsights');\nappInsights.setup(CONN).start();\nconst client = appInsights.defaultClient;\nclient.trackEvent({ name: 'Signup', properties: { email: user.email } });\nclient.trackTrace({ message: \`login \${user.email}\` });\nclient.commonProperties = { userId: member.id };`,
      ),
    ).toEqual([
      '4: email reaches Azure Application Insights trackEvent',
      '5: email reaches Azure Application Insights trackTrace',
      '6: user ID reaches Azure Application Insights commonProperties',
    ]);
    expect(
      reports(
        `import { TelemetryClient } from 'applicationinsights';\nnew TelemetryClient(CONN).trackRequest({ name: 'GET /u', url: \`/users/\${user.email}\`, duration: 1, resultCode: 200, success: true });`,
      ),
    ).toEqual(['2: email reaches Azure Application Insights trackRequest']);
  });
  it('stays silent on technical tags, neutral telemetry and a look-alike initializer', () => {
    expect(
      reports(
        `import { ApplicationInsights } from '@microsoft/applicationinsights-web';\nconst ai = new ApplicationInsights({ config: { connectionString: CONN } });\nai.addTelemetryInitializer((envelope) => { envelope.tags['ai.cloud.role'] = 'web'; envelope.data = { release: VERSION }; });\nimport { defaultClient } from 'applicationinsights';\ndefaultClient.trackException({ exception: err });\ndefaultClient.trackEvent({ name: 'Export', properties: { format: 'csv' } });\nconst pipeline = { addTelemetryInitializer(cb: (e: { data: unknown }) => void) { cb({ data: {} }); } };\npipeline.addTelemetryInitializer((e) => { e.data = { email: user.email }; });`,
      ),
    ).toEqual([]);
  });
  it('typed: the same reports with typed data', () => {
    expect(
      typedReports(
        "import { ApplicationInsights } from '@microsoft/applicationinsights-web';\nimport type { EmailAddress, Member } from './types';\nconst ai = new ApplicationInsights({ config: { connectionString: 'c' } });\nexport function f(m: Member, to: EmailAddress) {\n  ai.addTelemetryInitializer((envelope) => {\n    envelope.data = { to, plan: m.plan };\n  });\n}",
      ),
    ).toEqual(['6: email reaches Azure Application Insights envelope.data']);
  });
  it('reports the other Node.js telemetry calls', () => {
    expect(
      reports(
        `import appInsights from 'applicationinsights';\nconst client = appInsights.defaultClient;\nclient.trackDependency({ name: 'crm', data: \`GET /contacts?email=\${user.email}\`, duration: 3, success: true });\nclient.trackPageView({ id: '1', name: 'Home', properties: { phone: customer.phone } });\nclient.trackMetric({ name: 'cart', value: 3, properties: { userId: member.id } });\nclient.trackAvailability({ name: 'ping', properties: { region: 'eu' } });`,
      ),
    ).toEqual([
      '3: email reaches Azure Application Insights trackDependency',
      '4: phone number reaches Azure Application Insights trackPageView',
      '5: user ID reaches Azure Application Insights trackMetric',
    ]);
  });
});
