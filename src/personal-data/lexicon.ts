/**
 * What a name says about the value it holds. A name is split into words and read by its head (last
 * word), the way English compounds are: `userEmail` is an email, `emailVerified` is a flag,
 * `email_template` is a template, `phoneNumber` a phone number, `orderId` not a person's id. Also the
 * word lists that other readers of names share (person, organisation and hash words). Vendor names
 * among the words (`mixpanelId`) come from the built-in catalog (`nameWords`).
 */
import type { Category } from './categories.js';
import { NEUTRAL, type StaticVerdict, UNKNOWN, personal } from './verdict.js';
import { vendors } from '../catalog/vendors/index.js';
import { ownValue } from '../util/records.js';
import { headWord, splitWords } from '../util/words.js';
import { specialOf } from './special-category.js';

/**
 * Words that name a hash or a digest (`hashedEmail`, `emailSha256`, `sha256(email)`): the one list of
 * them. A function named with one is a sanitizer (value-classifier.ts); names read them below.
 */
export const HASH_WORDS: readonly string[] = [
  'hash',
  'hashed',
  'digest',
  'hmac',
  'md5',
  'sha',
  'sha1',
  'sha256',
  'sha384',
  'sha512',
];

/**
 * The hash words names are read by: all but `sha384` and `sha512`, which only sanitizer names know
 * (`sha512Email` reads as an email, `sha256Email` as protected). Adding them would change verdicts.
 */
const NAME_HASH_WORDS = HASH_WORDS.filter((w) => w !== 'sha384' && w !== 'sha512');

/** Head words that make a name a derived or harmless value (flags, counts, kinds, hashes). */
const DERIVED = new Set([
  ...NAME_HASH_WORDS,
  'verified',
  'valid',
  'validated',
  'invalid',
  'count',
  'counts',
  'length',
  'len',
  'total',
  'size',
  'enabled',
  'disabled',
  'opt',
  'optin',
  'optout',
  'in',
  'out',
  'template',
  'templates',
  'type',
  'types',
  'kind',
  'status',
  'state',
  'sent',
  'domain',
  'domains',
  'provider',
  'format',
  'preference',
  'preferences',
  'pref',
  'prefs',
  'frequency',
  'subscribed',
  'subscription',
  'confirmed',
  'changed',
  'updated',
  'exists',
  'present',
  'missing',
  'required',
  'field',
  'fields',
  'error',
  'errors',
  'notification',
  'notifications',
  'campaign',
  'visible',
  'visibility',
  'masked',
  'redacted',
  'anonymized',
  'anonymised',
  'pseudonymized',
  'pseudonymised',
  'pseudonym',
  'encrypted',
  'token',
  'label',
  'placeholder',
  'prompt',
  'step',
  'button',
  'modal',
  'screen',
  'page',
  'form',
  'input',
  'bucket',
  'band',
  'range',
  'setting',
  'settings',
  'source',
  'method',
  'channel',
  'column',
  'index',
  'idx',
  'selector',
  'regex',
  'pattern',
  'mask',
  'policy',
  'permission',
  'consent',
  'allowlist',
  'blocklist',
  'whitelist',
  'blacklist',
  'list',
  'lists',
  'changes',
  'change',
  'at',
  'date',
  'time',
  'timestamp',
  'on',
  'by',
  'ms',
  'seconds',
  'attempts',
  'attempt',
  'flag',
  'flags',
  'key',
  'keys',
  'tier',
  'version',
  'mode',
  'region',
  'country',
  'timezone',
  'locale',
  'language',
  'lang',
  'id',
  'ids',
  'uuid',
  'ok',
  'used',
  'set',
  'shown',
  'clicked',
  'opened',
  'copied',
  'added',
  'removed',
  'deleted',
  'created',
  'entered',
  'typed',
  'prefix',
  'suffix',
  'initial',
  'initials',
  'hint',
  'style',
  'color',
  'icon',
  'avatar',
  'url',
  'link',
  'path',
  'route',
  'host',
]);

