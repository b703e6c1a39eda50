// Fuzzing the plugin: random valid programs (eslump) with vendor SDK calls spliced in, linted with
// every rule of the plugin; every suggestion is applied and its output must parse again.
// Used by test/fuzz.test.ts (a fixed seed range) and scripts/fuzz.mjs (long runs). Deterministic:
// a seed gives the same program on every machine (eslump's Math.random is replaced while it runs).
import { createRequire } from 'node:module';
import * as espree from 'espree';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { allRules } from './all-rules.mjs';

const require = createRequire(import.meta.url);
/** @type {{ generateRandomJS(options: { sourceType: 'module' | 'script'; maxDepth: number; comments: boolean; whitespace: boolean }): string }} */
const eslump = require('eslump');

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  bool(p = 0.5) {
    return this.next() < p;
  }
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }
  some(items, min, max) {
    const n = this.int(min, max);
    return Array.from({ length: n }, () => this.pick(items));
  }
}

/** Runs `fn` with Math.random replaced by a seeded generator (eslump and shift-fuzzer read Math.random). */
function withSeededMathRandom(seed, fn) {
  const saved = Math.random;
  Math.random = mulberry32(seed);
  try {
    return fn();
  } finally {
    Math.random = saved;
  }
}

// ---------------------------------------------------------------------------------------------
// Personal-data-looking values and payloads

const PII_VALUES = [
  'user.email',
  'member.id',
  'plan.name',
  'user.id',
  'user.name',
  'currentUser.profile.email',
  'account.owner.phone',
  'customer.address.street',
  'user?.email',
  'session.user.fullName',
  'form.values.firstName',
  'props.user.birthday',
  'req.ip',
  'member.organization.id',
  'user["email"]',
  '`${user.firstName} ${user.lastName}`',
  'String(member.id)',
  'user.email.toLowerCase()',
  "user.email || ''",
  'flag ? user.email : undefined',
  'hashPii(user.email)',
  "'anonymous'",
  '42',
  'null',
  'order.total',
  'crypto.randomUUID()',
  'user',
  'member',
  'employee.ssn',
  'contact.phoneNumber',
  'position.coords.latitude',
  'ipAddress',
  'email',
  'userId',
  'company.id',
  'team.name',
  'user.email.split("@")[1]',
  '(0, user.email)',
  '(user.email)',
  'this.user.email',
  'users[0].email',
  'user.emails?.[0]',
];
const KEYS = [
  'email',
  '$email',
  'name',
  '$name',
  'first_name',
  'lastName',
  'userId',
  'user_id',
  'id',
  'plan',
  'company',
  'phone',
  'ip',
  'address',
  'birthday',
  'org_id',
  'orgId',
  'traits',
  'properties',
  'context',
  'user',
  'distinct_id',
  'value',
  'label',
  "'user-email'",
  '"$phone"',
  '[dynamicKey]',
  'amount',
  'category',
  '42',
  'avatar',
];
const LOCALS = ['email', 'userId', 'fullName', 'phone', 'plan', 'orgId'];
const COMMENTS = ['/* pii */', '// note\n', '/* a\n b */', '// eslint-disable-line\n'];

