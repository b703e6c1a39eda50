import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Amplitude', () => {
  it('reports a user ID given to setUserId through a namespace import', () => {
    expect(
      reports(`import * as amplitude from '@amplitude/analytics-browser';\namplitude.setUserId(member.id);`),
    ).toEqual(['2: user ID reaches Amplitude setUserId (identity argument)']);
  });
  it('reports values set through the Identify builder', () => {
    expect(
      reports(
        `import { Identify, identify } from '@amplitude/analytics-browser';\nidentify(new Identify().set('email', user.email));`,
      ),
    ).toEqual(['2: email reaches Amplitude Identify.set']);
  });
  it('reports user properties on a legacy amplitude-js instance', () => {
    expect(
      reports(
        `import amplitude from 'amplitude-js';\namplitude.getInstance().setUserProperties({ email: user.email, plan: 'pro' });`,
      ),
    ).toEqual(['2: email reaches Amplitude setUserProperties']);
  });
  it('reports the user_id event option of the Node SDK (require)', () => {
    expect(
      reports(
        `const amplitude = require('@amplitude/analytics-node');\namplitude.track('Report Exported', { format: 'csv' }, { user_id: member.id });`,
      ),
    ).toEqual(['2: user ID reaches Amplitude track']);
  });
  it('reports a user object spread into event properties on the global', () => {
    expect(reports(`window.amplitude.track('Signed Up', { ...user });`)).toEqual([
      '1: whole user object reaches Amplitude track',
    ]);
  });
  it('reports an email used as the user ID in init of a created instance', () => {
    expect(
      reports(
        `import { createInstance } from '@amplitude/analytics-browser';\nconst client = createInstance();\nclient.init(API_KEY, user.email);`,
      ),
    ).toEqual(['3: email reaches Amplitude init']);
  });
  it('stays silent on event names and neutral properties', () => {
    expect(
      reports(
        `import * as amplitude from '@amplitude/analytics-browser';\namplitude.init(API_KEY, { autocapture: false });\namplitude.track('Button Clicked', { buttonColor: 'primary', plan: plan.name });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const amplitude = { setUserId(id: string) { return id; }, track(..._a: unknown[]) {} };\namplitude.setUserId(member.id);\namplitude.track('x', { email: user.email });`,
      ),
    ).toEqual([]);
  });
});
