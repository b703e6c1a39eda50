import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Pendo', () => {
  it('reports visitor and account data given to initialize', () => {
    expect(
      reports(
        `pendo.initialize({ visitor: { id: member.id, email: user.email }, account: { id: team.id, is_paying: true } });`,
      ),
    ).toEqual([
      '1: user ID reaches Pendo initialize',
      '1: email reaches Pendo initialize',
      '1: organization ID reaches Pendo initialize',
    ]);
  });
  it('reports identify through window', () => {
    expect(reports(`window.pendo.identify(member.id);`)).toEqual([
      '1: user ID reaches Pendo identify (identity argument)',
    ]);
  });
  it('reports updateOptions and track properties', () => {
    expect(
      reports(
        `pendo.updateOptions({ visitor: { full_name: user.name } });\npendo.track('Invite Sent', { invitee: invitee.email });`,
      ),
    ).toEqual(['1: name reaches Pendo updateOptions', '2: email reaches Pendo track']);
  });
  it('stays silent on neutral events', () => {
    expect(
      reports(
        `pendo.track('Export Clicked', { format: 'csv' });\npendo.initialize({ visitor: { role: 'admin' }, account: { planLevel: plan.name } });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const pendo = { initialize(_o: unknown) {}, track(..._a: unknown[]) {} };\npendo.initialize({ visitor: { id: member.id, email: user.email } });\npendo.track('x', { email: user.email });`,
      ),
    ).toEqual([]);
  });
});
