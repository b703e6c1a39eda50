import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Mouseflow', () => {
  it('reports variables pushed onto _mfq', () => {
    expect(
      reports(`window._mfq = window._mfq || [];\nwindow._mfq.push(['setVariable', 'email', user.email]);`),
    ).toEqual(["2: email reaches Mouseflow _mfq.push(['setVariable'])"]);
  });
  it('reports identify and tags', () => {
    expect(reports(`_mfq.push(['identify', member.id]);\n_mfq.push(['tag', customer.phone]);`)).toEqual([
      "1: user ID reaches Mouseflow _mfq.push(['identify'])",
      "2: phone number reaches Mouseflow _mfq.push(['tag'])",
    ]);
  });
  it('reports the react-mouseflow wrapper and the mouseflow global', () => {
    expect(
      reports(
        `import { mouseflow } from 'react-mouseflow';\nmouseflow.setVariable('customerEmail', customer.email);\nwindow.mouseflow.newPageView('/users/' + user.email);`,
      ),
    ).toEqual(['2: email reaches Mouseflow setVariable', '3: email reaches Mouseflow newPageView']);
  });
  it('stays silent on neutral variables and paths', () => {
    expect(
      reports(
        `_mfq.push(['setVariable', 'plan', plan.name]);\n_mfq.push(['newPageView', '/pricing']);\n_mfq.push(['tag', 'checkout']);`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local _mfq array', () => {
    expect(reports(`const _mfq: unknown[] = [];\n_mfq.push(['setVariable', 'email', user.email]);`)).toEqual(
      [],
    );
  });
});