class Builder {
  constructor(rng, lang) {
    this.rng = rng;
    this.lang = lang;
    this.counter = 0;
  }
  unique(base) {
    return `${base}_${++this.counter}`;
  }
  comment() {
    return this.rng.bool(0.15) ? ` ${this.rng.pick(COMMENTS)} ` : '';
  }
  value(depth = 0) {
    const r = this.rng;
    if (depth < 2 && r.bool(0.12)) return this.object(depth + 1);
    if (depth < 2 && r.bool(0.06)) return `[${r.some(PII_VALUES, 0, 3).join(', ')}]`;
    const v = r.pick(PII_VALUES);
    if (this.lang === 'ts' && r.bool(0.15))
      return r.pick([`(${v} as string)`, `(${v})!`, `(<any>${v})`, `(${v} satisfies unknown)`]);
    return v;
  }
  property(depth) {
    const r = this.rng;
    const roll = r.next();
    if (roll < 0.08) return `...${r.pick(['user', 'member', 'traits', 'props', '(flag ? user : {})'])}`;
    if (roll < 0.16) return r.pick(LOCALS);
    if (roll < 0.2) return `get ${r.pick(['email', 'name'])}() { return user.email; }`;
    if (roll < 0.22) return `${r.pick(['toString', 'label'])}() { return member.id; }`;
    return `${r.pick(KEYS)}: ${this.comment()}${this.value(depth)}`;
  }
  object(depth = 0) {
    const r = this.rng;
    const props = Array.from({ length: r.int(0, 4) }, () => this.property(depth));
    const sep = r.bool(0.3) ? ',\n  ' : ', ';
    const trailing = r.bool(0.3) && props.length ? ',' : '';
    const obj = props.length ? `{ ${props.join(`${this.comment()}${sep}`)}${trailing} }` : '{}';
    return this.lang === 'ts' && r.bool(0.1) ? `(${obj} as Record<string, unknown>)` : obj;
  }
  /** A value for an argument of the given catalog role. */
  arg(role) {
    const r = this.rng;
    if (!role) return r.pick(["'signup'", "'page'", '1', 'user.email', 'undefined', 'opts']);
    switch (role.role) {
      case 'props':
        return r.bool(0.75) ? this.object() : this.value();
      case 'fields': {
        const known = Object.entries(role.fields);
        const parts = known.filter(() => r.bool(0.7)).map(([key, sub]) => `${key}: ${this.arg(sub)}`);
        if (role.rest || r.bool(0.3))
          parts.push(...Array.from({ length: r.int(0, 2) }, () => this.property(1)));
        return `{ ${parts.join(', ')} }`;
      }
      case 'list':
        return `[${Array.from({ length: r.int(0, 3) }, () => this.arg(role.items)).join(', ')}]`;
      case 'matching':
        return this.arg(role.of);
      case 'message':
        return r.pick([
          this.value(),
          `\`Signed up: \${${this.value(2)}}\``,
          `new Error(${this.value(2)})`,
          "'checkout failed'",
        ]);
      default:
        return r.bool(0.1) ? this.object() : this.value();
    }
  }
  /** The arguments of a sink call (`offset` leading arguments are fixed by the caller, e.g. the command). */
  args(sink, offset = 0) {
    const out = [];
    const n = sink.args.length + (sink.rest ? this.rng.int(0, 2) : 0);
    // Key arguments of keyed roles, with the literal keys the catalog gives a role of their own (`'user_data'`).
    const keyArgs = new Map(
      sink.args
        .filter((a) => a && a.role === 'keyed')
        .map((a) => [a.keyArg, Object.keys(a.keys ?? {}).map((k) => `'${k}'`)]),
    );
    for (let i = offset; i < n; i++) {
      const role = i < sink.args.length ? sink.args[i] : sink.rest;
      out.push(
        keyArgs.has(i)
          ? this.rng.pick(["'email'", "'$name'", "'plan'", "'userId'", 'key', ...keyArgs.get(i)])
          : this.arg(role),
      );
    }
    // Sometimes drop trailing arguments, sometimes add one.
    if (out.length && this.rng.bool(0.15)) out.pop();
    if (this.rng.bool(0.05)) out.push(this.value());
    return out.join(`,${this.comment()} `);
  }
}

// ---------------------------------------------------------------------------------------------
// SDK calls from the catalog

const CORE_VENDORS = ['mixpanel', 'posthog', 'sentry', 'segment', 'google-analytics', 'matomo'];
const IDENT = /^[A-Za-z_$][\w$]*$/;
const GLOBAL_OBJECTS = ['window', 'globalThis', 'self'];

function shapeOf(vendor, member) {
  if (member === undefined) return undefined;
  return typeof member === 'string' ? vendor.shapes[member] : member;
}