/** Words that name a person (or a person's record). */
export const PERSON_WORDS = new Set([
  'user',
  'users',
  'member',
  'members',
  'customer',
  'customers',
  'person',
  'people',
  'contact',
  'contacts',
  'candidate',
  'applicant',
  'patient',
  'employee',
  'recruiter',
  'author',
  'owner',
  'holder',
  'traveler',
  'traveller',
  'passenger',
  'guest',
  'courier',
  'driver',
  'rider',
  'buyer',
  'seller',
  'subscriber',
  'student',
  'lead',
  'profile',
  'me',
  'viewer',
  'actor',
  'sender',
  'recipient',
  'receiver',
  'assignee',
  'reviewer',
  'requester',
  'reporter',
  'creator',
  'attendee',
  'signer',
  'staff',
  'teammate',
  'colleague',
  'friend',
  'follower',
  'participant',
  'learner',
  'shopper',
  'diner',
  'admin',
  'identity',
  'account',
  'accountholder',
  'invitee',
  'inviter',
  'tenant',
  'consumer',
  'purchaser',
  'beneficiary',
  'payee',
  'payer',
  'employer',
  'nurse',
  'doctor',
  'physician',
  'caregiver',
  'teacher',
  'instructor',
  'speaker',
  'volunteer',
  'resident',
  'session',
  'whoami',
  'auth',
  'principal',
  'mentee',
  'mentor',
  'talent',
  'jobseeker',
  'seeker',
  'reactor',
  'commenter',
  'liker',
  'voter',
  'uploader',
  'referee',
  'sharer',
  'moderator',
  'organizer',
  'organiser',
  'approver',
  'submitter',
  'bidder',
  'renter',
  'landlord',
  'borrower',
  'lender',
  'donor',
  'caller',
  'collaborator',
  'contributor',
  'maintainer',
  'respondent',
  'interviewer',
  'interviewee',
  'householder',
  'cardholder',
  'patron',
  'practitioner',
  'therapist',
  'policyholder',
  'insured',
]);

/** Words that name an organisation whose id the categories treat as an organization ID. */
export const ORG_WORDS = new Set([
  'org',
  'orgs',
  'organization',
  'organisation',
  'organizations',
  'workspace',
  'workspaces',
  'team',
  'teams',
  'tenant',
  'company',
  'companies',
  'account',
  'accounts',
  'employer',
  'agency',
  'enterprise',
  'firm',
  'group',
  'groups',
  'space',
  'household',
  'practice',
  'clinic',
  'school',
  'partner',
  'brokerage',
  'business',
]);

/** Person words that are also organisations in SaaS speech: their `id` is an org ID, their `name` not a person's. */
const ORG_FIRST = new Set(['account', 'tenant', 'employer', 'client', 'host']);

/** Qualifiers that make `<q>Name` a person's name. */
const NAME_QUALIFIERS = new Set([
  'first',
  'last',
  'full',
  'display',
  'given',
  'family',
  'middle',
  'real',
  'legal',
  'nick',
  'screen',
  'sur',
  'maiden',
  'fore',
  'preferred',
  'user',
]);

/** Names that are a person's name whatever their owner. */
const NAME_HEADS = new Set([
  'username',
  'firstname',
  'lastname',
  'fullname',
  'displayname',
  'nickname',
  'surname',
  'forename',
  'givenname',
  'familyname',
  'handle',
  'screenname',
  'realname',
]);

/** Whole keys used by vendors for hashed-matching fields and reserved properties. */
const EXACT_KEYS: Readonly<Record<string, Category>> = {
  em: 'email',
  ph: 'phone',
  fn: 'name',
  ln: 'name',
  ct: 'address',
  zp: 'address',
  db: 'birthdate',
  ge: 'other-pii',
  external_id: 'user-id',
  $name: 'name',
  $user_id: 'user-id',
};

