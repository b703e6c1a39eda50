// What a name says about the value it holds. The lexicon reads a name by its head (last word), as
// English compounds are read: `userEmail` is an email, `emailVerified` a flag, `orderId` not a
// person's id. These tables are its documentation; each row is today's verdict.
import { describe, expect, it } from 'vitest';
import type { Category } from '../../../src/personal-data/categories.js';
import {
  isOrgName,
  isPersonName,
  isPlaceName,
  isThingName,
  nameVerdict,
} from '../../../src/personal-data/lexicon.js';
import { NEUTRAL, type StaticVerdict, UNKNOWN, personal } from '../../../src/personal-data/verdict.js';

type Row = readonly [name: string, verdict: StaticVerdict];

const strong = (category: Category): StaticVerdict => personal(category);
const weak = (category: Category): StaticVerdict => personal(category, true);

/** Rows of one category, strong verdicts. */
const all = (cat: Category, names: readonly string[]): Row[] => names.map((name) => [name, strong(cat)]);

function table(rows: readonly Row[]): void {
  it.each(rows.map(([name, verdict]) => ({ name, verdict, shown: JSON.stringify(verdict) ?? 'undefined' })))(
    '$name → $shown',
    ({ name, verdict }) => {
      expect(nameVerdict(name)).toEqual(verdict);
    },
  );
}

describe('nameVerdict: personal data, read by the head word', () => {
  describe('emails', () => {
    table(
      all('email', [
        'email',
        'emails',
        'userEmail',
        'user_email',
        'user-email',
        'USER_EMAIL',
        'contactEmail',
        'emailAddress',
        'email_address',
        'e_mail',
        'mail',
        'user.email',
        '$email',
        'userMail',
      ]),
    );
  });

  describe('names of people', () => {
    table(
      all('name', [
        'firstName',
        'first_name',
        'First Name',
        'lastName',
        'fullName',
        'full_name',
        'displayName',
        'display_name',
        'givenName',
        'surname',
        'nickname',
        'username',
        'userName',
        'user_name',
        'customerName',
        'authorName',
        'ownerName',
        'user.name',
        'handle',
        'userHandle',
        'login',
        'userLogin',
      ]),
    );
  });

  describe('phone numbers', () => {
    table(
      all('phone', [
        'phone',
        'phoneNumber',
        'phone_number',
        'mobilePhone',
        'mobileNumber',
        'telephone',
        'msisdn',
        'contactNumber',
        'whatsappNumber',
      ]),
    );
  });

  describe('postal addresses', () => {
    table(
      all('address', [
        'address',
        'homeAddress',
        'shippingAddress',
        'street',
        'streetAddress',
        'address_line_1',
        'addressLine2',
        'zip',
        'zipCode',
        'postal_code',
        'postcode',
        'Home Address',
      ]),
    );
  });

  describe('birth dates', () => {
    table(all('birthdate', ['birthdate', 'birthday', 'dob', 'dateOfBirth', 'date_of_birth', 'birth_date']));
  });

  describe('IP addresses', () => {
    table(
      all('ip', [
        'ip',
        'clientIp',
        'homeIp',
        'ipAddress',
        'ip_address',
        'IPAddress',
        'ipv4',
        'clientIpv6',
        'ipv6Address',
        'remoteAddress',
      ]),
    );
  });

  describe('locations', () => {
    table(all('location', ['lat', 'lng', 'latitude', 'longitude', 'coords', 'geolocation']));
  });

  describe('government ids (an IBAN is other personal data)', () => {
    table([
      ...all('government-id', ['ssn', 'passportNumber', 'taxId', 'nationalId', 'licenseNumber']),
      ['iban', strong('other-pii')],
    ]);
  });

  describe('user ids: a person word owns the id', () => {
    table(
      all('user-id', [
        'uid',
        'userId',
        'user_id',
        'userID',
        'userIds',
        'customerId',
        'memberId',
        'authorId',
        'ownerId',
        'personId',
        'profileId',
        'userUuid',
        'userKey',
        'externalId',
        'user.id',
        'ownerUserId',
        'sessionUserId',
      ]),
    );
  });

  describe('organization ids: an organisation word owns the id (accounts and tenants are organisations)', () => {
    table(
      all('org-id', [
        'orgId',
        'org.id',
        'organizationId',
        'workspaceId',
        'teamId',
        'companyId',
        'accountId',
        'accountIds',
        'tenantId',
        'employerId',
      ]),
    );
  });

  describe('whole person records', () => {
    table(
      all('object', [
        'user',
        'users',
        'currentUser',
        'accountHolder',
        'cardholder',
        'viewer',
        'me',
        'profile',
        'userProfile',
        'myProfile',
        'account',
        'session',
      ]),
    );
  });
});

