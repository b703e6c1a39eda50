/** Small constructors that keep vendor data modules short and readable. */
import type { ArgRole, Category, Endpoint, Member, Shape, Sink, SinkKind, Subject } from './types.js';

export const userId: ArgRole = { role: 'user-id' };
export const orgId: ArgRole = { role: 'org-id' };
export const userProps: ArgRole = { role: 'props', subject: 'user' };
export const orgProps: ArgRole = { role: 'props', subject: 'org' };
export const eventProps: ArgRole = { role: 'props', subject: 'event' };
export const message: ArgRole = { role: 'message' };
/**
 * An error (or a message) handed to an error monitor, which sends its message: read as `message`, so an
 * error built with personal data in its message (`new Error(`No account for ${email}`)`) is reported,
 * a caught error is not.
 */
export const error: ArgRole = { role: 'message' };

/**
 * A value sent under the key given by argument `keyArg` (`setTag(key, value)`); `keys` gives the role of
 * the value under particular literal keys (`gtag('set', 'user_data', {...})`).
 */
export const keyed = (keyArg: number, subject: Subject = 'event', keys?: Record<string, ArgRole>): ArgRole =>
  keys ? { role: 'keyed', keyArg, subject, keys } : { role: 'keyed', keyArg, subject };

/** Data an advertising platform matches to a person (advanced matching, enhanced conversions), read with `of`. */
export const matching = (of: ArgRole): ArgRole => ({ role: 'matching', of });

/** A message object with known fields; other keys take `rest`, or are not checked. */
export const fields = (known: Record<string, ArgRole>, rest?: ArgRole): ArgRole =>
  rest ? { role: 'fields', fields: known, rest } : { role: 'fields', fields: known };

/** A value that is personal data of `category` by the sink's meaning (`setEmail(value)`). */
export const is = (category: Category): ArgRole => ({ role: 'is', category });

/** An array whose every element takes `items`. */
export const list = (items: ArgRole): ArgRole => ({ role: 'list', items });

/** A sink: `sink('event', null, eventProps)` = argument 0 unchecked, argument 1 event properties. */
export const sink = (kind: SinkKind, ...args: (ArgRole | null)[]): Sink => ({ kind, args });

/** A variadic sink: every argument from `args.length` on takes `rest`. */
export const variadic = (kind: SinkKind, args: (ArgRole | null)[], rest: ArgRole): Sink => ({
  kind,
  args,
  rest,
});

/** A function value whose call is the sink. */
export const fn = (s: Sink, returns?: Member): Shape => (returns ? { call: s, returns } : { call: s });

/** A function value that is not a sink but returns a vendor value (factory, hook, accessor). */
export const returns = (member: Member): Shape => ({ returns: member });

/** Every method name in `names` is the same sink. */
export function same(s: Sink, ...names: string[]): Record<string, Shape> {
  const out: Record<string, Shape> = {};
  for (const name of names) out[name] = { call: s };
  return out;
}

/**
 * A vendor's HTTP ingestion endpoint (`api.segment.io/v1/batch`) and the role of its request body;
 * messages name it `label`, by default `HTTP API /<path>`.
 */
export const endpoint = (url: string, kind: SinkKind, body: ArgRole, label?: string): Endpoint => ({
  url,
  kind,
  body,
  label: label ?? `HTTP API /${url.split('/').slice(1).join('/')}`,
});
