import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Drift', () => {
  it('reports identify on the drift global', () => {
    expect(reports(`drift.identify(member.id, { email: user.email, nickname: user.fullName });`)).toEqual([
      '1: user ID reaches Drift identify (identity argument)',
      '1: email reaches Drift identify',
      '1: name reaches Drift identify',
    ]);
  });
  it('reports user attributes set through drift.api', () => {
    expect(reports(`window.drift.api.setUserAttributes({ phone: customer.phone });`)).toEqual([
      '1: phone number reaches Drift api.setUserAttributes',
    ]);
  });
  it('reports the api handed to the ready callback and event properties', () => {
    expect(
      reports(
        `drift.on('ready', (api) => { api.setUserAttributes({ email: user.email }); });\ndrift.track('Booked demo', { contact: contact.email });`,
      ),
    ).toEqual(['1: email reaches Drift api.setUserAttributes', '2: email reaches Drift track']);
  });
  it('stays silent on neutral attributes', () => {
    expect(
      reports(
        `drift.on('ready', (api) => api.setUserAttributes({ cc: 'us', lang: 'en' }));\ndrift.track('Opened chat', { page: '/pricing' });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local drift object', () => {
    expect(
      reports(
        `const drift = { identify(..._a: unknown[]) {} };\ndrift.identify(member.id, { email: user.email });`,
      ),
    ).toEqual([]);
  });
});
