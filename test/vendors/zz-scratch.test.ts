import { it } from 'vitest';
import { reports } from '../helpers/lint.js';
it('s', () => {
  for (const c of [
    `globalThis.twq('event', 'tw', { phone_number: customer.phone });`,
    `window.twq('event', 'tw', { phone_number: customer.phone });`,
    `const params = { phone_number: customer.phone };\nwindow.twq('event', 'tw', params);`,
    `const match = (data: object) => window.lintrk('setUserData', data);\nmatch({ email: user.email });`,
    `function match(data: object) { lintrk('setUserData', data); }\nmatch({ email: user.email });`,
  ]) console.log(JSON.stringify(c), reports(c));
});
