import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Kissmetrics', () => {
  it('reports identify and set on the _kmq queue', () => {
    expect(
      reports(`window._kmq.push(['identify', user.email]);\n_kmq.push(['set', { phone: customer.phone }]);`),
    ).toEqual([
      "1: email reaches Kissmetrics _kmq.push(['identify'])",
      "2: phone number reaches Kissmetrics _kmq.push(['set'])",
    ]);
  });
  it('reports record properties and aliases', () => {
    expect(
      reports(
        `_kmq.push(['record', 'Signed Up', { referrer_email: referrer.email }]);\n_kmq.push(['alias', member.id, user.email]);`,
      ),
    ).toEqual([
      "1: email reaches Kissmetrics _kmq.push(['record'])",
      "2: user ID reaches Kissmetrics _kmq.push(['alias'])",
      "2: email reaches Kissmetrics _kmq.push(['alias'])",
    ]);
  });
  it('reports the Node client', () => {
    expect(
      reports(
        `const KM = require('kissmetrics');\nconst km = new KM({ key: KEY });\nkm.record(user.email, 'signed up', {});\nkm.set(member.id, { name: user.fullName });`,
      ),
    ).toEqual([
      '3: email reaches Kissmetrics record (identity argument)',
      '4: user ID reaches Kissmetrics set (identity argument)',
      '4: name reaches Kissmetrics set',
    ]);
  });
  it('stays silent on neutral events', () => {
    expect(
      reports(
        `_kmq.push(['record', 'Viewed Pricing', { plan: plan.name }]);\n_kmq.push(['trackClick', '#signup', 'Clicked Signup']);`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local _kmq array', () => {
    expect(reports(`const _kmq: unknown[][] = [];\n_kmq.push(['identify', user.email]);`)).toEqual([]);
  });
});