/** Words that make an id (or a whole name) not a person's: SDK-generated, technical, or business records. */
const NEUTRAL_QUALIFIERS = new Set([
  'anonymous',
  'anon',
  'device',
  'session',
  'request',
  'trace',
  'span',
  'correlation',
  'random',
  'nonce',
  'install',
  'installation',
  'build',
  'order',
  'transaction',
  'event',
  'message',
  'post',
  'product',
  'plan',
  'feature',
  'file',
  'page',
  'booking',
  'trip',
  'job',
  'run',
  'pipeline',
  'commit',
  'deploy',
  'deployment',
  'release',
  'experiment',
  'variant',
  'flag',
  'project',
  'repo',
  'repository',
  'item',
  'sku',
  'cart',
  'basket',
  'invoice',
  'payment',
  'tx',
  'merchant',
  'restaurant',
  'store',
  'shop',
  'listing',
  'hotel',
  'flight',
  'route',
  'ticket',
  'issue',
  'task',
  'app',
  'client',
  'tracking',
  'campaign',
  'ad',
  'creative',
  'template',
  'category',
  'collection',
  'article',
  'blog',
  'poll',
  'option',
  'price',
  'envelope',
  'calendar',
  'schedule',
  'credential',
  'setting',
  'settings',
  'claim',
  'portal',
  'slot',
  'sheet',
  'step',
  'screen',
  'form',
  'field',
  'element',
  'component',
  'widget',
  'button',
  'menu',
  'tab',
  'view',
  'dashboard',
  'report',
  'chart',
  'query',
  'search',
  'filter',
  'sort',
  'column',
  'row',
  'table',
  'schema',
  'model',
  'version',
  'locale',
  'language',
  'currency',
  'country',
  'city',
  'region',
  'zone',
  'timezone',
  'environment',
  'env',
  'service',
  'host',
  'node',
  'cluster',
  'instance',
  'process',
  'thread',
  'poll',
  'survey',
  'question',
  'answer',
  'option',
  'vote',
  'comment',
  'folder',
  'board',
  'card',
  'attachment',
  'asset',
  'worker',
  'queue',
  'topic',
  'channel',
  'room',
  'thread',
  'comment',
  'reply',
  'story',
  'video',
  'image',
  'photo',
  'media',
  'asset',
  'document',
  'doc',
  'folder',
  'course',
  'lesson',
  'quiz',
  'question',
  'answer',
  'requisition',
  'opening',
  'vacancy',
  'stage',
  'pipeline',
  'role',
  'permission',
  'scope',
  'distinct',
  'sdk',
  'api',
  'secret',
  'write',
  'measurement',
  'container',
  'tag',
  'link',
  'share',
  'invite',
  'notification',
  'email',
  'sms',
  'push',
  'webhook',
  'integration',
  'connection',
  'subscription',
  'coupon',
  'promo',
  'discount',
  'review',
  'rating',
  'menu',
  'dish',
  'delivery',
  'shipment',
  'parcel',
  'package',
  'vehicle',
  'seat',
  'cabin',
  'destination',
  'itinerary',
  'reservation',
  'receipt',
  'statement',
  'budget',
  'goal',
  'series',
  'batch',
  'record',
  'entry',
  'log',
  'error',
  'exception',
  'alert',
  'incident',
  'check',
  'test',
  'suite',
  'spec',
  'artifact',
  'image',
  'layer',
  'cache',
  'key',
  'ref',
  'sha',
  'hash',
  'hashed',
  'pseudonymous',
  'pseudonym',
  'visitor',
  'browser',
  'tab',
  'window',
  'frame',
]);
// Vendor names (`mixpanelId`, `posthog_key`: an SDK setting), once, from the built-in catalog.
for (const vendor of vendors) for (const word of vendor.nameWords ?? []) NEUTRAL_QUALIFIERS.add(word);

/**
 * Words that say a value has been protected already, wherever they stand in its name. Not bare `sha`:
 * it protects as a head (`emailSha`) or before an id (`shaId`), but `shaEmail` reads as an email.
 */
const PROTECTED_WORDS = new Set([
  ...NAME_HASH_WORDS.filter((w) => w !== 'sha'),
  'pseudonymous',
  'pseudonymised',
  'pseudonymized',
  'pseudo',
  'anonymous',
  'anonymised',
  'anonymized',
  'anon',
  'encrypted',
  'masked',
  'redacted',
  'obfuscated',
  'salted',
  'tokenized',
  'tokenised',
]);

