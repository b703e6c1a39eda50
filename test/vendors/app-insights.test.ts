import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

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
