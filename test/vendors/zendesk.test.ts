import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Zendesk', () => {
  it('reports identify on the classic web widget', () => {
    expect(reports(`zE('webWidget', 'identify', { name: user.fullName, email: user.email });`)).toEqual([
      "1: name reaches Zendesk zE('webWidget')",
      "1: email reaches Zendesk zE('webWidget')",
    ]);
  });
  it('reports prefilled contact fields and messaging conversation fields', () => {
    expect(
      reports(
        `window.zE('webWidget', 'prefill', { phone: { value: customer.phone, readOnly: true } });\nwindow.zE('messenger:set', 'conversationFields', [{ id: '3946', value: user.email }]);`,
      ),
    ).toEqual([
      "1: phone number reaches Zendesk zE('webWidget')",
      "2: email reaches Zendesk zE('messenger:set')",
    ]);
  });
  it('reports the zESettings assignment', () => {
    expect(
      reports(
        `window.zESettings = { webWidget: { contactForm: { fields: [{ id: 'email', prefill: { '*': user.email } }] } } };`,
      ),
    ).toEqual(['1: email reaches Zendesk zESettings']);
  });
  it('stays silent on widget commands without personal data', () => {
    expect(
      reports(
        `zE('webWidget', 'setLocale', 'en');\nzE('messenger', 'open');\nzE('messenger:set', 'conversationTags', ['vip', 'billing']);`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local zE function', () => {
    expect(
      reports(
        `const zE = (..._a: unknown[]) => undefined;\nzE('webWidget', 'identify', { email: user.email });`,
      ),
    ).toEqual([]);
  });
});
