// Personal data as real data models name it (issue 16): misses that were silent and false reports
// that were made, each untyped and, where a declared type changes the reading, typed.
import { describe, expect, it } from 'vitest';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../rules/no-pii.js';
import { reports, typedReports } from '../../helpers/lint.js';

const MP = "import mixpanel from 'mixpanel-browser';\n";
const PH = "import posthog from 'posthog-js';\n";

describe('misses: personal data the lexicon did not know', () => {
  it('reads a patron’s mobile as a phone number', () => {
    expect(
      reports(
        `${MP}export function f(patron) { mixpanel.people.set({ mobile: patron.mobile }); mixpanel.track('x', { m: patron.mobile }); }`,
      ),
    ).toEqual(['2: phone number reaches Mixpanel people.set', '2: phone number reaches Mixpanel track']);
  });

  it('typed: a patron’s mobile typed as a string is a phone number, typed as a flag it is not', () => {
    expect(
      typedReports(`${MP}interface Patron { mobile: string; id: string }
interface Visitor { mobile: boolean }
export function f(patron: Patron, visitor: Visitor) { mixpanel.people.set({ mobile: patron.mobile, onMobile: visitor.mobile }); }`),
    ).toEqual(['4: phone number reaches Mixpanel people.set']);
  });

  it('typed: a person’s city and a health record read by their names and types', () => {
    expect(
      typedReports(`${MP}interface Customer { city: string; isVip: boolean }
interface Visit { diagnosis: string; reasonForVisit: string; visitType: 'new' | 'follow-up' }
export function f(customer: Customer, visit: Visit) { mixpanel.track('x', { city: customer.city, vip: customer.isVip, dx: visit.diagnosis, kind: visit.visitType }); }`),
    ).toEqual(['4: postal address reaches Mixpanel track', '4: health data reaches Mixpanel track']);
  });

  it('reads a person’s hometown and city as a postal address, not a hotel’s or a store’s city', () => {
    expect(
      reports(`${MP}mixpanel.people.set({ hometown: user.hometown, city: customer.city });
mixpanel.track('Booked', { hotelCity: hotel.city, city: store.city, where: venue.city });
mixpanel.track('Moved', { from: userCity, to: profile.homeCity });`),
    ).toEqual([
      '2: postal address reaches Mixpanel people.set',
      '2: postal address reaches Mixpanel people.set',
      '4: postal address reaches Mixpanel track',
      '4: postal address reaches Mixpanel track',
    ]);
  });

  it('reads a bare city as a person’s only where the payload is the person’s', () => {
    expect(
      reports(
        `${MP}mixpanel.track('Search', { city: selectedCity }); mixpanel.people.set({ city: form.values.city });`,
      ),
    ).toEqual(['2: postal address reaches Mixpanel people.set']);
  });

  it('reads bornOn and born as a birthdate', () => {
    expect(reports(`${MP}mixpanel.people.set({ bornOn: user.bornOn, born: p.born, bornAt: x });`)).toEqual([
      '2: birthdate reaches Mixpanel people.set',
      '2: birthdate reaches Mixpanel people.set',
      '2: birthdate reaches Mixpanel people.set',
    ]);
  });

  it('reads a person’s old, previous or updated name as a name; a thing’s names stay neutral', () => {
    expect(
      reports(`${MP}mixpanel.track('Renamed', { old_name: user.name, previousName: user.previousName, updated_name: member.updatedName });
mixpanel.track('Renamed', { event_name: event.name, file_name: file.name, plan_name: plan.name, old_name: oldPlan.name });
mixpanel.track('Renamed', { display_name: plan.displayName, previous_name: file.previousName, new_name: project.newName });`),
    ).toEqual([
      '2: name reaches Mixpanel track',
      '2: name reaches Mixpanel track',
      '2: name reaches Mixpanel track',
    ]);
  });

  it('reads insurance, member and policy numbers as government-issued or membership identifiers', () => {
    expect(
      reports(
        `${MP}mixpanel.people.set({ insuranceNumber: a, memberNumber: b, policyNumber: c, policy_no: d, insurance_id: e });`,
      ),
    ).toEqual([
      '2: government ID reaches Mixpanel people.set',
      '2: government ID reaches Mixpanel people.set',
      '2: government ID reaches Mixpanel people.set',
      '2: government ID reaches Mixpanel people.set',
      '2: government ID reaches Mixpanel people.set',
    ]);
  });

  it('keeps a policy’s kind, an order number and a plan’s policy neutral', () => {
    expect(
      reports(
        `${MP}mixpanel.track('x', { policyType: a, orderNumber: b, retentionPolicy: c, memberCount: d, policyId: policy.id });`,
      ),
    ).toEqual([]);
  });
});

