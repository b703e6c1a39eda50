/** The categories of personal data, their ids (public: used in settings) and how messages name them. */
import type { Category } from '../catalog/types.js';

export const CATEGORIES = {
  email: 'email',
  name: 'name',
  phone: 'phone number',
  address: 'postal address',
  birthdate: 'birthdate',
  ip: 'IP address',
  location: 'precise location',
  'government-id': 'government ID',
  'user-id': 'user ID',
  'org-id': 'organization ID',
  object: 'whole user object',
  'other-pii': 'personal data',
  /**
   * Special-category data (GDPR art. 9): health, religion, ethnicity, sexual orientation, political
   * opinion, trade-union membership, genetic and biometric data. no-pii's `specialCategory` message
   * names the kind instead (`SPECIAL_KINDS`) when the names say which.
   */
  'special-category': 'sensitive data',
  /** Not a kind of data but a use of it: whatever reaches an ad platform's identity matching (see `matching` roles). */
  'ad-matching': 'identity matching for ads',
} as const satisfies Record<Category, string>;

export type { Category };

/**
 * The kinds of special-category data (GDPR art. 9), as no-pii's `specialCategory` message names them
 * (`health data reaches Mixpanel track`). Public like the labels: the CLI reads them out of messages.
 */
export const SPECIAL_KINDS = [
  'health data',
  'religious belief',
  'ethnic origin',
  'sexuality',
  'political opinion',
  'union membership',
  'genetic data',
  'biometric data',
] as const;
export type SpecialKind = (typeof SPECIAL_KINDS)[number];

export const CATEGORY_IDS = Object.keys(CATEGORIES) as Category[];

/** Identifiers: a stable pseudonymised value keeps joins working; the rest should rather be dropped. */
export const IDENTIFIER_CATEGORIES: ReadonlySet<Category> = new Set(['user-id', 'org-id', 'email']);
