import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('HubSpot', () => {
  it('reports contact data pushed with identify', () => {
    expect(
      reports(
        `const _hsq = (window._hsq = window._hsq || []);\nwindow._hsq.push(['identify', { email: user.email, firstname: user.firstName }]);`,
      ),
    ).toEqual([
      "2: email reaches HubSpot _hsq.push(['identify'])",
      "2: name reaches HubSpot _hsq.push(['identify'])",
    ]);
  });
  it('reports custom behavioral event properties', () => {
    expect(
      reports(
        `_hsq.push(['trackCustomBehavioralEvent', { name: 'pe_signup', properties: { phone: customer.phone } }]);`,
      ),
    ).toEqual(["1: phone number reaches HubSpot _hsq.push(['trackCustomBehavioralEvent'])"]);
  });
  it('reports setIdentity and setTrackEvent from the React hook', () => {
    expect(
      reports(
        `import { useTrackingCode } from 'react-hubspot-tracking-code-hook';\nconst { setIdentity, setTrackEvent } = useTrackingCode();\nsetIdentity(user.email, { lastname: user.lastName });\nsetTrackEvent({ eventId: 'login', value: user.email });`,
      ),
    ).toEqual([
      '3: email reaches HubSpot setIdentity',
      '3: name reaches HubSpot setIdentity',
      '4: email reaches HubSpot setTrackEvent',
    ]);
  });
  it('stays silent on page views and neutral events', () => {
    expect(
      reports(
        `_hsq.push(['setPath', '/pricing']);\n_hsq.push(['trackPageView']);\n_hsq.push(['trackCustomBehavioralEvent', { name: 'pe_clicked', properties: { plan: plan.name } }]);`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local hook with the same names', () => {
    expect(
      reports(
        `const useTrackingCode = () => ({ setIdentity: (_e: string) => {} });\nconst { setIdentity } = useTrackingCode();\nsetIdentity(user.email);`,
      ),
    ).toEqual([]);
  });
  it('reports the email position of setIdentity whatever the value is called', () => {
    expect(
      reports(
        `import { useTrackingCode } from 'react-hubspot-tracking-code-hook';\nconst { setIdentity } = useTrackingCode();\nsetIdentity(value, { plan: 'pro' });`,
      ),
    ).toEqual(['3: email reaches HubSpot setIdentity']);
  });
  it('stays silent on a literal or hashed identity', () => {
    expect(
      reports(
        `import { useTrackingCode } from 'react-hubspot-tracking-code-hook';\nconst { setIdentity } = useTrackingCode();\nsetIdentity('demo-account');\nsetIdentity(sha256(user.email));`,
      ),
    ).toEqual([]);
  });
});