/** Things with a place of their own: their address and coordinates are not a person's. */
const PLACES = new Set([
  'hotel',
  'venue',
  'office',
  'warehouse',
  'airport',
  'station',
  'property',
  'building',
  'site',
  'restaurant',
  'store',
  'shop',
  'merchant',
  'branch',
  'depot',
  'kitchen',
  'hub',
  'clinic',
  'campus',
  'stadium',
  'museum',
  'landmark',
  'poi',
  'destination',
  'listing',
  'business',
  'company',
  'employer',
]);

/** Whether a name is a place-bearing thing (`hotel`, `store`, `merchant`). */
export function isPlaceName(name: string): boolean {
  const head = headWord(name);
  return head !== undefined && PLACES.has(head);
}

const verdicts = new Map<string, StaticVerdict>();

/**
 * What a name says of the value it holds: personal data of a category (weak for a bare `name`, `id`,
 * `key`), not personal (a flag, a count, a hash, an order id), or nothing. Reads an identifier or
 * member (`asKey` false) or a property key of a payload (`asKey` true, which also knows vendor keys
 * such as `em`, `ph`, `$name`). Memoised.
 */
export function nameVerdict(name: string, asKey = false): StaticVerdict {
  if (asKey) {
    const lower = name.toLowerCase();
    // Own keys only: a payload key `constructor` or `toString` is not a vendor field.
    const exact = ownValue(EXACT_KEYS, lower);
    if (exact) return personal(exact);
  }
  let v = verdicts.get(name);
  if (v === undefined) {
    v = computeVerdict(name);
    if (verdicts.size > 20_000) verdicts.clear();
    verdicts.set(name, v);
  }
  return v;
}

function withoutTrailingNumber(all: readonly string[]): readonly string[] {
  if (all.length === 0) return all;
  const last = all[all.length - 1];
  let end = last.length;
  while (end > 0 && last.charCodeAt(end - 1) >= 48 && last.charCodeAt(end - 1) <= 57) end--;
  if (end === last.length) return all;
  if (end === 0) return all.length > 1 ? all.slice(0, -1) : all;
  return [...all.slice(0, -1), last.slice(0, end)];
}

// Word sets of computeVerdict, built once (it runs for every new name a lint meets).
const FLAG_PREFIXES = new Set([
  'is',
  'has',
  'should',
  'can',
  'did',
  'was',
  'will',
  'needs',
  // Settings named by what they do with the data: `requireParticipantEmail`, `receiveDigestEmail`, `hidePhone`.
  'require',
  'requires',
  'allow',
  'allows',
  'enable',
  'disable',
  'hide',
  'show',
  'receive',
  'num',
  'no',
  'n',
]);
const PHONE_HEADS = new Set(['phone', 'phones', 'telephone', 'msisdn', 'mobile', 'cellphone', 'telecom']);
const NUMBER_HEADS = new Set(['number', 'no', 'num']);
const PHONE_QUALIFIERS = new Set(['phone', 'mobile', 'cell', 'telephone', 'contact', 'whatsapp', 'sms']);
const BIRTH_HEADS = new Set(['birthday', 'birthdate', 'dob', 'birth', 'born']);
/** `bornOn`, `born_at`, `bornDate`: the head only says when. */
const BORN_TAILS = new Set(['on', 'at', 'date', 'day']);
const LOCATION_HEADS = new Set([
  'latitude',
  'longitude',
  'lat',
  'lng',
  'lon',
  'coords',
  'coordinates',
  'geolocation',
  'geopoint',
  'latlng',
]);
const GOVERNMENT_HEADS = new Set(['ssn', 'passport', 'nin', 'iban', 'taxid', 'tin', 'mrn']);
const GOVERNMENT_NUMBER_HEADS = new Set(['number', 'no', 'id']);
const GOVERNMENT_QUALIFIERS = new Set([
  'passport',
  'license',
  'licence',
  'ssn',
  'tax',
  'national',
  'security',
  'iban',
]);
/**
 * Numbers an insurer, a health system or a membership scheme issues to a person (`insuranceNumber`,
 * `policy_no`, `memberNumber`, `nhsNumber`): filed as government IDs, the category of identifiers that
 * name a person outside the app (many are state-issued: NHS, Medicare, the German KVNR). Only with a
 * number head: `policyId`, `memberId` stay what the id rule says.
 */
