import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Elastic APM', () => {
  it('reports the user context of the RUM agent', () => {
    expect(
      reports(
        `import { init as initApm } from '@elastic/apm-rum';\nconst apm = initApm({ serviceName: 'web' });\napm.setUserContext({ id: member.id, username: user.username, email: user.email });`,
      ),
    ).toEqual([
      '3: user ID reaches Elastic APM setUserContext',
      '3: name reaches Elastic APM setUserContext',
      '3: email reaches Elastic APM setUserContext',
    ]);
  });
  it('reports labels and custom context on the global and on transactions', () => {
    expect(
      reports(
        `window.elasticApm.addLabels({ customer_email: customer.email });\nconst tr = elasticApm.startTransaction('checkout', 'custom');\ntr.addLabels({ phone: customer.phone });`,
      ),
    ).toEqual([
      '1: email reaches Elastic APM addLabels',
      '3: phone number reaches Elastic APM transaction.addLabels',
    ]);
  });
  it('reports the Node agent', () => {
    expect(
      reports(
        `const apm = require('elastic-apm-node').start({ serviceName: 'api' });\napm.setLabel('email', user.email);\napm.captureError(err, { user: { id: member.id } });`,
      ),
    ).toEqual(['2: email reaches Elastic APM setLabel', '3: user ID reaches Elastic APM captureError']);
  });
  it('stays silent on neutral labels and errors', () => {
    expect(
      reports(
        `import { apm } from '@elastic/apm-rum';\napm.addLabels({ plan: plan.name });\napm.captureError(error);\napm.setCustomContext({ cartSize: cart.items.length });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local apm object', () => {
    expect(
      reports(`const apm = { setUserContext(_u: unknown) {} };\napm.setUserContext({ email: user.email });`),
    ).toEqual([]);
  });
});
