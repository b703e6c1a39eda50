import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Rollbar', () => {
  it('reports the person given to configure on an instance from Rollbar.init', () => {
    expect(
      reports(
        `import Rollbar from 'rollbar';\nconst rollbar = Rollbar.init({ accessToken: TOKEN });\nrollbar.configure({ payload: { person: { id: member.id, email: user.email } } });`,
      ),
    ).toEqual(['3: user ID reaches Rollbar configure', '3: email reaches Rollbar configure']);
  });
  it('reports extra arguments of a log call on a constructed instance (require)', () => {
    expect(
      reports(
        `const Rollbar = require('rollbar');\nconst rollbar = new Rollbar({ accessToken: TOKEN });\nrollbar.error('Payment failed', { phone: customer.phone });`,
      ),
    ).toEqual(['3: phone number reaches Rollbar error']);
  });
  it('reports the _rollbarConfig assignment and the global', () => {
    expect(
      reports(
        `window._rollbarConfig = { accessToken: TOKEN, payload: { person: { id: member.id } } };\nwindow.Rollbar.warning('Invite sent to ' + invitee.email);`,
      ),
    ).toEqual(['1: user ID reaches Rollbar _rollbarConfig', '2: email reaches Rollbar warning']);
  });
  it('reports useRollbarPerson and the client of useRollbar', () => {
    expect(
      reports(
        `import { useRollbar, useRollbarPerson } from '@rollbar/react';\nuseRollbarPerson({ email: user.email });\nconst rollbar = useRollbar();\nrollbar.info('Signed in', { ...user });`,
      ),
    ).toEqual(['2: email reaches Rollbar useRollbarPerson', '4: whole user object reaches Rollbar info']);
  });
  it('stays silent on errors and neutral messages', () => {
    expect(
      reports(
        `import Rollbar from 'rollbar';\nconst rollbar = new Rollbar({ accessToken: TOKEN, captureUncaught: true });\nrollbar.error(error);\nrollbar.info('Cache warmed', { entries: count });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const rollbar = { error(..._a: unknown[]) {}, configure(_c: unknown) {} };\nrollbar.error('x', { email: user.email });\nrollbar.configure({ payload: { person: { id: member.id } } });`,
      ),
    ).toEqual([]);
  });
  it('reports the person given to the constructor', () => {
    expect(
      reports(
        `import Rollbar from 'rollbar';\nconst rollbar = new Rollbar({ accessToken: TOKEN, payload: { person: { id: member.id, email: user.email, username: user.name } } });`,
      ),
    ).toEqual([
      '2: user ID reaches Rollbar new Rollbar',
      '2: email reaches Rollbar new Rollbar',
      '2: name reaches Rollbar new Rollbar',
    ]);
  });
  it('stays silent on a constructor with a literal or hashed person', () => {
    expect(
      reports(
        `const Rollbar = require('rollbar');\nnew Rollbar({ accessToken: TOKEN, payload: { person: { id: sha256(member.id) }, environment: 'production' } });`,
      ),
    ).toEqual([]);
  });
});

describe('Rollbar: custom payload data and the snippet global', () => {
  it('reports payload.custom and the top-level person of the configuration', () => {
    expect(
      reports(
        `import Rollbar from 'rollbar';\nconst rollbar = new Rollbar({ accessToken: TOKEN, captureIp: 'anonymize', payload: { environment: 'production', custom: { email: user.email } } });\nrollbar.configure({ person: { id: member.id } });`,
      ),
    ).toEqual(['2: email reaches Rollbar new Rollbar', '3: user ID reaches Rollbar configure']);
  });
  it('reports payload.custom set through the global and _rollbarConfig', () => {
    expect(
      reports(
        `window._rollbarConfig = { accessToken: TOKEN, captureIp: 'anonymize', payload: { custom: { phone: customer.phone } } };\nRollbar.configure({ payload: { custom: { userId: member.id } } });`,
      ),
    ).toEqual(['1: phone number reaches Rollbar _rollbarConfig', '2: user ID reaches Rollbar configure']);
  });
  it('stays silent on neutral custom data and a local Rollbar', () => {
    expect(
      reports(
        `Rollbar.configure({ payload: { custom: { release: VERSION, region: 'eu' } } });\nfunction f(Rollbar: { configure(c: unknown): void }) { Rollbar.configure({ payload: { custom: { email: user.email } } }); }`,
      ),
    ).toEqual([]);
  });
});