const INSURANCE_NUMBER_QUALIFIERS = new Set([
  'insurance',
  'insurer',
  'policy',
  'member',
  'membership',
  'subscriber',
  'beneficiary',
  'nhs',
  'medicare',
  'medicaid',
  'patient',
]);
/** `insuranceId`, `medicare_id`: an id an insurer issued. */
const INSURANCE_ID_QUALIFIERS = new Set(['insurance', 'insurer', 'medicare', 'medicaid', 'nhs']);
const ADDRESS_HEADS = new Set(['street', 'zip', 'zipcode', 'postcode', 'postal', 'streetaddress']);
const TECHNICAL_ADDRESS_QUALIFIERS = new Set([
  'mac',
  'wallet',
  'web',
  'url',
  'server',
  'host',
  'contract',
  'memory',
  'bluetooth',
  'network',
]);
/** A person's town: a part of the postal address (as the ad platforms' `ct` key is). */
const CITY_HEADS = new Set(['city', 'town']);
/** Qualifiers that make a city a person's: `homeCity`, `userCity` (a person word does too). */
const PERSONAL_CITY_QUALIFIERS = new Set(['home', 'birth', 'native', 'residence', 'residential', 'my']);
/** `oldName`, `previous_name`, `updatedName`: whatever the bare `name` would be, before or after a change. */
const CHANGE_QUALIFIERS = new Set([
  'old',
  'new',
  'previous',
  'prev',
  'former',
  'original',
  'updated',
  'changed',
]);
const ID_HEADS = new Set(['id', 'ids', 'uid', 'key', 'uuid', 'identifier', 'identifiers']);
const ACCOUNT_AT_PROVIDER = new Set(['provider', 'oauth', 'social', 'external', 'sso']);
const NEUTRAL_ALONE = new Set(['count', 'length', 'total', 'size', 'hash', 'hashed', 'digest', 'token']);
const OWN_PROFILE_QUALIFIERS = new Set(['my', 'current', 'public', 'full']);

function anyIn(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (const w of words) if (set.has(w)) return true;
  return false;
}

