// no-pii: personal data written into the message of an error handed to an error monitor, vendor builder
// objects (an Amplitude `Identify`) passed whole, and builders filled in a loop over an object's entries.
import { describe, expect, it } from 'vitest';
import { reports, typedReports } from '../../helpers/lint.js';

const SENTRY = "import * as Sentry from '@sentry/react';\n";

describe('error messages', () => {
  it('reports a template message of an error given to captureException', () => {
    expect(
      reports(
        `${SENTRY}export function onLoginFailed(user: { email: string }) {\n  Sentry.captureException(new Error(\`Login failed for \${user.email}\`));\n}`,
      ),
    ).toEqual(['3: email reaches Sentry captureException']);
  });
  it('reports a concatenated and a .concat message, and Error called without new', () => {
    expect(
      reports(
        `${SENTRY}export function f(account: { phone: string }, email: string) {\n  Sentry.captureException(new TypeError('No such phone: ' + account.phone));\n  Sentry.captureException(Error('Invite failed: '.concat(email)));\n}`,
      ),
    ).toEqual([
      '3: phone number reaches Sentry captureException',
      '4: email reaches Sentry captureException',
    ]);
  });
  it('reports an error built earlier in the function and captured later', () => {
    expect(
      reports(
        `${SENTRY}export async function save(customerEmail: string) {\n  const err = new Error(\`Could not save \${customerEmail}\`);\n  Sentry.captureException(err, { tags: { area: 'billing' } });\n}`,
      ),
    ).toEqual(['4: email reaches Sentry captureException']);
  });
  it('reports an error class of the file that extends Error, with or without its own constructor', () => {
    expect(
      reports(
        `${SENTRY}class LoginError extends Error {}\nclass SignupError extends LoginError {\n  constructor(readonly code: number, address: string) {\n    super(\`Signup failed for \${address}\`);\n  }\n}\nexport function f(email: string, other: { email: string }) {\n  Sentry.captureException(new LoginError(\`Bad password for \${email}\`));\n  Sentry.captureException(new SignupError(409, other.email));\n  Sentry.captureException(new SignupError(409, 'anonymous'));\n}`,
      ),
    ).toEqual(['9: email reaches Sentry captureException', '10: email reaches Sentry captureException']);
  });
  it('reports a cause that is itself an error built with personal data', () => {
    expect(
      reports(
        `${SENTRY}export function f(email: string) {\n  const cause = new Error(\`No account for \${email}\`);\n  Sentry.captureException(new Error('Login failed', { cause }));\n}`,
      ),
    ).toEqual(['4: email reaches Sentry captureException']);
  });
  it('reports Sentry captureMessage, Rollbar and Airbrake messages built with personal data', () => {
    expect(
      reports(
        `${SENTRY}import Rollbar from 'rollbar';\nimport { Notifier } from '@airbrake/browser';\nconst rollbar = new Rollbar({ accessToken: 'x' });\nconst airbrake = new Notifier({ projectId: 1, projectKey: 'k' });\nexport function f(email: string) {\n  Sentry.captureMessage('Unknown user ' + email);\n  rollbar.error('Payment declined for ' + email);\n  airbrake.notify('user ' + currentUser().emailAddress);\n  airbrake.notify(new Error(\`Sync failed for \${email}\`));\n}`,
      ),
    ).toEqual([
      '7: email reaches Sentry captureMessage',
      '8: email reaches Rollbar error',
      '9: email reaches Airbrake notify',
      '10: email reaches Airbrake notify',
    ]);
  });
  it('reports Bugsnag notify and other monitors taking an error', () => {
    expect(
      reports(
        `import Bugsnag from '@bugsnag/js';\nimport { datadogRum } from '@datadog/browser-rum';\nimport LogRocket from 'logrocket';\nexport function f(user: { email: string; phone: string }) {\n  Bugsnag.notify(new Error(\`Checkout failed for \${user.email}\`));\n  datadogRum.addError(new Error(\`SMS to \${user.phone} bounced\`));\n  LogRocket.captureException(new Error(\`Export failed for \${user.email}\`));\n}`,
      ),
    ).toEqual([
      '5: email reaches Bugsnag notify',
      '6: phone number reaches Datadog addError',
      '7: email reaches LogRocket captureException',
    ]);
  });
  it('reports Honeybadger, New Relic and PostHog errors, and a whole record captured as an exception', () => {
    expect(
      reports(
        `import Honeybadger from '@honeybadger-io/js';\nimport newrelic from 'newrelic';\nimport posthog from 'posthog-js';\n${SENTRY}export function f(email: string, user: { id: string }) {\n  Honeybadger.notify(new Error(\`Import failed for \${email}\`));\n  newrelic.noticeError(new Error(\`Quota exceeded for \${email}\`));\n  posthog.captureException(new RangeError(\`Bad age for \${email}\`));\n  Sentry.captureException(user);\n}`,
      ),
    ).toEqual([
      '6: email reaches Honeybadger notify',
      '7: email reaches New Relic noticeError',
      '8: email reaches PostHog captureException',
      '9: whole user object reaches Sentry captureException',
    ]);
  });
  it('reads the member of a constructor parameter an error class makes its message of', () => {
    expect(
      reports(
        `${SENTRY}class ApiError extends Error {\n  constructor(public details: { message: string; code: number }) {\n    super(details.message);\n  }\n}\nexport function f(email: string) {\n  Sentry.captureException(new ApiError({ message: \`No invite for \${email}\`, code: 404 }));\n  Sentry.captureException(new ApiError({ message: 'No invite', code: 404 }));\n}`,
      ),
    ).toEqual(['8: email reaches Sentry captureException']);
  });
  it('reports at the caller an error handed to a wrapper of captureException', () => {
    expect(
      reports(
        `${SENTRY}function report(error: unknown) {\n  Sentry.captureException(error);\n}\nexport function f(email: string) {\n  report(new Error(\`Invite failed for \${email}\`));\n  report(new Error('Invite failed'));\n}`,
      ),
    ).toEqual(['6: email reaches Sentry captureException through report']);
  });
  it('stays silent on harmless messages, caught errors and plain causes', () => {
    expect(
      reports(
        `${SENTRY}import Bugsnag from '@bugsnag/js';\nclass HttpError extends Error {\n  constructor(readonly status: number, url: string) {\n    super(\`HTTP \${status}\`);\n  }\n}\nexport async function f(res: Response, user: { email: string }) {\n  Sentry.captureException(new Error('login failed'));\n  Sentry.captureException(new Error(\`status \${res.status}\`));\n  Sentry.captureException(new HttpError(res.status, user.email));\n  try {\n    await res.json();\n  } catch (err) {\n    Sentry.captureException(err);\n    Sentry.captureException(new Error('Parse failed', { cause: err }));\n    Bugsnag.notify(err as Error);\n  }\n}`,
      ),
    ).toEqual([]);
  });
  it('reports with type information, and reads a typed record in a message', () => {
    expect(
      typedReports(
        `${SENTRY}import type { Contact } from './types';\nexport function f(c: Contact, id: string) {\n  Sentry.captureException(new Error(\`Cannot reach \${c.phone}\`));\n  Sentry.captureException(new Error(\`Order \${id} failed\`));\n}`,
      ),
    ).toEqual(['4: phone number reaches Sentry captureException']);
  });
});

