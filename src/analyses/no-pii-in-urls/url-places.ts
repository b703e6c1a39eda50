/**
 * Where a URL or a page title is set, as data: the places `no-pii-in-urls` listens to. Analytics SDKs
 * record the page URL, the referrer and the title of every page view on their own, so whatever
 * reaches one of these ends up at the vendor without any SDK call in the code. The vendors' own
 * page-view calls (`gtag`, `analytics.page`, ...) are catalog data (`pageViews`, see page-views.ts).
 */

/** Member chains whose assignment navigates (`location.href = url`), by dotted name. */
export const LOCATION_ASSIGNMENTS: ReadonlySet<string> = new Set([
  'location',
  'location.href',
  'location.search',
  'location.pathname',
  'location.hash',
  'window.location',
  'window.location.href',
  'window.location.search',
  'window.location.pathname',
  'window.location.hash',
  'document.location',
  'document.location.href',
  'globalThis.location',
  'globalThis.location.href',
  'self.location',
  'self.location.href',
  'window.top.location',
  'window.top.location.href',
  'top.location',
  'top.location.href',
  'parent.location',
  'parent.location.href',
]);

/** Member chains whose assignment sets the page title. */
export const TITLE_ASSIGNMENTS: ReadonlySet<string> = new Set([
  'document.title',
  'window.document.title',
  'globalThis.document.title',
]);

/** Receivers (dotted) of `assign` / `replace` that are the browser's location. */
export const LOCATION_OBJECTS: ReadonlySet<string> = new Set([
  'location',
  'window.location',
  'document.location',
  'globalThis.location',
  'self.location',
  'window.top.location',
  'top.location',
  'parent.location',
]);

/** Receivers (dotted) of `pushState` / `replaceState`: the URL is their third argument. */
export const HISTORY_OBJECTS: ReadonlySet<string> = new Set([
  'history',
  'window.history',
  'globalThis.history',
  'self.history',
]);

/** Hooks whose result is a router object with `push(url)` / `replace(url)`, by module. */
export const ROUTER_HOOKS: Readonly<Record<string, readonly string[]>> = {
  'next/router': ['useRouter'],
  'next/navigation': ['useRouter'],
  'next/compat/router': ['useRouter'],
  'vue-router': ['useRouter'],
  'react-router': ['useHistory'],
  'react-router-dom': ['useHistory'],
};

/** Methods of a router object whose first argument is the URL navigated to (`router.push(url)`). */
export const ROUTER_METHODS: ReadonlySet<string> = new Set(['push', 'replace']);

/** Router objects imported as such (`import Router from 'next/router'`), by module. */
export const ROUTER_IMPORTS: Readonly<Record<string, readonly string[]>> = {
  'next/router': ['default', 'Router'],
};

/** Hooks whose result is itself a navigate function (`const navigate = useNavigate()`), by module. */
export const NAVIGATE_HOOKS: Readonly<Record<string, readonly string[]>> = {
  'react-router': ['useNavigate'],
  'react-router-dom': ['useNavigate'],
  '@remix-run/react': ['useNavigate'],
};

/** Imported functions whose first argument is a URL the browser is sent to. */
export const REDIRECT_FUNCTIONS: Readonly<Record<string, readonly string[]>> = {
  'next/navigation': ['redirect', 'permanentRedirect'],
  'react-router': ['redirect', 'redirectDocument', 'replace'],
  'react-router-dom': ['redirect', 'redirectDocument', 'replace'],
  '@remix-run/node': ['redirect', 'redirectDocument', 'replace'],
  '@remix-run/cloudflare': ['redirect', 'redirectDocument', 'replace'],
  '@remix-run/deno': ['redirect', 'redirectDocument', 'replace'],
  '@remix-run/server-runtime': ['redirect', 'redirectDocument', 'replace'],
};

/** JSX elements and the attribute that holds the URL they link to. */
export const LINK_ATTRIBUTES: Readonly<Record<string, string>> = {
  a: 'href',
  Link: 'href|to',
  NavLink: 'to',
  Navigate: 'to',
  Redirect: 'to',
  RouterLink: 'to',
  NextLink: 'href',
};

/** JSX elements whose `title` attribute is the page title. */
export const TITLE_ELEMENTS: ReadonlySet<string> = new Set(['Helmet', 'Head', 'Title']);

/** Keys of a router's object form that are a path or a query (`router.push({ pathname, query })`). */
export const ROUTE_PATH_KEYS: ReadonlySet<string> = new Set(['pathname', 'path']);
export const ROUTE_QUERY_KEYS: ReadonlySet<string> = new Set(['query', 'params', 'search']);

/** Schemes whose URLs are not pages: `mailto:` links carry an address on purpose and are never recorded. */
export const NON_PAGE_SCHEME = /^\s*(?:mailto|tel|sms|callto|facetime|whatsapp|data|javascript|blob):/i;

/**
 * Where a value is a request body, not a URL: a `URLSearchParams` used only there is a form-encoded
 * body (`fetch(url, { method: 'POST', body: params })`, `axios.post(url, params)`). Keys of a request's
 * options object that hold the body; calls by method name and the index of their body argument.
 */
export const REQUEST_BODY_KEYS: ReadonlySet<string> = new Set(['body', 'data']);
export const REQUEST_BODY_ARGUMENTS: Readonly<Record<string, number>> = {
  post: 1,
  put: 1,
  patch: 1,
  sendBeacon: 1,
  send: 0,
};