function computeVerdict(name: string): StaticVerdict {
  if (name === 'login' || name === 'uid') return personal(name === 'uid' ? 'user-id' : 'name');
  // `line1`, `email2`, `address_line_2`: a trailing number does not change what the name holds.
  const raw = splitWords(name);
  const words = withoutTrailingNumber(raw);
  const n = words.length;
  if (n === 0) return UNKNOWN;
  const head = words[n - 1];
  const prev = n > 1 ? words[n - 2] : '';
  const prev2 = n > 2 ? words[n - 3] : '';
  // Protected values: hashedUserId, pseudonymousEmail, anonymizedIp, encryptedPhone.
  // Read before the trailing number goes: `emailMd5`, `emailSha1`.
  if (n > 1 && anyIn(raw, PROTECTED_WORDS)) return NEUTRAL;
  // Flags and booleans read first: isEmail, hasPhone, shouldTrackUser.
  if (n > 1 && FLAG_PREFIXES.has(words[0])) return NEUTRAL;
  const special = specialOf(words);
  if (special) return personal('special-category', special.weak);

  if (
    head === 'email' ||
    head === 'emails' ||
    (head === 'mail' && (n === 1 || prev === 'e' || (PERSON_WORDS.has(prev) && !ORG_FIRST.has(prev)))) ||
    head === 'emailaddress'
  )
    return personal('email');
  if ((head === 'address' || head === 'addr') && (prev === 'email' || prev === 'mail'))
    return personal('email');
  // `ipv4` / `ipv6` lose their number above: `ipv` is one of them.
  if (head === 'ip' || head === 'ipv' || head === 'ipaddress') return personal('ip');
  // `ipv6Address`; Node's `socket.remoteAddress` is the client's IP.
  if (
    (head === 'address' || head === 'addr') &&
    (prev === 'ip' || prev === 'ipv4' || prev === 'ipv6' || prev === 'remote')
  )
    return personal('ip');
  if (PHONE_HEADS.has(head)) {
    // A bare `mobile` may be a flag or a device kind: a phone number only where a person owns it (`patron.mobile`).
    return head === 'mobile' && n === 1 ? personal('phone', true) : personal('phone');
  }
  // `contactNumber`, `smsReminderNumber`: a number a phone or a text message reaches.
  if (NUMBER_HEADS.has(head) && (PHONE_QUALIFIERS.has(prev) || (words[0] === 'sms' && n > 2)))
    return personal('phone');
  // `birthPlace`, `placeOfBirth`: a town, part of the address; the other birth names are the date.
  if ((head === 'place' && prev === 'birth') || (head === 'birth' && words[0] === 'place'))
    return personal('address');
  if (BIRTH_HEADS.has(head) || (head === 'date' && prev === 'birth')) return personal('birthdate');
  if (BORN_TAILS.has(head) && prev === 'born') return personal('birthdate');
  if (LOCATION_HEADS.has(head)) return personal('location');
  if (GOVERNMENT_HEADS.has(head) || (GOVERNMENT_NUMBER_HEADS.has(head) && GOVERNMENT_QUALIFIERS.has(prev))) {
    return personal(words.includes('iban') ? 'other-pii' : 'government-id');
  }
  if (
    (NUMBER_HEADS.has(head) && INSURANCE_NUMBER_QUALIFIERS.has(prev)) ||
    (head === 'id' && INSURANCE_ID_QUALIFIERS.has(prev))
  )
    return personal('government-id');
  if (head === 'hometown') return personal('address');
  if (CITY_HEADS.has(head)) {
    if (n === 1) return personal('address', true);
    if (PERSONAL_CITY_QUALIFIERS.has(prev) || (PERSON_WORDS.has(prev) && !ORG_FIRST.has(prev)))
      return personal('address');
    return NEUTRAL_QUALIFIERS.has(prev) || ORG_WORDS.has(prev) || PLACES.has(prev) ? NEUTRAL : UNKNOWN;
  }
  if (
    ADDRESS_HEADS.has(head) ||
    (head === 'code' && (prev === 'postal' || prev === 'zip' || prev === 'post'))
  )
    return personal('address');
  if ((head === 'address' || head === 'addr') && !TECHNICAL_ADDRESS_QUALIFIERS.has(prev))
    return personal('address');
  if (head === 'line' && (prev === 'address' || prev === 'street')) return personal('address');

  if (head === 'login' && PERSON_WORDS.has(prev)) return personal('name');
  if (NAME_HEADS.has(head) && !(head === 'handle' && n > 1 && !PERSON_WORDS.has(prev) && prev !== 'user'))
    return personal('name');
  if (head === 'name' || head === 'names') {
    if (n === 1) return personal('name', true);
    if (NAME_QUALIFIERS.has(prev) || (PERSON_WORDS.has(prev) && !ORG_FIRST.has(prev)))
      return personal('name');
    if (CHANGE_QUALIFIERS.has(prev))
      return n === 2 ? personal('name', true) : computeVerdict([...words.slice(0, -2), head].join('_'));
    return NEUTRAL;
  }

  if (ID_HEADS.has(head)) {
    if (n === 1) return head === 'uid' ? personal('user-id') : personal('user-id', true);
    // `providerAccountId` (next-auth): the person's account at the identity provider, not an organisation.
    if (prev === 'account' && ACCOUNT_AT_PROVIDER.has(prev2)) return personal('user-id');
    if (
      NEUTRAL_QUALIFIERS.has(prev) ||
      prev === 'address' || // `billingAddressId`: an address record's id (the address itself is read above)
      (NEUTRAL_QUALIFIERS.has(prev2) && !PERSON_WORDS.has(prev) && !ORG_WORDS.has(prev))
    )
      return NEUTRAL;
    // A group may be a user or permission group as well as a PostHog group: whose it is decides.
    if (ORG_WORDS.has(prev)) return personal('org-id', prev === 'group' || prev === 'groups');
    if (PERSON_WORDS.has(prev) || prev === 'external') return personal('user-id');
    return personal('user-id', true);
  }
  if (DERIVED.has(head)) {
    return n > 1 || NEUTRAL_ALONE.has(head) ? NEUTRAL : UNKNOWN;
  }
  // A whole person record: `user`, `currentUser`, `session.user`, `accountHolder`.
  if (PERSON_WORDS.has(head) && head !== 'tenant' && head !== 'employer' && head !== 'auth') {
    // `riskProfile`, `colorProfile`: a compound on "profile" is a setting, unless a person owns it.
    if (head === 'profile' && n > 1 && !PERSON_WORDS.has(prev) && !OWN_PROFILE_QUALIFIERS.has(prev))
      return UNKNOWN;
    return personal('object');
  }
  return UNKNOWN;
}