function access(b, expr, key) {
  const dot = b.rng.bool(0.08) ? '?.' : '.';
  return IDENT.test(key) && b.rng.bool(0.92)
    ? `${expr}${dot}${key}`
    : `${expr}${dot === '?.' ? '?.' : ''}[${JSON.stringify(key)}]`;
}

/** `new a?.b()` is a syntax error. */
const noOptional = (expr) => expr.replace(/\?\.\[/g, '[').replace(/\?\./g, '.');

/**
 * A random walk from `expr` (a value of `shape`) to a sink; returns statement text or undefined at
 * a dead end. Statements may declare names made unique by the builder.
 */
function walkToSink(b, vendor, expr, shape, depth) {
  const r = b.rng;
  if (!shape || depth > 5) return undefined;
  const options = [];
  if (shape.call) options.push(() => `${expr}(${b.args(shape.call)});`);
  if (shape.commands) {
    for (const [name, sink] of Object.entries(shape.commands))
      options.push(() => `${expr}(${[JSON.stringify(name), b.args(sink, 1)].filter(Boolean).join(', ')});`);
  }
  if (shape.arrayCommands) {
    for (const [name, sink] of Object.entries(shape.arrayCommands))
      options.push(
        () => `${expr}.push([${[JSON.stringify(name), b.args(sink, 1)].filter(Boolean).join(', ')}]);`,
      );
  }
  if (shape.constructSink) options.push(() => `new ${noOptional(expr)}(${b.args(shape.constructSink)});`);
  if (shape.assign && expr.includes('.')) options.push(() => `${noOptional(expr)} = ${b.arg(shape.assign)};`);
  for (const [key, member] of Object.entries(shape.members ?? {})) {
    options.push(() => {
      const target = shapeOf(vendor, member);
      const next = access(b, expr, key);
      if (r.bool(0.15) && IDENT.test(key) && target) {
        // Alias the member first: `const people_3 = mixpanel.people; people_3.set(...)`.
        const alias = b.unique(key.replace(/^\$/, 'd'));
        const rest = walkToSink(b, vendor, alias, target, depth + 1);
        return rest && `const ${alias} = ${next};\n${rest}`;
      }
      return walkToSink(b, vendor, next, target, depth + 1);
    });
  }
  if (shape.returns)
    options.push(() =>
      walkToSink(
        b,
        vendor,
        `${expr}(${r.bool(0.5) ? "'token'" : ''})`,
        shapeOf(vendor, shape.returns),
        depth + 1,
      ),
    );
  if (shape.construct)
    options.push(() =>
      walkToSink(
        b,
        vendor,
        `(new ${noOptional(expr)}(${r.bool(0.5) ? "{ apiKey: 'k' }" : ''}))`,
        shapeOf(vendor, shape.construct),
        depth + 1,
      ),
    );
  for (const cb of shape.callbacks ?? []) {
    options.push(() => {
      const params = cb.params.map(() => b.unique('p'));
      const i = cb.params.findIndex((p) => p !== null);
      const inner =
        i < 0 ? undefined : walkToSink(b, vendor, params[i], shapeOf(vendor, cb.params[i]), depth + 1);
      if (!inner) return undefined;
      const args = Array.from({ length: cb.arg }, () => "'x'");
      const fn = r.bool(0.5)
        ? `(${params.join(', ')}) => {\n${inner}\n}`
        : `function (${params.join(', ')}) {\n${inner}\n}`;
      // An option callback is a property of the options object at `arg` (`init('x', { loaded: (p) => ... })`).
      const arg = cb.option ? `{ ${cb.option}: ${fn} }` : fn;
      return `${expr}(${[...args, arg].join(', ')});`;
    });
  }
  for (let tries = 0; tries < 4 && options.length; tries++) {
    const made = r.pick(options)();
    if (made) return made;
  }
  return undefined;
}

/** One SDK use: { header: import/require/declare lines, body: statements }. */
function sdkUse(b, catalog, ctx) {
  const r = b.rng;
  const vendor = r.bool(0.5)
    ? (catalog.vendors.find((v) => v.id === r.pick(CORE_VENDORS)) ?? r.pick(catalog.vendors))
    : r.pick(catalog.vendors);
  const globals = Object.entries(vendor.globals);
  const useGlobal = globals.length > 0 && (vendor.modules.length === 0 || r.bool(0.4));
  if (useGlobal) {
    const [name, member] = r.pick(globals);
    const expr = r.bool(0.5)
      ? name
      : b.lang === 'ts' && r.bool(0.3)
        ? `(window as any).${name}`
        : `${r.pick(GLOBAL_OBJECTS)}.${name}`;
    const header = b.lang === 'ts' && r.bool(0.1) ? [`declare const ${name}: any;`] : [];
    const body = walkToSink(b, vendor, expr, shapeOf(vendor, member), 0);
    return body && { header, body };
  }
  const spec = r.pick(vendor.modules);
  const source = r.pick(spec.names).replace(/\*$/, r.pick(['browser', 'node', 'react']));
  const exportsShape = shapeOf(vendor, spec.exports);
  const local = b.unique(source.replace(/^@/, '').replace(/[^\w$]+/g, '_'));
  const named = Object.keys(exportsShape?.members ?? {}).filter((k) => k !== 'default' && IDENT.test(k));
  const form =
    ctx.sourceType === 'script' ? 'require' : r.pick(['default', 'namespace', 'named', 'require', 'dynamic']);
  const hasDefault = exportsShape?.members?.default !== undefined;
  switch (form) {
    case 'default':
      if (hasDefault)
        return finish(
          [`import ${local} from ${JSON.stringify(source)};`],
          local,
          shapeOf(vendor, exportsShape.members.default),
        );
      return finish([`import * as ${local} from ${JSON.stringify(source)};`], local, exportsShape);
    case 'namespace':
      return finish([`import * as ${local} from ${JSON.stringify(source)};`], local, exportsShape);
    case 'named': {
      if (!named.length)
        return finish([`import * as ${local} from ${JSON.stringify(source)};`], local, exportsShape);
      const key = r.pick(named);
      return finish(
        [`import { ${key} as ${local} } from ${JSON.stringify(source)};`],
        local,
        shapeOf(vendor, exportsShape.members[key]),
      );
    }
    case 'require':
      return finish(
        [`const ${local} = require(${JSON.stringify(source)});`],
        local,
        shapeOf(vendor, spec.cjs ?? spec.exports),
      );
    default: {
      // `import('vendor').then((m) => m.default.track(...))` or the same awaited in an async function.
      const m = b.unique('m');
      const inner = walkToSink(b, vendor, m, exportsShape, 0);
      if (!inner) return undefined;
      const body = r.bool(0.5)
        ? `import(${JSON.stringify(source)}).then((${m}) => {\n${inner}\n});`
        : `async function ${b.unique('load')}() {\nconst ${m} = await import(${JSON.stringify(source)});\n${inner}\n}`;
      return { header: [], body };
    }
  }
  function finish(header, expr, shape) {
    const body = walkToSink(b, vendor, expr, shape, 0);
    return body && { header, body };
  }
}

/** Wraps SDK statements in a random context: a block, a function, a callback, a wrapper that forwards. */
function wrap(b, body) {
  const r = b.rng;
  const t = b.lang === 'ts';
  const param = (name, type) => (t && r.bool(0.5) ? `${name}: ${type}` : name);
  const locals = r.bool(0.3) ? `const ${r.pick(LOCALS)} = ${b.value(2)};\n` : '';
  const inner = `${locals}${body}`;
  switch (r.int(0, 9)) {
    case 0:
      return `{\n${inner}\n}`;
    case 1:
      return `function ${b.unique('send')}(${param('user', 'User')}, ${param('member', '{ id: string }')}) {\n${inner}\n}`;
    case 2:
      return `const ${b.unique('handler')} = (${param('user', 'any')}) => {\n${inner}\n};`;
    case 3:
      return `if (${b.value(2)}) {\n${inner}\n} else {\n${body.includes('const ') ? '' : body}\n}`;
    case 4:
      return `try {\n${inner}\n} catch (${r.bool(0.5) ? 'error' : 'e'}) {\n}`;
    case 5:
      return `users.forEach((${param('user', 'User')}) => {\n${inner}\n});`;
    case 6:
      return `class ${b.unique('Tracker')} {\n  ${t && r.bool(0.5) ? 'private ' : ''}track(${param('user', 'User')}) {\n${inner}\n  }\n  static {\n${locals ? '' : body}\n  }\n}`;
    case 7: {
      // A wrapper function that forwards its parameters to the SDK call, called with personal data.
      const name = b.unique('track');
      return `function ${name}(${param('event', 'string')}, ${param('props', 'object')}) {\n{\n${body.replace(/user\.email/g, 'props')}\n}\n}\n${name}('signup', ${b.object()});`;
    }
    case 8:
      return `{\nconst ${r.pick(['traits', 'props', 'payload'])} = ${b.object()};\n${inner}\n}`;
    default:
      return inner.includes('const ') || inner.includes('function ') || inner.includes('class ')
        ? `{\n${inner}\n}`
        : inner;
  }
}

// ---------------------------------------------------------------------------------------------
// Splicing into eslump output

const LIST_KEYS = {
  Program: 'body',
  BlockStatement: 'body',
  StaticBlock: 'body',
  SwitchCase: 'consequent',
  TSModuleBlock: 'body',
};

function isNode(value) {
  return typeof value === 'object' && value !== null && typeof value.type === 'string';
}

/** Offsets where a statement may be inserted: before each statement of a statement list, and at each list's end. */
function insertionPoints(ast, length) {
  const points = [];
  const visit = (node, parent) => {
    const key = LIST_KEYS[node.type];
    if (key) {
      const list = node[key];
      const fnBody = node.type === 'BlockStatement' && parent && /Function/.test(parent.type);
      let i = 0;
      if (node.type === 'Program' || fnBody) while (i < list.length && list[i].directive !== undefined) i++;
      for (; i < list.length; i++) points.push(list[i].range[0]);
      if (node.type === 'Program') points.push(length);
      else if (node.type === 'SwitchCase') {
        if (list.length) points.push(list[list.length - 1].range[1]);
      } else points.push(node.range[1] - 1);
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === 'parent' || k === 'tokens' || k === 'comments') continue;
      if (Array.isArray(v)) for (const item of v) isNode(item) && visit(item, node);
      else if (isNode(v)) visit(v, node);
    }
  };
  visit(ast, null);
  return points;
}

