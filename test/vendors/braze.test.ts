import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Braze', () => {
  it('reports the external id given to changeUser', () => {
    expect(reports(`import * as braze from '@braze/web-sdk';\nbraze.changeUser(member.id);`)).toEqual([
      '2: user ID reaches Braze changeUser (identity argument)',
    ]);
  });
  it('reports default attribute setters on getUser()', () => {
    expect(
      reports(
        `import { getUser } from '@braze/web-sdk';\nconst user = getUser();\nuser?.setEmail(customer.email);\nuser?.setPhoneNumber(customer.phone);`,
      ),
    ).toEqual(['3: email reaches Braze user.setEmail', '4: phone number reaches Braze user.setPhoneNumber']);
  });
  it('reports custom attributes keyed by name on the global', () => {
    expect(reports(`window.braze.getUser().setCustomUserAttribute('home_address', form.value);`)).toEqual([
      '1: postal address reaches Braze user.setCustomUserAttribute',
    ]);
  });
  it('reports event and purchase properties (require)', () => {
    expect(
      reports(
        `const braze = require('@braze/web-sdk');\nbraze.logCustomEvent('invite', { email: invitee.email });\nbraze.logPurchase('sku-1', 9.99, 'USD', 1, { ...user });`,
      ),
    ).toEqual(['2: email reaches Braze logCustomEvent', '3: whole user object reaches Braze logPurchase']);
  });
  it('stays silent on neutral events and attributes', () => {
    expect(
      reports(
        `import * as braze from '@braze/web-sdk';\nbraze.initialize(API_KEY, { baseUrl: 'sdk.iad-01.braze.com' });\nbraze.logCustomEvent('Export Clicked', { format: 'csv' });\nbraze.getUser()?.setCustomUserAttribute('plan', plan.name);`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const braze = { changeUser(_id: string) {}, logCustomEvent(..._a: unknown[]) {} };\nbraze.changeUser(member.id);\nbraze.logCustomEvent('x', { email: user.email });`,
      ),
    ).toEqual([]);
  });
  it('reports setters that name their category whatever the value is called', () => {
    expect(
      reports(
        `import * as braze from '@braze/web-sdk';\nconst u = braze.getUser();\nu?.setEmail(form.value);\nu?.setFirstName(first);\nu?.setPhoneNumber(input);\nu?.setDateOfBirth(year, month, day);`,
      ),
    ).toEqual([
      '3: email reaches Braze user.setEmail',
      '4: name reaches Braze user.setFirstName',
      '5: phone number reaches Braze user.setPhoneNumber',
      '6: birthdate reaches Braze user.setDateOfBirth',
      '6: birthdate reaches Braze user.setDateOfBirth',
      '6: birthdate reaches Braze user.setDateOfBirth',
    ]);
  });
  it('reports the last known location', () => {
    expect(
      reports(
        `import * as braze from '@braze/web-sdk';\nbraze.getUser()?.setLastKnownLocation(pos.coords.latitude, pos.coords.longitude);`,
      ),
    ).toEqual([
      '2: precise location reaches Braze user.setLastKnownLocation',
      '2: precise location reaches Braze user.setLastKnownLocation',
    ]);
  });
  it('stays silent on literal or hashed values given to category setters', () => {
    expect(
      reports(
        `import * as braze from '@braze/web-sdk';\nconst u = braze.getUser();\nu?.setEmail(null);\nu?.setFirstName('Guest');\nu?.setLastName(sha256(user.lastName));\nu?.setDateOfBirth(1990, 1, 1);\nu?.setHomeCity(city);`,
      ),
    ).toEqual([]);
  });
});
