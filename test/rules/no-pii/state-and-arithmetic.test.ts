// Patterns met on real apps outside the labelled set: a value destructured from a call whose name says
// nothing personal (`useState`, `useField`) is read by its own name; a count read off a personal-looking
// member and used in arithmetic is no record.
import { describe, expect, it } from 'vitest';
import { reports } from '../../helpers/lint.js';

const PH = "import posthog from 'posthog-js';";
const SENTRY = "import * as Sentry from '@sentry/browser';";

describe('a binding destructured from a call is read by its own name', () => {
  const cases: [string, string, string[]][] = [
    [
      'React state holding an email',
      `${PH}\nimport { useState } from 'react';\nexport function SignUp() {\n  const [email, setEmail] = useState('');\n  const submit = () => posthog.capture('signed_up', { email });\n  return null;\n}`,
      ['5: email reaches PostHog capture'],
    ],
    [
      'a typed state of a phone number, passed under a neutral key',
      `${PH}\nimport { useState } from 'react';\nexport function Form() {\n  const [phoneNumber] = useState<string>();\n  posthog.capture('saved', { value: phoneNumber });\n  return null;\n}`,
      ['5: phone number reaches PostHog capture'],
    ],
    [
      'an object destructured from a form-state hook',
      `${SENTRY}\nexport function Checkout() {\n  const { billingEmail } = useFormState();\n  Sentry.setContext('checkout', { contact: billingEmail });\n}`,
      ['4: email reaches Sentry setContext'],
    ],
  ];
  for (const [name, code, expected] of cases) it(name, () => expect(reports(code)).toEqual(expected));

  const silent: [string, string][] = [
    [
      'state with a neutral name',
      `${PH}\nimport { useState } from 'react';\nexport function Step() {\n  const [step, setStep] = useState(0);\n  posthog.capture('step_changed', { step });\n}`,
    ],
    [
      'a destructured value an object literal gives hashed',
      `${PH}\nconst { email } = { email: sha256(address) };\nposthog.capture('x', { email });`,
    ],
    [
      'a destructured result of a sanitizer',
      `${PH}\nconst [email] = hashAll([address]);\nposthog.capture('x', { email });`,
    ],
  ];
  for (const [name, code] of silent) it(`${name}: silent`, () => expect(reports(code)).toEqual([]));
});

describe('a record added to a number or a string is no record', () => {
  const cases: [string, string, string[]][] = [
    [
      'an email concatenated still is one',
      `${PH}\nposthog.capture('invited', { label: 'invite for ' + member.email });`,
      ['2: email reaches PostHog capture'],
    ],
    [
      'a serialised record concatenated still is one',
      `${PH}\nposthog.capture('saved', { dump: 'user: ' + JSON.stringify(user) });`,
      ['2: whole user object reaches PostHog capture'],
    ],
  ];
  for (const [name, code, expected] of cases) it(name, () => expect(reports(code)).toEqual(expected));

  const silent: [string, string][] = [
    [
      'a seat count off a plan limit',
      `${PH}\nconst total = limits.users! + extraSeats;\nposthog.capture('seats_added', { total });`,
    ],
    ['a member count plus one', `${PH}\nposthog.capture('member_added', { size: team.members + 1 });`],
  ];
  for (const [name, code] of silent) it(`${name}: silent`, () => expect(reports(code)).toEqual([]));
});
