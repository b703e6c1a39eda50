import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Matomo', () => {
  it('reports a user ID pushed onto _paq', () => {
    expect(reports(`window._paq.push(['setUserId', member.id]);`)).toEqual([
      "1: user ID reaches Matomo _paq.push(['setUserId'])",
    ]);
  });
  it('reports event fields and custom dimensions pushed onto _paq', () => {
    expect(
      reports(
        `_paq.push(['trackEvent', 'Invite', 'Send', invitee.email]);\n_paq.push(['setCustomDimension', 3, customer.phone]);`,
      ),
    ).toEqual([
      "1: email reaches Matomo _paq.push(['trackEvent'])",
      "2: phone number reaches Matomo _paq.push(['setCustomDimension'])",
    ]);
  });
  it('reports the useMatomo hook and pushInstruction', () => {
    expect(
      reports(
        `import { useMatomo } from '@jonkoops/matomo-tracker-react';\nconst { trackEvent, pushInstruction } = useMatomo();\ntrackEvent({ category: 'invite', action: 'send', name: invitee.email });\npushInstruction('setUserId', member.id);`,
      ),
    ).toEqual([
      '3: email reaches Matomo trackEvent',
      "4: user ID reaches Matomo pushInstruction('setUserId') (identity argument)",
    ]);
  });
  it('reports the userId option of createInstance', () => {
    expect(
      reports(
        `import { createInstance } from '@datapunt/matomo-tracker-react';\nconst tracker = createInstance({ urlBase: URL, siteId: 1, userId: user.email });`,
      ),
    ).toEqual(['2: email reaches Matomo createInstance']);
  });
  it('stays silent on neutral tracking', () => {
    expect(
      reports(
        `_paq.push(['trackPageView']);\n_paq.push(['trackEvent', 'Export', 'Click', 'csv']);\n_paq.push(['enableLinkTracking']);`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local queue with the same name', () => {
    expect(reports(`const _paq: unknown[][] = [];\n_paq.push(['setUserId', member.id]);`)).toEqual([]);
  });
  it('reports the userId given to the MatomoTracker constructor', () => {
    expect(
      reports(
        `import MatomoTracker from '@jonkoops/matomo-tracker';\nconst tracker = new MatomoTracker({ urlBase: URL, siteId: 1, userId: member.id });`,
      ),
    ).toEqual(['2: user ID reaches Matomo new MatomoTracker']);
  });
  it('stays silent on a constructor without a personal userId', () => {
    expect(
      reports(
        `import MatomoTracker from '@jonkoops/matomo-tracker';\nnew MatomoTracker({ urlBase: URL, siteId: 1, userId: sha256(member.id) });\nnew MatomoTracker({ urlBase: URL, siteId: 2 });`,
      ),
    ).toEqual([]);
  });
});