/** Parses `code` as the linter will (espree or @typescript-eslint/parser); throws on a syntax error. */
export function parseProgram(code, lang, sourceType, { jsx = false } = {}) {
  if (lang === 'ts')
    return tsParser.parse(code, { range: true, loc: false, sourceType: 'module', comment: false, jsx });
  return espree.parse(code, { ecmaVersion: 'latest', sourceType, range: true, ecmaFeatures: { jsx } });
}

/**
 * The program for `seed`: eslump output (module or script, JS) with 1–4 SDK uses spliced into random
 * statement positions, and SDK imports at the top. `lang: 'ts'` adds TypeScript syntax to the SDK
 * code and parses with @typescript-eslint/parser. Returns undefined when eslump's program does not
 * parse with our parser (eslump's generator and the parsers disagree on a few early errors).
 */
export function generateProgram(seed, catalog, lang = 'js') {
  const r = new Random(seed * 2654435761 + (lang === 'ts' ? 1 : 0));
  const sourceType = lang === 'ts' || r.bool(0.8) ? 'module' : 'script';
  const base = withSeededMathRandom(seed, () =>
    eslump.generateRandomJS({
      sourceType,
      maxDepth: r.int(1, 5),
      comments: r.bool(0.5),
      whitespace: r.bool(0.3),
    }),
  );
  let ast;
  try {
    ast = parseProgram(base, lang, sourceType);
  } catch {
    return undefined;
  }
  const b = new Builder(r, lang);
  const header = [];
  const inserts = [];
  const points = insertionPoints(ast, base.length);
  const uses = r.int(1, 4);
  for (let i = 0; i < uses; i++) {
    const use = sdkUse(b, catalog, { sourceType });
    if (!use) continue;
    header.push(...use.header);
    inserts.push({ at: r.pick(points), text: `\n;${wrap(b, use.body)}\n` });
  }
  if (lang === 'ts' && r.bool(0.3)) header.push('interface User { email: string; id: string }');
  inserts.sort((x, y) => y.at - x.at);
  let code = base;
  for (const { at, text } of inserts) code = code.slice(0, at) + text + code.slice(at);
  // Imports first (a leading BOM stays first).
  const bom = code.startsWith('\ufeff') ? '\ufeff' : '';
  code = bom + (header.length ? `${header.join('\n')}\n` : '') + code.slice(bom.length);
  // The spliced program must parse: a generator bug otherwise, reported as such.
  let invalid;
  try {
    parseProgram(code, lang, sourceType);
  } catch (error) {
    invalid = error.message;
  }
  const settings = SETTINGS[r.int(0, SETTINGS.length - 1)];
  return {
    seed,
    lang,
    sourceType,
    code,
    settings,
    invalid,
    filename: lang === 'ts' ? 'fuzz.ts' : sourceType === 'module' ? 'fuzz.mjs' : 'fuzz.cjs',
  };
}

