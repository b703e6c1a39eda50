/**
 * Calls of a vendor's HTTP ingestion endpoint without its SDK (`fetch('https://api.segment.io/v1/track',
 * { body: JSON.stringify(message) })`, `axios.post(MIXPANEL_TRACK, events)`): a call of one of the
 * catalog's HTTP clients (`transports`) whose URL, read from the code (literals, templates, `+`,
 * constants, `new URL(path, base)`), names one of a vendor's `endpoints`. The request body is then a
 * sink with the endpoint's role. Used only in files that mention an endpoint's host (see
 * `mentionsEndpoint`), so other files pay nothing per call.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { type Bindings, GLOBAL_OBJECTS, findProperty, propertyName, unwrap } from '../ast/bindings.js';
import type { Catalog } from '../catalog/index.js';
import { transports } from '../catalog/transports.js';
import type { ArgRole, Endpoint, RequestPlace, Transport, TransportCall, Vendor } from '../catalog/types.js';
import { escapeRegExp } from '../util/regexp.js';
import { ownValue } from '../util/records.js';
import type { SinkCall } from './sink-resolution.js';

type Node = TSESTree.Node;

/** Stands for a part of a URL the code does not spell out (`${host}`, a parameter). */
const UNKNOWN_PART = '\u0000';
/** Deep enough for a constant built from constants; URLs are short. */
const MAX_DEPTH = 6;

interface CompiledEndpoint {
  readonly vendor: Vendor;
  readonly endpoint: Endpoint;
  readonly segments: readonly string[];
}

interface CompiledEndpoints {
  readonly endpoints: readonly CompiledEndpoint[];
  /** Any endpoint's host, at `lastIndex` (sticky; undefined: the catalog has no endpoints). */
  readonly hosts: RegExp | undefined;
}

const compiled = new WeakMap<Catalog, CompiledEndpoints>();

/** The catalog's endpoints, split into segments, and the pre-test of their hosts: once per catalog. */
function endpointsOf(catalog: Catalog): CompiledEndpoints {
  let found = compiled.get(catalog);
  if (!found) {
    const endpoints: CompiledEndpoint[] = [];
    for (const vendor of catalog.vendors) {
      for (const endpoint of vendor.endpoints ?? []) {
        endpoints.push({ vendor, endpoint, segments: endpoint.url.toLowerCase().split('/') });
      }
    }
    // Literal segments before `*`: `/v1/batch` is matched before `/v1/*`.
    endpoints.sort((a, b) => wildcards(a.segments) - wildcards(b.segments));
    const source = endpointHostsSource([...new Set(endpoints.map((e) => e.segments[0]))]);
    found = { endpoints, hosts: source === undefined ? undefined : new RegExp(source, 'iy') };
    compiled.set(catalog, found);
  }
  return found;
}

function wildcards(segments: readonly string[]): number {
  let n = 0;
  for (const s of segments) if (s === '*') n++;
  return n;
}

/** The pattern source of the hosts pre-test: the hosts, escaped, as an alternation (`test/redos.test.ts` checks it). */
export function endpointHostsSource(hosts: readonly string[]): string | undefined {
  return hosts.length === 0 ? undefined : hosts.map(escapeRegExp).join('|');
}

/**
 * The per-file pre-test: whether the text spells out the host of some vendor endpoint right after a
 * URL scheme (`https://api.segment.io`). Looks only where `://` occurs (one fast substring search that
 * most files fail); a match in a comment only costs an analysis that finds nothing.
 */
export function mentionsEndpoint(text: string, catalog: Catalog): boolean {
  const hosts = endpointsOf(catalog).hosts;
  if (!hosts) return false;
  for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 3)) {
    hosts.lastIndex = at + 3;
    if (hosts.test(text)) return true;
  }
  return false;
}

/** The endpoint a URL (as far as the code spells it out) names, if any. */
function endpointOf(url: string, catalog: Catalog): CompiledEndpoint | undefined {
  const segments = urlSegments(url);
  if (!segments) return undefined;
  for (const candidate of endpointsOf(catalog).endpoints) {
    if (matches(candidate.segments, segments)) return candidate;
  }
  return undefined;
}

