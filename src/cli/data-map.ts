/** The data map: for each vendor, the categories of personal data that reach it, how often, and where. */
import { relative, sep } from 'node:path';
import type { ESLint } from 'eslint';
import { CATEGORY_IDS } from '../personal-data/categories.js';
import { MAP_CATEGORY_LABELS, PAGE_VIEWS, parseFinding, SDK_SETTING, type MapCategory } from './findings.js';

interface Place {
  /** Path relative to the directory the command ran in, with `/`. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  readonly category: MapCategory;
  readonly method: string | null;
  /** The app's own function the call hands the data to, which reaches the vendor (`track (lib/posthog.ts)`). */
  readonly via: string | null;
  readonly message: string;
}

interface VendorEntry {
  readonly vendor: string;
  /** Count of places per category, in the categories' order. */
  readonly categories: readonly {
    readonly category: MapCategory;
    readonly label: string;
    readonly count: number;
  }[];
  readonly count: number;
  readonly places: readonly Place[];
}

interface OtherFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The rule, or null for a file that could not be parsed. */
  readonly rule: string | null;
  readonly message: string;
}

export interface DataMap {
  readonly tool: { readonly name: string; readonly version: string };
  readonly filesScanned: number;
  /** The vendors, most places first, then page views (URL and title findings) when there are any. */
  readonly vendors: readonly VendorEntry[];
  /** Findings that name no vendor, by rule; files that could not be parsed have rule null. */
  readonly otherFindings: readonly OtherFinding[];
}

const CATEGORY_ORDER: readonly MapCategory[] = [...CATEGORY_IDS, SDK_SETTING];

export function displayPath(file: string, from: string = process.cwd()): string {
  const rel = relative(from, file);
  return (rel.startsWith('..') ? file : rel).split(sep).join('/');
}

export function buildDataMap(results: readonly ESLint.LintResult[], tool: DataMap['tool']): DataMap {
  const byVendor = new Map<string, Place[]>();
  const otherFindings: OtherFinding[] = [];
  for (const result of results) {
    const file = displayPath(result.filePath);
    for (const m of result.messages) {
      const found = m.ruleId ? parseFinding(m.message) : undefined;
      if (!found || !m.ruleId) {
        otherFindings.push({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
        continue;
      }
      const places = byVendor.get(found.vendor) ?? [];
      places.push({
        file,
        line: m.line,
        column: m.column,
        rule: m.ruleId,
        category: found.category,
        method: found.method,
        via: found.via,
        message: m.message,
      });
      byVendor.set(found.vendor, places);
    }
  }
  const vendors = [...byVendor]
    .map(([vendor, places]): VendorEntry => {
      const categories = CATEGORY_ORDER.map((category) => ({
        category,
        label: MAP_CATEGORY_LABELS[category],
        count: places.filter((p) => p.category === category).length,
      }));
      return { vendor, categories: categories.filter((c) => c.count > 0), count: places.length, places };
    })
    .sort(
      (a, b) =>
        Number(a.vendor === PAGE_VIEWS) - Number(b.vendor === PAGE_VIEWS) ||
        b.count - a.count ||
        a.vendor.localeCompare(b.vendor),
    );
  return { tool, filesScanned: results.length, vendors, otherFindings };
}

/** `1 file`, `2 files`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The map in one sentence. Page views are no vendor: URL and title findings are counted apart
 * (`12 places send personal data to 5 vendors and 2 put it in page URLs or titles, ...`).
 */
export function summary(map: DataMap): string {
  const vendors = map.vendors.filter((v) => v.vendor !== PAGE_VIEWS);
  const places = vendors.reduce((n, v) => n + v.count, 0);
  const inPages = map.vendors.find((v) => v.vendor === PAGE_VIEWS)?.count ?? 0;
  const pages = inPages
    ? ` and ${inPages} ${inPages === 1 ? 'puts' : 'put'} it in page URLs or titles, which analytics SDKs record`
    : '';
  return `${plural(places, 'place')} ${places === 1 ? 'sends' : 'send'} personal data to ${plural(vendors.length, 'vendor')}${pages}. ${plural(map.filesScanned, 'file')} scanned by ${map.tool.name} ${map.tool.version}.`;
}

/** The categories that reach at least one vendor, in the categories' order (the matrix's columns). */
export function mapCategories(map: DataMap): { category: MapCategory; label: string }[] {
  const present = new Set(map.vendors.flatMap((v) => v.categories.map((c) => c.category)));
  return CATEGORY_ORDER.filter((c) => present.has(c)).map((category) => ({
    category,
    label: MAP_CATEGORY_LABELS[category],
  }));
}