/** Settings variants (stable objects: the plugin caches resolved settings per object). */
const SETTINGS = [
  undefined,
  { pseudonymize: { name: 'hashPii', source: '@acme/privacy' } },
  {
    pseudonymize: { name: 'pseudo', source: '@acme/privacy', importKind: 'default' },
    sanitizers: ['hashPii'],
  },
  { pseudonymize: { name: 'hashPii' }, allowedKeys: ['plan'], categories: { 'org-id': false } },
];

// ---------------------------------------------------------------------------------------------
// Checking

const linter = new Linter({ configType: 'flat' });

function configFor(program, plugin, namespace) {
  const rules = allRules(plugin, program.seed ?? 0, namespace);
  return [
    {
      files: ['**/*.{js,mjs,cjs,ts}'],
      plugins: { [namespace]: plugin },
      languageOptions:
        program.lang === 'ts'
          ? { parser: tsParser, sourceType: 'module' }
          : { ecmaVersion: 'latest', sourceType: program.sourceType === 'module' ? 'module' : 'script' },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      settings: program.settings ? { [namespace]: program.settings } : {},
      rules,
    },
  ];
}

/** Applies one fix ({ range, text }) to the text ESLint linted (without a BOM). */
export function applyFix(text, fix) {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

/**
 * Lints a generated program with every rule of `plugin` and applies each suggestion.
 * Returns the counts and the failures (exception, unexpected message, suggestion that breaks the code).
 */
export function checkProgram(program, plugin, namespace = plugin.meta?.namespace ?? 'analytics-privacy') {
  const failures = [];
  let messages;
  try {
    messages = linter.verify(program.code, configFor(program, plugin, namespace), {
      filename: program.filename,
    });
  } catch (error) {
    failures.push({ kind: 'exception', detail: String(error?.stack ?? error) });
    return { reports: 0, suggestions: 0, failures };
  }
  const text = program.code.startsWith('\ufeff') ? program.code.slice(1) : program.code;
  let suggestions = 0;
  let reports = 0;
  for (const m of messages) {
    if (!m.ruleId) {
      failures.push({
        kind: m.fatal ? 'parse-error' : 'engine-message',
        detail: `${m.line}:${m.column} ${m.message}`,
      });
      continue;
    }
    reports++;
    for (const s of m.suggestions ?? []) {
      suggestions++;
      const output = applyFix(text, s.fix);
      try {
        parseProgram(output, program.lang, program.sourceType);
      } catch (error) {
        failures.push({
          kind: 'suggestion-breaks-code',
          detail: `${m.line}:${m.column} ${m.message} / suggestion "${s.desc}": ${error.message}`,
          output,
        });
      }
    }
  }
  return { reports, suggestions, failures };
}

/**
 * Shrinks a failing program while the same kind of failure remains: deletes statements (largest
 * first), then comments, then blank lines. Turns a 200-line random program into a few lines.
 */
function minimize(program, plugin, kind) {
  const fails = (code) => {
    try {
      parseProgram(code, program.lang, program.sourceType);
    } catch {
      return false;
    }
    return checkProgram({ ...program, code }, plugin).failures.some((f) => f.kind === kind);
  };
  let code = program.code;
  const shrink = (candidates) => {
    for (let round = 0; round < 200; round++) {
      let progressed = false;
      for (const [start, end] of candidates(code)) {
        const next = code.slice(0, start) + code.slice(end);
        if (next !== code && fails(next)) {
          code = next;
          progressed = true;
          break;
        }
      }
      if (!progressed) return;
    }
  };
  const statements = (text) => {
    const ranges = [];
    const visit = (node) => {
      const key = LIST_KEYS[node.type];
      if (key) for (const s of node[key]) ranges.push(s.range);
      for (const [k, v] of Object.entries(node)) {
        if (k === 'parent' || k === 'tokens' || k === 'comments') continue;
        if (Array.isArray(v)) for (const item of v) isNode(item) && visit(item);
        else if (isNode(v)) visit(v);
      }
    };
    visit(parseProgram(text, program.lang, program.sourceType));
    return ranges.sort((x, y) => y[1] - y[0] - (x[1] - x[0]));
  };
  const comments = (text) => {
    const ast =
      program.lang === 'ts'
        ? tsParser.parse(text, { range: true, comment: true, sourceType: 'module' })
        : espree.parse(text, {
            ecmaVersion: 'latest',
            sourceType: program.sourceType,
            range: true,
            comment: true,
          });
    return ast.comments.map((c) => c.range);
  };
  const blankLines = (text) =>
    [...text.matchAll(/^[^\S\n]*\r?\n/gm)].map((m) => [m.index, m.index + m[0].length]);
  if (!fails(code)) return program;
  shrink(statements);
  shrink(comments);
  shrink(blankLines);
  return { ...program, code };
}

/**
 * Runs seeds [from, from + count) in both languages. `onFailure` gets each failing program (already
 * minimized) and its failures.
 */
export function fuzz({
  from,
  count,
  plugin,
  catalog,
  langs = ['js', 'ts'],
  onFailure = () => {},
  onProgress = () => {},
}) {
  const totals = { programs: 0, skipped: 0, reports: 0, suggestions: 0, failures: 0 };
  for (let seed = from; seed < from + count; seed++) {
    for (const lang of langs) {
      const program = generateProgram(seed, catalog, lang);
      if (!program) {
        totals.skipped++;
        continue;
      }
      totals.programs++;
      const result = program.invalid
        ? {
            reports: 0,
            suggestions: 0,
            failures: [{ kind: 'generator-made-invalid-code', detail: program.invalid }],
          }
        : checkProgram(program, plugin);
      totals.reports += result.reports;
      totals.suggestions += result.suggestions;
      if (result.failures.length) {
        totals.failures++;
        const kind = result.failures[0].kind;
        const minimal = kind === 'generator-made-invalid-code' ? program : minimize(program, plugin, kind);
        const minimalFailures =
          minimal === program
            ? result.failures
            : checkProgram(minimal, plugin).failures.filter((f) => f.kind === kind);
        onFailure(minimal, minimalFailures, program);
      }
    }
    onProgress(seed - from + 1, totals);
  }
  return totals;
}