/** `https://Host/a/b/?q` → `['host', 'a', 'b']`; undefined without a scheme and a known host. */
function urlSegments(url: string): string[] | undefined {
  const scheme = /^https?:\/\//i.exec(url);
  if (!scheme) return undefined;
  let rest = url.slice(scheme[0].length);
  const end = rest.search(/[?#]/);
  if (end !== -1) rest = rest.slice(0, end);
  const segments = rest.toLowerCase().split('/');
  if (segments.length > 1 && segments[segments.length - 1] === '') segments.pop();
  return segments[0] && !segments[0].includes(UNKNOWN_PART) ? segments : undefined;
}

function matches(pattern: readonly string[], segments: readonly string[]): boolean {
  if (pattern.length !== segments.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '*' ? segments[i] === '' : pattern[i] !== segments[i]) return false;
  }
  return true;
}

/** The sinks of HTTP calls to vendor endpoints in one file. */
export class HttpSinks {
  constructor(
    private readonly catalog: Catalog,
    private readonly bindings: Bindings,
  ) {}

  /** The endpoint call `call` makes, as a sink on its arguments; empty for any other call. */
  sinksOf(call: TSESTree.CallExpression | TSESTree.NewExpression): SinkCall[] {
    if (call.type !== T.CallExpression) return [];
    const place = this.transportCall(call.callee);
    if (!place) return [];
    const urlNode = placeNode(call.arguments, place.url);
    const url = urlNode && this.text(urlNode, 0);
    const hit = url !== undefined ? endpointOf(url, this.catalog) : undefined;
    if (!hit) return [];
    const args: (ArgRole | null)[] = [];
    for (let i = 0; i < place.body.arg; i++) args.push(null);
    const field = place.body.field;
    args.push(
      field === undefined ? hit.endpoint.body : { role: 'fields', fields: { [field]: hit.endpoint.body } },
    );
    return [
      {
        vendor: hit.vendor,
        sink: { kind: hit.endpoint.kind, args },
        label: hit.endpoint.label,
        args: call.arguments,
      },
    ];
  }

  /** Which transport call a callee is (`fetch`, `window.fetch`, `axios.post`, `got`), if any. */
  private transportCall(callee: Node): TransportCall | undefined {
    const inner = unwrap(callee);
    if (inner.type === T.Identifier) return this.viaName(inner, '');
    if (inner.type !== T.MemberExpression || inner.object.type !== T.Identifier) return undefined;
    const member = propertyName(inner);
    if (member === undefined) return undefined;
    const object = inner.object;
    const source = this.bindings.sourceOf(object);
    // `window.fetch(...)`, `globalThis.fetch(...)`.
    if (source?.kind === 'global' && GLOBAL_OBJECTS.has(source.name))
      return globalTransport(member)?.calls[''];
    return this.viaName(object, member);
  }

  private viaName(id: TSESTree.Identifier, member: string): TransportCall | undefined {
    const source = this.bindings.sourceOf(id);
    if (!source) return undefined;
    let transport: Transport | undefined;
    if (source.kind === 'global') transport = globalTransport(source.name);
    else if (source.kind === 'import' && source.path.length === 0) {
      transport = transports.find(
        (t) =>
          t.module?.name === source.source &&
          (t.module.imported === source.imported ||
            (t.module.imported === 'default' && (source.imported === 'require' || source.imported === '*'))),
      );
    }
    return transport && ownValue(transport.calls, member);
  }

  /** The text of a URL as far as the code spells it out; unknown parts become UNKNOWN_PART. */
  private text(node: Node, depth: number): string | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const n = unwrap(node);
    switch (n.type) {
      case T.Literal:
        return typeof n.value === 'string' ? n.value : undefined;
      case T.TemplateLiteral: {
        let out = '';
        n.quasis.forEach((quasi, i) => {
          out += quasi.value.cooked ?? '';
          const expression = n.expressions[i];
          if (expression) out += this.text(expression, depth + 1) ?? UNKNOWN_PART;
        });
        return out;
      }
      case T.BinaryExpression:
        if (n.operator !== '+') return undefined;
        return (
          (this.text(n.left, depth + 1) ?? UNKNOWN_PART) + (this.text(n.right, depth + 1) ?? UNKNOWN_PART)
        );
      case T.Identifier: {
        const source = this.bindings.sourceOf(n);
        return source?.kind === 'expr' && source.path.length === 0
          ? this.text(source.expr, depth + 1)
          : undefined;
      }
      case T.NewExpression: {
        // `new URL('/v1/track', 'https://api.segment.io')`.
        if (n.callee.type !== T.Identifier || n.callee.name !== 'URL' || n.arguments.length !== 2)
          return undefined;
        const path = this.text(n.arguments[0], depth + 1);
        const base = this.text(n.arguments[1], depth + 1);
        if (path === undefined || base === undefined) return undefined;
        return /^https?:\/\//i.test(path)
          ? path
          : `${trimSlashes(base, 'end')}/${trimSlashes(path, 'start')}`;
      }
      default:
        return undefined;
    }
  }
}

function globalTransport(name: string): Transport | undefined {
  return transports.find((t) => t.global === name);
}

/** The node at a request place: an argument, or a property of an object literal given there. */
function placeNode(args: readonly TSESTree.CallExpressionArgument[], place: RequestPlace): Node | undefined {
  const arg = args[place.arg];
  if (!arg || arg.type === T.SpreadElement) return undefined;
  if (place.field === undefined) return arg;
  const inner = unwrap(arg);
  return inner.type === T.ObjectExpression ? findProperty(inner, place.field)?.value : undefined;
}

/** `text` without the slashes at its start or end. */
function trimSlashes(text: string, side: 'start' | 'end'): string {
  let from = 0;
  let to = text.length;
  if (side === 'start') while (from < to && text[from] === '/') from++;
  else while (to > from && text[to - 1] === '/') to--;
  return text.slice(from, to);
}
