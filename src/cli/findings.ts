/**
 * Findings as data: which vendor, which category of personal data, which method. Read back from
 * the rules' messages, which are public API (`email reaches Mixpanel people.set`), with the
 * category labels of src/personal-data/categories.ts and the vendor names of the catalog; nothing is added to the rules.
 */
import { CATEGORIES, type Category, SPECIAL_KINDS } from '../personal-data/categories.js';
import { vendors } from '../catalog/vendors/index.js';
import { escapeRegExp } from '../util/regexp.js';

/** What a finding that names a vendor but no category of personal data is filed under. */
export const SDK_SETTING = 'sdk-setting';
export type MapCategory = Category | typeof SDK_SETTING;

export const MAP_CATEGORY_LABELS: Readonly<Record<MapCategory, string>> = {
  ...CATEGORIES,
  [SDK_SETTING]: 'SDK setting',
};

export interface VendorFinding {
  readonly vendor: string;
  readonly category: MapCategory;
  /** The SDK method or option, when the message names one. */
  readonly method: string | null;
  /** The app's own function the data goes through (`track (lib/posthog.ts)`), when the message names one. */
  readonly via: string | null;
}

/** Longest first, so that `user ID` wins over a shorter label and `Google Analytics` over `Google`. */
const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

/** The labels, and the kinds of special-category data that no-pii names in their place (`health data`). */
const labelToCategory = new Map<string, Category>([
  ...Object.entries(CATEGORIES).map(([id, label]): [string, Category] => [label, id as Category]),
  ...SPECIAL_KINDS.map((kind): [string, Category] => [kind, 'special-category']),
]);
const vendorNames = [...new Set(vendors.map((v) => v.name))];
const CATEGORY = alternation([...labelToCategory.keys()]);
const VENDOR = alternation(vendorNames);
/**
 * `{{category}} reaches {{vendor}} {{method}}`, the same with ` (identity argument)` after it, and
 * with ` through {{wrapper}}` (no-pii, and any rule that words its reports the same way); the two
 * endings are taken off the method by {@link methodAndVia}, not by the pattern.
 */
const REACHES = new RegExp(`^(${CATEGORY}) reaches (${VENDOR}) (.+)$`);
const IDENTITY_NOTE = ' (identity argument)';
const THROUGH = ' through ';

/** `capture through track (lib/posthog.ts)` → method `capture`, via `track (lib/posthog.ts)`. */
function methodAndVia(text: string): { method: string; via: string | null } {
  const method = text.endsWith(IDENTITY_NOTE) ? text.slice(0, -IDENTITY_NOTE.length) : text;
  const at = method.indexOf(THROUGH);
  return at === -1
    ? { method, via: null }
    : { method: method.slice(0, at), via: method.slice(at + THROUGH.length) };
}
/** `identity matching for ads: {{category}} reaches {{vendor}} {{method}}` (no-pii): filed under identity matching for ads. */
const MATCHING = new RegExp(
  `^${escapeRegExp(CATEGORIES['ad-matching'])}: (?:${CATEGORY}) reaches (${VENDOR}) (.+)$`,
);
const ANY_VENDOR = new RegExp(`(?<![\\w$])(${VENDOR})(?![\\w$])`);
const ANY_CATEGORY = new RegExp(`(?<![\\w$])(${CATEGORY})(?![\\w$])`);

/** `{{category}} in a URL ({{sink}}): ...` and `{{category}} in the page title ({{sink}}): ...` (no-pii-in-urls). */
const IN_PAGE = new RegExp(`^(${CATEGORY}) in (?:a URL|the page title) \\(([^:]{1,80})\\):`);

/**
 * Where URL and title findings are filed: no SDK call sends them, every analytics SDK that records
 * page views does (Google Analytics, Segment, PostHog, ... by default).
 */
export const PAGE_VIEWS = 'Page views (any analytics SDK)';

/** The patterns built from the catalog's vendor names and the category labels (checked for backtracking by test/redos.test.ts). */
export const FINDING_PATTERNS: readonly RegExp[] = [REACHES, MATCHING, ANY_VENDOR, ANY_CATEGORY, IN_PAGE];

/** The vendor, category and method a message names, or undefined when it names no vendor. */
export function parseFinding(message: string): VendorFinding | undefined {
  const matching = MATCHING.exec(message);
  if (matching) return { category: 'ad-matching', vendor: matching[1], method: matching[2], via: null };
  const reaches = REACHES.exec(message);
  if (reaches)
    return {
      category: labelToCategory.get(reaches[1])!,
      vendor: reaches[2],
      ...methodAndVia(reaches[3]),
    };
  const inPage = IN_PAGE.exec(message);
  if (inPage)
    return { category: labelToCategory.get(inPage[1])!, vendor: PAGE_VIEWS, method: inPage[2], via: null };
  const vendor = ANY_VENDOR.exec(message);
  if (!vendor) return undefined;
  const category = ANY_CATEGORY.exec(message);
  return {
    vendor: vendor[1],
    category: category ? labelToCategory.get(category[1])! : SDK_SETTING,
    method: null,
    via: null,
  };
}