/** Whether the value a name holds is a person record (its `id` is a user ID, its `name` a person's name). */
export function isPersonName(name: string): boolean {
  const head = headWord(name);
  // A session's or an auth state's own `id` is not a person's (`session.user.id` is).
  return (
    head !== undefined &&
    PERSON_WORDS.has(head) &&
    !ORG_FIRST.has(head) &&
    head !== 'session' &&
    head !== 'auth'
  );
}

/** Whether the value a name holds is an organisation record (its `id` is an organization ID). */
export function isOrgName(name: string): boolean {
  const head = headWord(name);
  return head !== undefined && ORG_WORDS.has(head);
}

/** Whether a name says its holder is a known non-person thing (`plan`, `product`, `order`, `event`). */
export function isThingName(name: string): boolean {
  const head = headWord(name);
  return head !== undefined && NEUTRAL_QUALIFIERS.has(head);
}

/**
 * Whether a name holds a label that things have as well as people: a `handle` (a product's or a
 * collection's URL slug) or a `displayName`. Of a thing (`product.handle`, `plan.displayName`) it is
 * not personal data.
 */
export function isLabelName(name: string): boolean {
  const words = splitWords(name);
  const n = words.length;
  if (n === 0) return false;
  const head = words[n - 1];
  return (
    (head === 'handle' && n === 1) ||
    head === 'displayname' ||
    (head === 'name' && n === 2 && words[0] === 'display')
  );
}

/** Head words that describe a value rather than being part of it. */
const DESCRIPTORS = new Set([
  'kind',
  'type',
  'types',
  'label',
  'labels',
  'status',
  'tag',
  'tags',
  'icon',
  'color',
  'style',
  'format',
  'source',
  'provider',
  'mode',
  'version',
  'index',
  'idx',
  'title',
  'purpose',
  'usage',
  'category',
]);

/**
 * Whether a name describes a value rather than being part of it (`kind`, `type`, `label`, `status`):
 * `address.kind` is not the address, `address.line1` and `address.state` are.
 */
export function isDescriptorName(name: string): boolean {
  const words = splitWords(name);
  const head = words[words.length - 1];
  return head !== undefined && (DESCRIPTORS.has(head) || anyIn(words, COARSE_WORDS));
}

/**
 * Places too coarse to find a person by, which every analytics SDK derives from the IP itself:
 * `address.country`, `phone.countryCode`, `user.timezone`.
 */
const COARSE_WORDS = new Set([
  'country',
  'countries',
  'region',
  'timezone',
  'zone',
  'locale',
  'currency',
  'continent',
]);

/** Whether an organisation word may as well name a user or permission group (`group`, `userGroup`). */
export function isGroupName(name: string): boolean {
  const head = headWord(name);
  return head === 'group' || head === 'groups';
}

const ERROR_WORDS = new Set(['err', 'error', 'errors', 'exception', 'code', 'codes', 'invalid', 'msg']);

/**
 * Whether a name is that of a constant code rather than of data: a PascalCase name
 * (`SignupDisposableEmail`, an enum member, a class, a component) or an upper-case constant whose
 * words say it is an error or a code (`ERR_INVALID_EMAIL`). `USER_EMAIL` is not: it may hold one.
 */
export function isCodeName(name: string): boolean {
  const first = name.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return false;
  if (/[a-z]/.test(name)) return !name.includes('_');
  return anyIn(splitWords(name), ERROR_WORDS);
}
