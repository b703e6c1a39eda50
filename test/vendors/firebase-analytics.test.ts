import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Firebase Analytics', () => {
  it('reports a user ID given to the modular setUserId', () => {
    expect(
      reports(
        `import { getAnalytics, setUserId } from 'firebase/analytics';\nconst analytics = getAnalytics(app);\nsetUserId(analytics, member.id);`,
      ),
    ).toEqual(['3: user ID reaches Firebase Analytics setUserId (identity argument)']);
  });
  it('reports event parameters of the modular logEvent', () => {
    expect(
      reports(
        `import { logEvent } from 'firebase/analytics';\nlogEvent(analytics, 'purchase', { email: user.email });`,
      ),
    ).toEqual(['2: email reaches Firebase Analytics logEvent']);
  });
  it('reports user properties on the React Native client', () => {
    expect(
      reports(
        `import analytics from '@react-native-firebase/analytics';\nanalytics().setUserProperties({ phone: customer.phone });`,
      ),
    ).toEqual(['2: phone number reaches Firebase Analytics setUserProperties']);
  });
  it('reports a keyed user property on the React Native client', () => {
    expect(
      reports(
        `import analytics from '@react-native-firebase/analytics';\nanalytics().setUserProperty('email', user.email);`,
      ),
    ).toEqual(['2: email reaches Firebase Analytics setUserProperty']);
  });
  it('reports a user object spread into a compat logEvent', () => {
    expect(
      reports(
        `import firebase from 'firebase/compat/app';\nimport 'firebase/compat/analytics';\nfirebase.analytics().logEvent('login', { ...user });`,
      ),
    ).toEqual(['3: whole user object reaches Firebase Analytics logEvent']);
  });
  it('stays silent on neutral event parameters', () => {
    expect(
      reports(
        `import { logEvent } from 'firebase/analytics';\nlogEvent(analytics, 'screen_view', { screen_name: 'Home', plan: plan.name });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local analytics() with the same methods', () => {
    expect(
      reports(
        `const analytics = () => ({ logEvent: (..._a: unknown[]) => undefined });\nanalytics().logEvent('x', { email: user.email });`,
      ),
    ).toEqual([]);
  });
});
