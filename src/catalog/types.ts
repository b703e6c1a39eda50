/**
 * The vocabulary in which vendor SDKs are described. Every vendor module under `vendors/` is plain data
 * written in these types; the engine never names a vendor in code.
 *
 * A vendor's API is a small graph of {@link Shape}s: what a value is (a client, a namespace, a
 * function), what its members are, what calling or constructing it returns, and which calls are
 * sinks (hand data to the vendor) with the role of each argument.
 */

/** What a sink does with what it receives (catalog "Kind"). */
export type SinkKind = 'identity' | 'profile' | 'context' | 'event' | 'log' | 'init' | 'flag';

/** Who a properties object describes; decides what a bare `id` or `name` key means in it. */
export type Subject = 'user' | 'org' | 'event';

/**
 * The role of one argument (or one field of a message object) of a sink.
 * - `user-id` / `org-id`: the value is sent as the identifier of a person / an organisation. An object
 *   literal found there is read as `props` of that subject (optional leading arguments, Segment-style).
 * - `props`: an object whose properties are sent (each property is classified on its own), or any
 *   other value sent whole (a whole `user` object is reported as such).
 * - `keyed`: a single value sent under a key that is given by another argument (`setTag('email', v)`).
 * - `message`: free text or any value (log lines, error messages, breadcrumbs). An error built in the code
 *   carries its message (`new Error(msg)`, a subclass of the file); `dsl.ts` calls the role `error` where
 *   an error monitor takes an error.
 * - `fields`: a message object with known fields (`{ userId, traits, properties }`); keys not listed
 *   take `rest` (or are ignored without one).
 * - `list`: an array whose every element takes `items`.
 * - `is`: the value is personal data of a category by the sink's own meaning (`setEmail(value)`):
 *   reported unless it is a literal or otherwise known not to be personal.
 * - `matching`: data an advertising platform matches to a person (Meta advanced matching, Google
 *   enhanced conversions), read with `of`. Personal data in it is reported as identity matching for
 *   ads, unless hashed, because it discloses who the person is to the vendor on purpose.
 */
export type ArgRole =
  | { readonly role: 'user-id' }
  | { readonly role: 'org-id' }
  | { readonly role: 'props'; readonly subject: Subject }
  | {
      readonly role: 'keyed';
      readonly keyArg: number;
      readonly subject: Subject;
      /** When the key argument is one of these literals, the value takes that role (`gtag('set', 'user_data', {...})`). */
      readonly keys?: Readonly<Record<string, ArgRole>>;
    }
  | { readonly role: 'message' }
  | { readonly role: 'fields'; readonly fields: Readonly<Record<string, ArgRole>>; readonly rest?: ArgRole }
  | { readonly role: 'list'; readonly items: ArgRole }
  /** The value is personal data of this category by the sink's own meaning (`setEmail(v)`). */
  | { readonly role: 'is'; readonly category: Category }
  /** Identity matching for ads: personal data in the value, read with `of`, is reported as such. */
  | { readonly role: 'matching'; readonly of: ArgRole };

/** The categories of personal data, by id (public: used in settings); how messages name them: `src/personal-data/categories.ts`. */
export type Category =
  | 'email'
  | 'name'
  | 'phone'
  | 'address'
  | 'birthdate'
  | 'ip'
  | 'location'
  | 'government-id'
  | 'user-id'
  | 'org-id'
  | 'object'
  | 'other-pii'
  | 'special-category'
  | 'ad-matching';

/** A call that hands data to the vendor. `args[i]` is the role of argument i; `null` = not checked. */
export interface Sink {
  readonly kind: SinkKind;
  readonly args: readonly (ArgRole | null)[];
  /** Role of every argument past `args` (variadic loggers). */
  readonly rest?: ArgRole;
  /** Method name shown in messages, when the access path would not say it well. */
  readonly label?: string;
}

/** A shape, or the name of a shape declared in the same vendor's `shapes`. */
export type Member = string | Shape;

/** What a value of the vendor's API is and what can be done with it. */
export interface Shape {
  /** Replaces the access path in messages (`'people'` makes `mp.people.set` read `people.set`). */
  readonly label?: string;
  /** Properties: `client.people`, `client.track`, module exports. */
  readonly members?: Readonly<Record<string, Member>>;
  /** Calling the value is a sink. */
  readonly call?: Sink;
  /** What calling the value returns (a factory, `init`, a hook, `getInstance`). */
  readonly returns?: Member;
  /** What `new Value(...)` returns. */
  readonly construct?: Member;
  /** Constructing the value is a sink (`new Rollbar({ payload: { person } })`). */
  readonly constructSink?: Sink;
  /**
   * Rendering the value as a JSX element is a sink (`<StatsigProvider user={...}>`): `args[0]` is a
   * `fields` role naming the props that carry data, each read with its role (spread props are not followed).
   */
  readonly element?: Sink;
  /** Command-style function: `fn('command', ...)`; argument 0 is the command string. */
  readonly commands?: Readonly<Record<string, Sink>>;
  /** Array queue: `q.push(['command', ...])`; positions are indexes in the pushed array. */
  readonly arrayCommands?: Readonly<Record<string, Sink>>;
  /** Assigning to the value is a sink (`window.intercomSettings = {...}`); the role of the right side. */
  readonly assign?: ArgRole;
  /**
   * Callback arguments whose parameters are vendor values (`withScope(scope => ...)`); with `option`, the
   * callback is that property of the options object at `arg` (`init(key, { loaded: (client) => ... })`).
   */
  readonly callbacks?: readonly {
    readonly arg: number;
    readonly option?: string;
    readonly params: readonly (Member | null)[];
  }[];
}

