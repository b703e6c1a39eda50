/**
 * Explicit page views (`gtag('event', 'page_view', { page_location })`, `analytics.page({ url })`), as
 * the catalog describes them (`pageViews` of each vendor): the tables `no-pii-in-urls` looks calls up
 * in, and the selector alternatives that hand it those calls. Built once per catalog.
 */
import type { Catalog } from '../../catalog/index.js';
import type { PageView, PageViewCall, Vendor } from '../../catalog/types.js';
import { escapeRegExp } from '../../util/regexp.js';

/** What a page-view call sends: its name in messages and the keys of its payload that hold the URL or the title. */
export interface PageViewKeys {
  readonly sink: string;
  readonly urlKeys: ReadonlySet<string>;
  readonly titleKeys: ReadonlySet<string>;
}

export interface PageViewTable {
  /** `gtag(...)` (bare, or through `window.` / `globalThis.` / `self.`), by function name. */
  readonly functions: ReadonlyMap<string, PageViewKeys>;
  /** `dataLayer.push(...)`: by method, then by the object's name. */
  readonly objectMethods: ReadonlyMap<string, ReadonlyMap<string, PageViewKeys>>;
  /** `analytics.page(...)`: by method, then by a word of the client's name. */
  readonly clientMethods: ReadonlyMap<string, ReadonlyMap<string, PageViewKeys>>;
  /** Alternatives of a `CallExpression:matches(...)` selector that together match every call above (and more). */
  readonly selectors: readonly string[];
}

/** How messages name a call: `gtag`, `dataLayer.push`, `page()`. */
function sinkName(call: PageViewCall): string {
  switch (call.via) {
    case 'function':
      return call.name;
    case 'method':
      return `${call.object}.${call.method}`;
    case 'client':
      return `${call.method}()`;
  }
}

/** The keys of two entries found for one call, together (under the first one's name). */
export function mergeKeys(a: PageViewKeys, b: PageViewKeys): PageViewKeys {
  return {
    sink: a.sink,
    urlKeys: new Set([...a.urlKeys, ...b.urlKeys]),
    titleKeys: new Set([...a.titleKeys, ...b.titleKeys]),
  };
}

/** Adds `keys` under `key`, merged with what is there already (two vendors may describe the same call). */
function add(table: Map<string, PageViewKeys>, key: string, keys: PageViewKeys): void {
  const existing = table.get(key);
  table.set(key, existing && existing !== keys ? mergeKeys(existing, keys) : keys);
}

function inner(outer: Map<string, Map<string, PageViewKeys>>, key: string): Map<string, PageViewKeys> {
  let map = outer.get(key);
  if (!map) outer.set(key, (map = new Map<string, PageViewKeys>()));
  return map;
}

/** `/^(?:a|b)$/` for esquery: one of `names` (not empty), as a whole. */
function namesPattern(names: Iterable<string>): string {
  return `/^(?:${[...new Set(names)].sort().map(escapeRegExp).join('|')})$/`;
}

/** The tables of the page views of `vendors`. */
export function buildPageViewTable(vendors: readonly Vendor[]): PageViewTable {
  const functions = new Map<string, PageViewKeys>();
  const objectMethods = new Map<string, Map<string, PageViewKeys>>();
  const clientMethods = new Map<string, Map<string, PageViewKeys>>();
  // One object per distinct name and keys: the Segment-compatible clients share theirs, so a client
  // name with the words of two of them (`rudderAnalytics`) finds one entry, not two to merge.
  const interned = new Map<string, PageViewKeys>();
  const keysOf = (view: PageView): PageViewKeys => {
    const titleKeys = view.titleKeys ?? [];
    const id = JSON.stringify([sinkName(view.call), [...view.urlKeys].sort(), [...titleKeys].sort()]);
    let keys = interned.get(id);
    if (!keys)
      interned.set(
        id,
        (keys = { sink: sinkName(view.call), urlKeys: new Set(view.urlKeys), titleKeys: new Set(titleKeys) }),
      );
    return keys;
  };
  for (const vendor of vendors) {
    for (const view of vendor.pageViews ?? []) {
      const keys = keysOf(view);
      const call = view.call;
      if (call.via === 'function') add(functions, call.name, keys);
      else if (call.via === 'method') add(inner(objectMethods, call.method), call.object, keys);
      else for (const word of call.words) add(inner(clientMethods, call.method), word, keys);
    }
  }
  const selectors: string[] = [];
  // `analytics.page(...)`, `window.gtag(...)`: any receiver here, the listener checks it.
  if (clientMethods.size + functions.size > 0)
    selectors.push(`[callee.property.name=${namesPattern([...clientMethods.keys(), ...functions.keys()])}]`);
  // `dataLayer.push(...)`, `window.dataLayer.push(...)`.
  for (const [method, byObject] of [...objectMethods].sort(([a], [b]) => a.localeCompare(b))) {
    const objects = namesPattern(byObject.keys());
    selectors.push(
      `[callee.property.name=${namesPattern([method])}][callee.object.property.name=${objects}]`,
      `[callee.property.name=${namesPattern([method])}][callee.object.name=${objects}]`,
    );
  }
  // `gtag(...)`.
  if (functions.size > 0) selectors.push(`[callee.name=${namesPattern(functions.keys())}]`);
  return { functions, objectMethods, clientMethods, selectors };
}

const tables = new WeakMap<Catalog, PageViewTable>();

/** The page-view tables of a catalog, built on first use. */
export function pageViewTable(catalog: Catalog): PageViewTable {
  let table = tables.get(catalog);
  if (!table) tables.set(catalog, (table = buildPageViewTable(catalog.vendors)));
  return table;
}