const AMPLITUDE = "import * as amplitude from '@amplitude/analytics-browser';\n";

describe('builder objects of a vendor', () => {
  it('reports an Identify builder named identity only at its set calls', () => {
    expect(
      reports(
        `${AMPLITUDE}export function f(user: { email: string; plan: string }) {\n  const identity = new amplitude.Identify();\n  identity.set('email', user.email);\n  identity.set('plan', user.plan);\n  amplitude.identify(identity);\n}`,
      ),
    ).toEqual(['4: email reaches Amplitude Identify.set']);
  });
  it('stays silent on a builder named profile that holds harmless values', () => {
    expect(
      reports(
        `${AMPLITUDE}export function f(plan: string) {\n  const profile = new amplitude.Identify();\n  profile.set('plan', plan).add('logins', 1);\n  amplitude.identify(profile);\n}`,
      ),
    ).toEqual([]);
  });
  it('still reports a whole user object that is no vendor value', () => {
    expect(
      reports(
        `${AMPLITUDE}export function f(profile: { plan: string }) {\n  amplitude.identify(profile);\n}`,
      ),
    ).toEqual(['3: whole user object reaches Amplitude identify']);
  });
  it('stays silent on a typed builder named identity', () => {
    expect(
      typedReports(
        `${AMPLITUDE}export function f(plan: string) {\n  const identity = new amplitude.Identify();\n  identity.set('plan', plan);\n  amplitude.identify(identity);\n}`,
      ),
    ).toEqual([]);
  });
});