/** An npm package (or several that share one API) and what importing it gives. */
export interface ModuleSpec {
  /** Exact specifiers; a trailing `/*` matches every subpath and scoped sibling (`@sentry/*`). */
  readonly names: readonly string[];
  /** The ES module namespace: named exports, plus `default`. */
  readonly exports: Member;
  /** What `require()` returns when it is not the namespace itself. */
  readonly cjs?: Member;
}

type VendorCategory =
  | 'product analytics'
  | 'customer data platform'
  | 'web analytics'
  | 'session replay'
  | 'error monitoring'
  | 'observability'
  | 'marketing'
  | 'advertising pixel'
  | 'customer messaging'
  | 'feature flags';

export interface Vendor {
  /** Stable id used in settings (`deny: ['mixpanel']`). Public API: never rename. */
  readonly id: string;
  /** Display name used in messages. */
  readonly name: string;
  readonly category: VendorCategory;
  readonly modules: readonly ModuleSpec[];
  /** Browser globals, reached bare or through `window.` / `globalThis.` / `self.`. */
  readonly globals: Readonly<Record<string, Member>>;
  /** Named shapes referred to by string {@link Member}s. */
  readonly shapes: Readonly<Record<string, Shape>>;
  /** Where the facts come from. */
  readonly docs: readonly string[];
  /** Initialisation and configuration that turns personal-data collection on (`no-unsafe-sdk-config`). */
  readonly configChecks?: readonly ConfigCheck[];
  /**
   * Where the vendor's snippet loads its script from, for `no-restricted-vendors`: a host, optionally
   * followed by a path prefix (`www.googletagmanager.com/gtag/js`); a `*` path segment stands for any
   * one segment (a locale, a version). Matched case-insensitively in string literals.
   */
  readonly scriptUrls?: readonly string[];
  /**
   * Calls that record a page view with the page's URL or title in their payload, for `no-pii-in-urls`
   * (`gtag('event', 'page_view', { page_location })`, `analytics.page({ url })`).
   */
  readonly pageViews?: readonly PageView[];
  /**
   * Words that name the vendor inside identifiers and keys (`mixpanelId`, `posthog_key`, `ddSite`): an id,
   * key or name qualified by one is an SDK setting, not a person's data. Lower case, each one word as
   * `splitWords` splits names (`fullstory`, not `fullStory`). Read once, from the built-in vendors, by
   * the name lexicon (`src/personal-data/lexicon.ts`).
   */
  readonly nameWords?: readonly string[];
  /** HTTP ingestion endpoints the app may call without the SDK (`no-pii` checks the request body). */
  readonly endpoints?: readonly Endpoint[];
}

/**
 * How a page-view call is written:
 * - `function`: a global function, called by its name, bare or through `window.` / `globalThis.` /
 *   `self.` (`gtag(...)`, `window.gtag(...)`); messages name it `gtag`.
 * - `method`: a method of a global object, the object named bare or as the last property of a member
 *   chain (`dataLayer.push(...)`, `window.dataLayer.push(...)`); messages name it `dataLayer.push`.
 * - `client`: a method of a client known by its name: the last part of the receiver (`analytics` in
 *   `window.analytics`) has one of `words` among its words (`rudderClient.page(...)`). Clients are held
 *   in variables of any name, so this is matched by name, not by resolving the value; messages name
 *   it `page()`.
 */
export type PageViewCall =
  | { readonly via: 'function'; readonly name: string }
  | { readonly via: 'method'; readonly object: string; readonly method: string }
  | { readonly via: 'client'; readonly words: readonly string[]; readonly method: string };

/**
 * A call that records a page view: every object literal passed to it is read, and the values under
 * `urlKeys` are read as a URL (the page's URL, path or referrer), those under `titleKeys` as the page
 * title. Names are identifiers; `words` are lower case, one word each (as `splitWords` splits names).
 */
export interface PageView {
  readonly call: PageViewCall;
  readonly urlKeys: readonly string[];
  readonly titleKeys?: readonly string[];
}

/**
 * A vendor's HTTP ingestion endpoint, called without its SDK (`fetch('https://api.segment.io/v1/track',
 * { body: JSON.stringify(message) })`, `axios.post(url, message)`): a common server-side pattern.
 */