describe('nameVerdict: weak verdicts, personal only when the owner says whose', () => {
  table([
    ['name', weak('name')],
    ['names', weak('name')],
    ['$name', weak('name')],
    ['id', weak('user-id')],
    ['ids', weak('user-id')],
    ['key', weak('user-id')],
    ['uuid', weak('user-id')],
    ['stripeId', weak('user-id')],
    // A bare `mobile` may be a flag or a device kind, a bare `city` a search filter: a person's when a person owns it.
    ['mobile', weak('phone')],
    ['city', weak('address')],
    ['race', weak('special-category')],
    // A group may be a user or permission group: an organization ID only where the sink's role says so.
    ['groupId', weak('org-id')],
  ]);
});

describe('nameVerdict: neutral names', () => {
  describe('flags, counts, kinds and states about personal data', () => {
    table(
      [
        'emailVerified',
        'email_template',
        'emailCount',
        'emailDomain',
        'emailOptIn',
        'emailProvider',
        'emailStatus',
        'phoneVerified',
        'phoneCountry',
        'userCount',
        'userType',
        'userKind',
        'isEmail',
        'hasEmail',
        'isUser',
        'shouldTrackUser',
      ].map((name): Row => [name, NEUTRAL]),
    );
  });

  describe('values already protected', () => {
    table(
      [
        'hashedEmail',
        'email_hash',
        'emailSha256',
        'emailMd5',
        'emailSha1',
        'userEmailHash',
        'pseudonymousEmail',
        'anonymizedIp',
        'encryptedPhone',
        'emailMasked',
      ].map((name): Row => [name, NEUTRAL]),
    );
  });

  describe('ids of things, not people', () => {
    table(
      [
        'orderId',
        'productId',
        'order.id',
        'sessionId',
        'deviceId',
        'anonymousId',
        'requestId',
        'distinctId',
        'visitorId',
        'clientId',
        'hostId',
        'apiKey',
      ].map((name): Row => [name, NEUTRAL]),
    );
  });

  describe('names of things and of organisations', () => {
    table(
      [
        'fileName',
        'file_name',
        'file.name',
        'productName',
        'companyName',
        'orgName',
        'teamName',
        'accountName',
        'tenantName',
        'employerName',
        'clientName',
        'hostName',
      ].map((name): Row => [name, NEUTRAL]),
    );
  });

  describe('single words that are harmless alone', () => {
    table(['count', 'total', 'hash', 'token'].map((name): Row => [name, NEUTRAL]));
  });
});

describe('nameVerdict: names that say nothing', () => {
  table(
    [
      'kind',
      'type',
      'status',
      'country',
      'line1',
      'orderNumber',
      'birthYear',
      'plan',
      'product',
      'order',
      'event',
      'org',
      'team',
      'tenant',
      'employer',
      'auth',
      'riskProfile',
      'colorProfile',
      'macAddress',
      'walletAddress',
      'serverAddress',
      'twitterHandle',
      'eventHandle',
      'mailbox',
      'constructor',
      'toString',
      '__proto__',
      '',
      '_',
      '123',
    ].map((name): Row => [name, UNKNOWN]),
  );
});

describe('nameVerdict: a trailing number does not change what a name holds', () => {
  table([
    ['email2', strong('email')],
    ['contactEmail1', strong('email')],
    ['firstName2', strong('name')],
    ['address_line_2', strong('address')],
    ['name1', weak('name')],
  ]);
});