describe('builders filled in a loop', () => {
  it('reports the values of a user record set one by one in forEach and for...of', () => {
    expect(
      reports(
        `${AMPLITUDE}export function f(user: { email: string }) {\n  const identify = new amplitude.Identify();\n  Object.entries(user).forEach(([key, value]) => identify.set(key, value));\n  for (const [key, value] of Object.entries(user)) identify.setOnce(key, value);\n  for (const value of Object.values(user)) identify.append('all', value);\n  amplitude.identify(identify);\n}`,
      ),
    ).toEqual([
      '4: whole user object reaches Amplitude Identify.set',
      '5: whole user object reaches Amplitude Identify.setOnce',
      '6: whole user object reaches Amplitude Identify.append',
    ]);
  });
  it('reports the values of a user record read by key in for...in and over Object.keys', () => {
    expect(
      reports(
        `${AMPLITUDE}export function f(user: { email: string }) {\n  const identify = new amplitude.Identify();\n  for (const key in user) identify.set(key, user[key]);\n  Object.keys(user).forEach((k) => identify.setOnce(k, user[k]));\n  for (const key in user) identify.append('fields', key);\n  amplitude.identify(identify);\n}`,
      ),
    ).toEqual([
      '4: whole user object reaches Amplitude Identify.set',
      '5: whole user object reaches Amplitude Identify.setOnce',
    ]);
  });
  it('reports the values of a traits object built with personal fields', () => {
    expect(
      reports(
        `${AMPLITUDE}export function f(account: { email: string }, plan: string) {\n  const traits = { email: account.email, plan };\n  const identify = new amplitude.Identify();\n  for (const [k, v] of Object.entries(traits)) identify.set(k, v);\n  amplitude.identify(identify);\n}`,
      ),
    ).toEqual(['5: email reaches Amplitude Identify.set']);
  });
  it('reports at the caller of a function that sets every entry of its parameter', () => {
    expect(
      reports(
        `${AMPLITUDE}function setTraits(traits: object) {\n  const identify = new amplitude.Identify();\n  Object.entries(traits).forEach(([k, v]) => identify.set(k, v));\n  amplitude.identify(identify);\n}\nexport function f(member: { email: string }, plan: string) {\n  setTraits(member);\n  setTraits({ plan, email: member.email });\n  setTraits({ plan, darkMode: true });\n}`,
      ),
    ).toEqual([
      '8: whole user object reaches Amplitude Identify.set through setTraits',
      '9: email reaches Amplitude Identify.set through setTraits',
    ]);
  });
  it('stays silent on a loop over a harmless object and on the keys', () => {
    expect(
      reports(
        `${AMPLITUDE}export function f(user: { email: string }) {\n  const flags = { darkMode: true, beta: false };\n  const identify = new amplitude.Identify();\n  for (const [k, v] of Object.entries(flags)) identify.set(k, v);\n  Object.keys(user).forEach((k) => identify.append('fields', k));\n  Object.entries(user).forEach(([k]) => identify.append('fields', k));\n  amplitude.identify(identify);\n}`,
      ),
    ).toEqual([]);
  });
  it('reports the values of a typed record with personal fields', () => {
    expect(
      typedReports(
        `${AMPLITUDE}import type { Contact } from './types';\nexport function f(data: Contact) {\n  const identify = new amplitude.Identify();\n  for (const [k, v] of Object.entries(data)) identify.set(k, v);\n  amplitude.identify(identify);\n}`,
      ),
    ).toEqual(['5: whole user object reaches Amplitude Identify.set']);
  });
});