export interface Endpoint {
  /**
   * Host and path, matched segment by segment against the request URL (scheme, query and fragment
   * aside; case-insensitive): `*` stands for any one segment (an API version, a pixel id), and the URL
   * may only add a trailing `/` after the last segment. `api.segment.io/v1/track`.
   */
  readonly url: string;
  /** The role of the request body (a JSON object; `JSON.stringify` of one is read as the object). */
  readonly body: ArgRole;
  /** The method as messages show it: `HTTP API /v1/track`. */
  readonly label: string;
  readonly kind: SinkKind;
}

/** A literal option value as written in code. */
export type ConfigValue = string | number | boolean;

/**
 * Where an SDK receives configuration: calling (`via: 'call'`) or constructing (`'new'`) a value of the
 * named shape, a command of a command-style function (`'command'`: `smartlook('record', {...})`), or
 * assigning to it (`'assign'`: `window._rollbarConfig = {...}`).
 */
export interface ConfigTarget {
  /** A shape named in the vendor's `shapes`; the SDK resolution decides which values are of it. */
  readonly shape: string;
  readonly via: 'call' | 'new' | 'command' | 'assign';
  /** For `'command'`: the command string in argument 0. */
  readonly command?: string;
  /**
   * Argument positions where the configuration object may be, first match wins
   * (`init(key, userId, options)` or `init(key, options)`: `[2, 1]`). Unused for `'assign'`.
   */
  readonly args: readonly number[];
  /** How messages name the call: `Sentry.init`. */
  readonly label: string;
  /** The full initial configuration (options left out take the vendor's defaults), not an update. */
  readonly initial?: boolean;
}

/** What to check in the configuration a target receives. */
export type ConfigRule =
  /**
   * An option (dotted path in the configuration object) whose listed values turn collection on.
   * With `whenMissing`, an initial configuration that leaves it out is reported too (the vendor's
   * default collects): only under the rule's `ipCollection` option.
   */
  | {
      readonly kind: 'option';
      readonly path: string;
      readonly unsafe: readonly ConfigValue[];
      /** The value the suggestion writes (and that `whenMissing` asks for). */
      readonly safe?: ConfigValue;
      /** What the unsafe setting makes the vendor collect, completing "… makes <vendor> <collects>". */
      readonly collects: string;
      /** IP address / geolocation collection: reported only with the rule's `ipCollection` option. */
      readonly ipCollection?: boolean;
      readonly whenMissing?: boolean;
    }
  /** An argument that must not carry personal data of `category` (`amplitude.init(key, email)`). */
  | {
      readonly kind: 'argument';
      readonly arg: number;
      readonly category: Category;
      readonly collects: string;
    }
  /**
   * Contexts (evaluation users) whose personal attributes are sent unless marked private: in the
   * context (`metaPath`), or in the SDK options (`optionsPath` list, `allPath` true).
   */
  | {
      readonly kind: 'private-attributes';
      /** Where the context is: an argument, or a field of the configuration object (argument 0). */
      readonly contexts: readonly ({ readonly arg: number } | { readonly field: string })[];
      /** Where the SDK options are: an argument, or a field of the configuration object (argument 0). */
      readonly options?: { readonly arg: number } | { readonly field: string };
      readonly metaPath: string;
      readonly optionsPath: string;
      readonly allPath: string;
      /** Attributes that are always sent and cannot be private (`key`, `kind`). */
      readonly reserved: readonly string[];
      /** The context kind whose `name` attribute is a person's name. */
      readonly personKind: string;
      /** A context holding one context per kind (`kind: 'multi'`). */
      readonly multiKind: string;
      readonly collects: string;
    };

/** A masking opt-out written in markup: an attribute (with a value, or any) or a class name. */
export interface MarkupCheck {
  readonly attribute?: string;
  /** The attribute value that unmasks; absent: any value, or none. */
  readonly value?: string;
  readonly className?: string;
  readonly collects: string;
}

type ConfigCheck =
  | { readonly targets: readonly ConfigTarget[]; readonly rules: readonly ConfigRule[] }
  | { readonly markup: MarkupCheck };

/** Where a request's URL or body is in a call of an HTTP client: argument `arg`, or its property `field`. */
export interface RequestPlace {
  readonly arg: number;
  readonly field?: string;
}

/** Where one call of an HTTP client puts the URL and the body. */
export interface TransportCall {
  readonly url: RequestPlace;
  readonly body: RequestPlace;
}

/**
 * An HTTP client through which apps call vendors' endpoints: reached as a global (`fetch`) or as a
 * package export (`axios`'s default export); `calls` by member (`post`), `''` for calling the value itself.
 */
export interface Transport {
  readonly global?: string;
  readonly module?: { readonly name: string; readonly imported: string };
  readonly calls: Readonly<Record<string, TransportCall>>;
}