describe('nameVerdict: payload keys (asKey)', () => {
  const vendorKeys: [string, Category][] = [
    ['em', 'email'],
    ['ph', 'phone'],
    ['fn', 'name'],
    ['ln', 'name'],
    ['ct', 'address'],
    ['zp', 'address'],
    ['db', 'birthdate'],
    ['ge', 'other-pii'],
    ['external_id', 'user-id'],
    ['$name', 'name'],
    ['$user_id', 'user-id'],
  ];

  it.each(vendorKeys)('reads the vendor key %s as %s', (key, cat) => {
    expect(nameVerdict(key, true)).toBe(personal(cat));
  });

  it('reads vendor keys whatever their case', () => {
    expect(nameVerdict('EM', true)).toEqual(personal('email'));
    expect(nameVerdict('Ph', true)).toEqual(personal('phone'));
  });

  it('reads the short vendor keys as nothing when they are identifiers', () => {
    for (const [key] of vendorKeys.filter(([key]) => key.length === 2))
      expect(nameVerdict(key), key).toBe(UNKNOWN);
  });

  it('makes `$name` a strong name as a key, a weak one as an identifier', () => {
    expect(nameVerdict('$name', true)).toEqual(personal('name'));
    expect(nameVerdict('$name')).toEqual(personal('name', true));
  });

  it('does not take inherited object members for vendor keys', () => {
    expect(nameVerdict('constructor', true)).toBe(UNKNOWN);
    expect(nameVerdict('toString', true)).toBe(UNKNOWN);
    expect(nameVerdict('hasOwnProperty', true)).toBe(NEUTRAL); // a `has…` flag, by its words
  });

  it('reads every other key as the identifier of the same name', () => {
    for (const name of ['userEmail', 'emailVerified', 'orderId', 'accountId', 'name', 'count', 'plan'])
      expect(nameVerdict(name, true), name).toEqual(nameVerdict(name));
  });
});

describe('nameVerdict: memoised', () => {
  it('gives the same verdict object for the same name', () => {
    const first = nameVerdict('billingEmail');
    expect(first).toEqual(personal('email'));
    expect(nameVerdict('billingEmail')).toBe(first);
  });
});

describe('isPersonName: the value is a person record (its id is a user ID)', () => {
  it.each(['user', 'users', 'currentUser', 'customer', 'viewer', 'me', 'accountHolder', 'profile', 'author'])(
    '%s is',
    (name) => {
      expect(isPersonName(name)).toBe(true);
    },
  );

  it.each([
    'account',
    'tenant',
    'employer',
    'session',
    'auth',
    'userEmail',
    'user.email',
    'org',
    'order',
    'plan',
    '',
  ])('%s is not', (name) => {
    expect(isPersonName(name)).toBe(false);
  });
});

describe('isOrgName: the value is an organisation record (its id is an organization ID)', () => {
  it.each([
    'org',
    'orgs',
    'organization',
    'workspace',
    'team',
    'company',
    'account',
    'tenant',
    'employer',
    'currentWorkspace',
    'space',
  ])('%s is', (name) => {
    expect(isOrgName(name)).toBe(true);
  });

  it.each(['user', 'orgId', 'teamName', 'order', ''])('%s is not', (name) => {
    expect(isOrgName(name)).toBe(false);
  });
});

describe('isThingName: the value is a known non-person thing', () => {
  it.each(['plan', 'product', 'order', 'event', 'currentOrder', 'session', 'device', 'email', 'hash'])(
    '%s is',
    (name) => {
      expect(isThingName(name)).toBe(true);
    },
  );

  it.each(['user', 'account', 'org', 'emailAddress', 'orderId', ''])('%s is not', (name) => {
    expect(isThingName(name)).toBe(false);
  });
});

describe('isPlaceName: the value has a place of its own (its address is not a person’s)', () => {
  it.each(['hotel', 'store', 'merchant', 'pickupStore', 'company', 'employer', 'venue'])('%s is', (name) => {
    expect(isPlaceName(name)).toBe(true);
  });

  it.each(['user', 'customer', 'hotelName', 'storeAddress', ''])('%s is not', (name) => {
    expect(isPlaceName(name)).toBe(false);
  });
});

describe('known gaps (today’s behaviour, reported rather than changed)', () => {
  // `display` qualifies `name` whatever comes before it: a component's display name reads as a person's.
  it('reads componentDisplayName as a person’s name', () => {
    expect(nameVerdict('componentDisplayName')).toEqual(personal('name'));
  });

  // nameVerdict says a compound on "profile" is a setting; isPersonName still calls it a person.
  it('calls riskProfile a person record in isPersonName though nameVerdict calls it nothing', () => {
    expect(nameVerdict('riskProfile')).toBe(UNKNOWN);
    expect(isPersonName('riskProfile')).toBe(true);
  });
});