describe('special-category data (GDPR art. 9)', () => {
  it('reports health data, named by its kind', () => {
    expect(
      reports(
        `${MP}mixpanel.track('Visit', { symptoms: visit.symptoms, diagnosis: d, reasonForVisit: r, medication: m, allergies: a, bloodType: b });`,
      ),
    ).toEqual(Array(6).fill('2: health data reaches Mixpanel track'));
  });

  it('reports religion, ethnicity, sexual orientation, political opinion, union membership, genetic and biometric data', () => {
    expect(
      reports(
        `${PH}posthog.capture('Survey', { religion: answers.religion, ethnicity: answers.ethnicity, sexualOrientation: answers.sexualOrientation, politicalAffiliation: answers.politicalAffiliation, tradeUnionMember: answers.tradeUnionMember, dnaResults: kit.dnaResults, biometricTemplate: scan.biometricTemplate });`,
      ),
    ).toEqual([
      '2: religious belief reaches PostHog capture',
      '2: ethnic origin reaches PostHog capture',
      '2: sexuality reaches PostHog capture',
      '2: political opinion reaches PostHog capture',
      '2: union membership reaches PostHog capture',
      '2: genetic data reaches PostHog capture',
      '2: biometric data reaches PostHog capture',
    ]);
  });

  it('reads a value by its own name when the key says nothing', () => {
    expect(
      reports(`${MP}mixpanel.track('Visit', { detail: patient.diagnosis, d2: diagnosisCode });`),
    ).toEqual(['2: health data reaches Mixpanel track', '2: health data reaches Mixpanel track']);
  });

  it('leaves counts, flags, screen orientation, A/B treatments and ambiguous words alone', () => {
    expect(
      reports(
        `${MP}mixpanel.track('x', { medicationCount: n, hasAllergies: true, orientation: screen.orientation, treatment: variant, condition: filter.condition, race: race.name, union: t });`,
      ),
    ).toEqual([]);
  });

  it('is on by default and can be turned off', () => {
    const code = `${MP}mixpanel.track('Visit', { diagnosis: d });`;
    expect(reports(code)).toHaveLength(1);
    expect(reports(code, { settings: { categories: { 'special-category': false } } })).toEqual([]);
  });

  it('is read from a typed value: a record of health fields passed whole', () => {
    expect(
      typedReports(`${MP}interface Intake { symptoms: string; allergies: string[] }
export function f(intake: Intake) { mixpanel.track('Intake', { intake }); }`),
    ).toEqual(['3: sensitive data reaches Mixpanel track']);
  });
});

describe('false reports: names that are not the personal data they look like', () => {
  it('does not read a product’s or a collection’s handle as a name; a person’s handle stays one', () => {
    expect(
      reports(`${MP}mixpanel.track('Viewed', { handle: product.handle, collection: collection.handle });
mixpanel.track('Followed', { handle: user.handle });`),
    ).toEqual(['3: name reaches Mixpanel track']);
  });

  it('does not read an address’s kind, label or type as the address; its street stays one', () => {
    expect(
      reports(`${MP}mixpanel.track('Address saved', { kind: address.kind, label: address.label, type: address.type, isDefault: address.isDefault });
mixpanel.track('Address saved', { street: address.line1 });`),
    ).toEqual(['3: postal address reaches Mixpanel track']);
  });

  it('does not read a channel enum held in a …Contact variable as an email', () => {
    expect(
      reports(`${MP}const preferredContact = ContactChannel.Email;
mixpanel.track('Preference', { preferredContact, channel: Channel.EMAIL, via: ContactMethod.Phone });`),
    ).toEqual([]);
  });

  it('does not read an error-code constant or enum member as an email', () => {
    expect(
      reports(`${MP}import { SignupDisposableEmail } from './errors';
mixpanel.track('Signup failed', { code: SignupDisposableEmail, c2: ERR_INVALID_EMAIL, c3: SignupError.DisposableEmail, c4: Errors.INVALID_EMAIL });`),
    ).toEqual([]);
  });

  it('still reads constants that hold personal data and a person’s members', () => {
    expect(
      reports(`${MP}const SUPPORT = user.email;
mixpanel.track('x', { a: SUPPORT, b: USER_EMAIL, c: user.Email });`),
    ).toEqual([
      '3: email reaches Mixpanel track',
      '3: email reaches Mixpanel track',
      '3: email reaches Mixpanel track',
    ]);
  });

  it('typed: a channel enum is neutral whatever its name', () => {
    expect(
      typedReports(`${MP}enum ContactChannel { Email = 'email', Phone = 'phone' }
export function f(preferredContact: ContactChannel) { mixpanel.track('x', { preferredContact, email: ContactChannel.Email }); }`),
    ).toEqual([]);
  });

  it('does not read a user group’s id in an event as an organization ID; the group slot and org ids stay', () => {
    expect(
      reports(`${PH}posthog.capture('Group joined', { groupId: group.id, permission_group: groupId });
posthog.capture('x', { $groups: { company: group.id } });
posthog.group('company', group.id);
posthog.capture('y', { orgId: org.id, workspaceId, teamId: team.id });`),
    ).toEqual([
      '3: organization ID reaches PostHog capture',
      '4: organization ID reaches PostHog group (identity argument)',
      '5: organization ID reaches PostHog capture',
      '5: organization ID reaches PostHog capture',
      '5: organization ID reaches PostHog capture',
    ]);
  });
});

const ruleTester = new RuleTester();

ruleTester.run('no-pii: special-category data', rule, {
  valid: [
    {
      code: `${MP}mixpanel.track('Visit', { diagnosis: d, symptoms: s });`,
      name: 'the category turned off',
      settings: { 'analytics-privacy': { categories: { 'special-category': false } } },
    },
    {
      code: `${MP}mixpanel.track('Visit', { symptomCount: 3, visitType: 'follow-up' });`,
      name: 'counts and kinds',
    },
  ],
  invalid: [
    {
      code: `${MP}mixpanel.track('Visit', { diagnosis: visit.diagnosis, clinic: 'North' });`,
      errors: [
        {
          messageId: 'specialCategory',
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 53,
          data: { category: 'health data', kind: 'health data', vendor: 'Mixpanel', method: 'track' },
          suggestions: [
            {
              messageId: 'drop',
              data: {
                category: 'health data',
                kind: 'health data',
                vendor: 'Mixpanel',
                method: 'track',
              },
              output: `${MP}mixpanel.track('Visit', { clinic: 'North' });`,
            },
          ],
        },
      ],
      name: 'its own message and a drop suggestion',
    },
  ],
});
