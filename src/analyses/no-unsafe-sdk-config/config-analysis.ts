/**
 * SDK configuration that turns personal-data collection on, checked against the `configChecks` data of
 * the vendor catalog: which calls, constructors, commands and assignments configure an SDK (found
 * through the SDK resolution, like sinks), which options there are unsafe with which values, which
 * arguments must not carry personal data, which context attributes must be private, and which markup
 * unmasks session replays. The engine names no vendor; analyse-file.ts wires it to ESLint.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { type Bindings, findProperty, propertyName, staticString, unwrap } from '../../ast/bindings.js';
import { CATEGORIES } from '../../personal-data/categories.js';
import type { Catalog } from '../../catalog/index.js';
import type {
  ConfigRule,
  ConfigTarget,
  ConfigValue,
  MarkupCheck,
  Shape,
  Vendor,
} from '../../catalog/types.js';
import { escapeRegExp } from '../../util/regexp.js';
import type { SinkResolver } from '../../sdk/sink-resolution.js';
import { type ValueClassifier, fromName } from '../../personal-data/value-classifier.js';

type Node = TSESTree.Node;
type Fix = TSESLint.RuleFix;
type Fixer = TSESLint.RuleFixer;

export type ConfigMessageId =
  'unsafeOption' | 'missingOption' | 'personalArgument' | 'privateAttribute' | 'unmask';
export type ConfigSuggestionId = 'setSafe' | 'addSafe' | 'makePrivate' | 'removeMarker';

export interface ConfigFinding {
  readonly node: Node;
  readonly messageId: ConfigMessageId;
  readonly data: Readonly<Record<string, string>>;
  readonly suggest?: {
    readonly messageId: ConfigSuggestionId;
    readonly data: Readonly<Record<string, string>>;
    readonly fix: (fixer: Fixer) => Fix;
  };
}

export interface ConfigOptions {
  /** Report vendors left collecting IP addresses / geolocation by default (`strict`). */
  readonly ipCollection: boolean;
}

interface TargetEntry {
  readonly vendor: Vendor;
  readonly target: ConfigTarget;
  readonly rules: readonly ConfigRule[];
}

interface MarkupEntry {
  readonly vendor: Vendor;
  readonly check: MarkupCheck;
}

/** The configuration checks of a catalog, by the shape that receives the configuration. */
export class ConfigIndex {
  readonly byShape = new Map<Shape, TargetEntry[]>();
  readonly markupByAttribute = new Map<string, MarkupEntry[]>();
  readonly markupByClass = new Map<string, MarkupEntry[]>();
  /**
   * ESLint selectors for the JSX attributes that carry unmasking markup (by attribute name, or by a
   * class name in a literal `className`), so that ESLint, not the rule, finds the few nodes to check.
   */
  readonly markupSelectors: readonly string[];

  constructor(catalog: Catalog) {
    for (const vendor of catalog.vendors) {
      for (const check of vendor.configChecks ?? []) {
        if ('markup' in check) {
          const { markup } = check;
          const key = markup.attribute ?? markup.className;
          if (key === undefined) continue;
          const map = markup.attribute !== undefined ? this.markupByAttribute : this.markupByClass;
          map.set(key, [...(map.get(key) ?? []), { vendor, check: markup }]);
          continue;
        }
        for (const target of check.targets) {
          const shape = catalog.shape(vendor, target.shape);
          if (!shape)
            throw new Error(`${vendor.id}: configChecks target shape "${target.shape}" is not in its shapes`);
          this.byShape.set(shape, [
            ...(this.byShape.get(shape) ?? []),
            { vendor, target, rules: check.rules },
          ]);
        }
      }
    }
    this.markupSelectors = markupSelectors(
      [...this.markupByAttribute.keys()],
      [...this.markupByClass.keys()],
    );
  }
}

/** A selector's regular expression body matching any of `words` (esquery reads `/.../` up to the next slash). */
function alternatives(words: readonly string[]): string {
  return words.map((w) => escapeRegExp(w).replace(/\//g, '\\x2f')).join('|');
}

function markupSelectors(attributes: readonly string[], classNames: readonly string[]): string[] {
  const out: string[] = [];
  if (attributes.length > 0) out.push(`JSXAttribute[name.name=/^(?:${alternatives(attributes)})$/]`);
  if (classNames.length > 0) {
    const classes = `/(?:^|\\s)(?:${alternatives(classNames)})(?:\\s|$)/`;
    out.push(`JSXAttribute[name.name=/^(?:className|class)$/][value.value=${classes}]`);
    out.push(`JSXAttribute[name.name=/^(?:className|class)$/][value.expression.value=${classes}]`);
  }
  return out;
}

const indexes = new WeakMap<Catalog, ConfigIndex>();

export function configIndex(catalog: Catalog): ConfigIndex {
  let index = indexes.get(catalog);
  if (!index) indexes.set(catalog, (index = new ConfigIndex(catalog)));
  return index;
}

/** How code writes a literal option value. */
function formatValue(value: ConfigValue): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

function literalValue(node: Node | null | undefined): ConfigValue | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (
    n.type === T.Literal &&
    (typeof n.value === 'boolean' || typeof n.value === 'number' || typeof n.value === 'string')
  )
    return n.value;
  return staticString(n);
}

/** `{ a: { b: 1 } }` written as the text of a property: `a: { b: 1 }`. */
function propertyText(path: readonly string[], value: ConfigValue): string {
  let text = formatValue(value);
  for (let i = path.length - 1; i > 0; i--) text = `{ ${path[i]}: ${text} }`;
  return `${path[0]}: ${text}`;
}

type PathLookup =
  | { readonly kind: 'found'; readonly property: TSESTree.Property }
  | { readonly kind: 'missing'; readonly object: TSESTree.ObjectExpression; readonly rest: readonly string[] }
  | { readonly kind: 'unknown' };

const MAX_FOLLOW = 8;

interface CallSite {
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression;
  readonly args: readonly Node[];
  readonly entries: readonly TargetEntry[];
}

/** Per-vendor attributes made private in SDK options seen anywhere in the file. */
interface PrivateSet {
  all: boolean;
  names: Set<string>;
}

export class SdkConfigAnalysis {
  readonly findings: ConfigFinding[] = [];
  private readonly sites: CallSite[] = [];

  constructor(
    private readonly resolver: SinkResolver,
    private readonly bindings: Bindings,
    private readonly classifier: ValueClassifier,
    private readonly sourceCode: TSESLint.SourceCode,
    private readonly index: ConfigIndex,
    private readonly options: ConfigOptions,
  ) {}

  /** Records a call or construction that configures an SDK. */
  call(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
    if (this.index.byShape.size === 0) return;
    const callee = this.resolver.resolve(node.callee);
    const entries = callee && this.index.byShape.get(callee.shape);
    if (!entries) return;
    const via = node.type === T.NewExpression ? 'new' : 'call';
    const matching = entries.filter(
      (e) =>
        e.target.via === via ||
        (e.target.via === 'command' &&
          via === 'call' &&
          staticString(node.arguments[0]) === e.target.command),
    );
    if (matching.length) this.sites.push({ node, args: node.arguments, entries: matching });
  }

  /** Records an assignment that configures an SDK (`window._rollbarConfig = {...}`). */
  assignment(node: TSESTree.AssignmentExpression): void {
    if (node.operator !== '=' || node.left.type !== T.MemberExpression) return;
    const target = this.resolver.resolve(node.left);
    const entries = target && this.index.byShape.get(target.shape)?.filter((e) => e.target.via === 'assign');
    if (entries?.length) this.sites.push({ node, args: [node.right], entries });
  }

  /** Checks a JSX attribute against the markup that unmasks session replays. */
  jsxAttribute(node: TSESTree.JSXAttribute): void {
    if (node.name.type !== T.JSXIdentifier) return;
    const name = node.name.name;
    for (const { vendor, check } of this.index.markupByAttribute.get(name) ?? []) {
      if (check.value !== undefined && jsxValue(node) !== check.value) continue;
      this.findings.push({
        node,
        messageId: 'unmask',
        data: { marker: name, vendor: vendor.name, collects: check.collects },
        suggest: {
          messageId: 'removeMarker',
          data: { marker: name },
          fix: (fixer) => fixer.removeRange(this.withLeadingSpace(node)),
        },
      });
    }
    if (name !== 'className' && name !== 'class') return;
    const value = node.value;
    const literal =
      value?.type === T.Literal
        ? value
        : value?.type === T.JSXExpressionContainer && value.expression.type === T.Literal
          ? value.expression
          : undefined;
    const text = typeof literal?.value === 'string' ? literal.value : undefined;
    if (text === undefined || !literal) return;
    const tokens = text.split(/\s+/).filter(Boolean);
    for (const token of new Set(tokens)) {
      for (const { vendor, check } of this.index.markupByClass.get(token) ?? []) {
        const rest = tokens.filter((t) => t !== token).join(' ');
        const fix = (fixer: Fixer): Fix =>
          rest
            ? fixer.replaceText(literal, JSON.stringify(rest))
            : fixer.removeRange(this.withLeadingSpace(node));
        this.findings.push({
          node,
          messageId: 'unmask',
          data: { marker: token, vendor: vendor.name, collects: check.collects },
          suggest: { messageId: 'removeMarker', data: { marker: token }, fix },
        });
      }
    }
  }

  /** Checks every recorded configuration site; call once, at the end of the file. */
  run(): void {
    const privateSets = this.filePrivateSets();
    for (const site of this.sites) {
      for (const entry of site.entries) {
        for (const rule of entry.rules) {
          if (rule.kind === 'option') this.option(site, entry, rule);
          else if (rule.kind === 'argument') this.argument(site, entry, rule);
          else this.privateAttributes(site, entry, rule, privateSets.get(entry.vendor));
        }
      }
    }
  }

  // --- options ---------------------------------------------------------------------------------------

  /** The configuration object of a site: found, absent (the vendor's defaults apply), or not known. */
  private configOf(site: CallSite, target: ConfigTarget): TSESTree.ObjectExpression | 'absent' | 'unknown' {
    if (target.via === 'assign') return this.objectOf(site.args[0]) ?? 'unknown';
    for (const [i, position] of target.args.entries()) {
      const arg = site.args[position];
      if (!arg) continue;
      if (arg.type === T.SpreadElement) return 'unknown';
      const object = this.objectOf(arg);
      if (object) return object;
      // The preferred position holds something else than a literal: a configuration we cannot read.
      if (i === 0 && !isPrimitive(arg)) return 'unknown';
    }
    return 'absent';
  }

  private option(site: CallSite, entry: TargetEntry, rule: Extract<ConfigRule, { kind: 'option' }>): void {
    if (rule.ipCollection && !this.options.ipCollection) return;
    const { vendor, target } = entry;
    const config = this.configOf(site, target);
    if (config === 'unknown') return;
    const path = rule.path.split('.');
    const data = { option: rule.path, vendor: vendor.name, label: target.label, collects: rule.collects };
    const lookup: PathLookup = config === 'absent' ? { kind: 'unknown' } : this.lookup(config, path);
    if (lookup.kind === 'found') {
      const value = literalValue(lookup.property.value);
      if (value === undefined || !rule.unsafe.includes(value)) return;
      const { property } = lookup;
      const safe = rule.safe;
      this.findings.push({
        node: property,
        messageId: 'unsafeOption',
        data: { ...data, value: formatValue(value) },
        suggest:
          safe === undefined
            ? undefined
            : {
                messageId: 'setSafe',
                data: { option: rule.path, safe: formatValue(safe) },
                fix: (fixer) => fixer.replaceText(property.value, formatValue(safe)),
              },
      });
      return;
    }
    if (!rule.whenMissing || !this.options.ipCollection || !target.initial || rule.safe === undefined) return;
    const safe = rule.safe;
    const missingData = { ...data, safe: formatValue(safe) };
    if (lookup.kind === 'missing') {
      this.findings.push({
        node: config === 'absent' ? site.node : config,
        messageId: 'missingOption',
        data: missingData,
        suggest: {
          messageId: 'addSafe',
          data: { option: rule.path, safe: formatValue(safe) },
          fix: (fixer) =>
            insertProperty(fixer, this.sourceCode, lookup.object, propertyText(lookup.rest, safe)),
        },
      });
    } else if (config === 'absent' && site.node.type !== T.AssignmentExpression) {
      const call = site.node;
      const position = target.args[0];
      const last = call.arguments[call.arguments.length - 1];
      const canAppend = position !== undefined && position === call.arguments.length && last !== undefined;
      this.findings.push({
        node: call,
        messageId: 'missingOption',
        data: missingData,
        suggest: canAppend
          ? {
              messageId: 'addSafe',
              data: { option: rule.path, safe: formatValue(safe) },
              fix: (fixer) => fixer.insertTextAfter(last, `, { ${propertyText(path, safe)} }`),
            }
          : undefined,
      });
    }
  }

  /** Looks `path` up in an object literal, following nested objects and same-file constants. */
  private lookup(object: TSESTree.ObjectExpression, path: readonly string[]): PathLookup {
    let current = object;
    for (let i = 0; i < path.length; i++) {
      const property = findProperty(current, path[i]);
      if (!property) {
        return current.properties.some((p) => p.type === T.SpreadElement)
          ? { kind: 'unknown' }
          : { kind: 'missing', object: current, rest: path.slice(i) };
      }
      if (i === path.length - 1) return { kind: 'found', property };
      const next = this.objectOf(property.value);
      if (!next) return { kind: 'unknown' };
      current = next;
    }
    return { kind: 'unknown' };
  }

  /** An object literal, directly or through a constant of the same file. */
  private objectOf(node: Node | null | undefined, depth = 0): TSESTree.ObjectExpression | undefined {
    if (!node || depth > MAX_FOLLOW) return undefined;
    const n = unwrap(node);
    if (n.type === T.ObjectExpression) return n;
    if (n.type !== T.Identifier) return undefined;
    const source = this.bindings.sourceOf(n);
    return source?.kind === 'expr' && source.path.length === 0
      ? this.objectOf(source.expr, depth + 1)
      : undefined;
  }

  // --- arguments -------------------------------------------------------------------------------------

  private argument(
    site: CallSite,
    entry: TargetEntry,
    rule: Extract<ConfigRule, { kind: 'argument' }>,
  ): void {
    const arg = site.args[rule.arg];
    if (!arg || arg.type === T.SpreadElement || this.objectOf(arg)) return;
    const verdict = this.classifier.judge(arg);
    if (verdict.kind !== 'pii' || verdict.category !== rule.category) return;
    this.findings.push({
      node: arg,
      messageId: 'personalArgument',
      data: {
        category: CATEGORIES[rule.category],
        vendor: entry.vendor.name,
        label: entry.target.label,
        collects: rule.collects,
      },
    });
  }

  // --- private attributes ----------------------------------------------------------------------------

  /** The options object of a private-attributes rule at a site: found, absent, or not known. */
  private optionsOf(
    site: CallSite,
    rule: Extract<ConfigRule, { kind: 'private-attributes' }>,
  ): TSESTree.ObjectExpression | 'absent' | 'unknown' {
    const place = rule.options;
    if (!place) return 'absent';
    const node = 'arg' in place ? site.args[place.arg] : this.fieldOf(site, place.field);
    if (!node) return 'absent';
    return this.objectOf(node) ?? 'unknown';
  }

  private fieldOf(site: CallSite, field: string): Node | undefined {
    const config = this.objectOf(site.args[0]);
    return config ? findProperty(config, field)?.value : undefined;
  }

  /** What SDK options in the file make private, per vendor (options of `identify` are given at initialisation). */
  private filePrivateSets(): Map<Vendor, PrivateSet> {
    const out = new Map<Vendor, PrivateSet>();
    for (const site of this.sites) {
      for (const { vendor, rules } of site.entries) {
        for (const rule of rules) {
          if (rule.kind !== 'private-attributes') continue;
          const options = this.optionsOf(site, rule);
          if (options === 'absent' || options === 'unknown') continue;
          let set = out.get(vendor);
          if (!set) out.set(vendor, (set = { all: false, names: new Set() }));
          addPrivate(set, options, rule, this);
        }
      }
    }
    return out;
  }

  private privateAttributes(
    site: CallSite,
    entry: TargetEntry,
    rule: Extract<ConfigRule, { kind: 'private-attributes' }>,
    fileSet: PrivateSet | undefined,
  ): void {
    const options = this.optionsOf(site, rule);
    if (options === 'unknown') return;
    const set: PrivateSet = { all: false, names: new Set() };
    if (options !== 'absent') addPrivate(set, options, rule, this);
    else if (fileSet) {
      set.all = fileSet.all;
      for (const name of fileSet.names) set.names.add(name);
    }
    if (set.all) return;
    for (const place of rule.contexts) {
      const node = 'arg' in place ? site.args[place.arg] : this.fieldOf(site, place.field);
      for (const context of this.contextObjects(node)) this.context(context, undefined, entry, rule, set);
    }
  }

  /** The object literals a context expression may be (`cond ? {...} : {...}`). */
  private contextObjects(node: Node | null | undefined, depth = 0): TSESTree.ObjectExpression[] {
    if (!node || depth > MAX_FOLLOW) return [];
    const n = unwrap(node);
    if (n.type === T.ConditionalExpression)
      return [
        ...this.contextObjects(n.consequent, depth + 1),
        ...this.contextObjects(n.alternate, depth + 1),
      ];
    const object = this.objectOf(n);
    return object ? [object] : [];
  }

  private context(
    context: TSESTree.ObjectExpression,
    kindOverride: string | undefined,
    entry: TargetEntry,
    rule: Extract<ConfigRule, { kind: 'private-attributes' }>,
    set: PrivateSet,
  ): void {
    const kindProperty = findProperty(context, 'kind');
    const kind = kindOverride ?? (kindProperty ? literalValue(kindProperty.value) : rule.personKind);
    if (kind === undefined) return;
    if (kind === rule.multiKind) {
      for (const p of context.properties) {
        if (p.type !== T.Property) continue;
        const key = propertyName(p);
        if (key === undefined || rule.reserved.includes(key)) continue;
        for (const inner of this.contextObjects(p.value)) this.context(inner, key, entry, rule, set);
      }
      return;
    }
    const metaPath = rule.metaPath.split('.');
    const meta = this.lookup(context, metaPath);
    const own = new Set(set.names);
    if (meta.kind === 'found') {
      const list = unwrap(meta.property.value);
      if (list.type !== T.ArrayExpression) return; // not a literal list: cannot tell
      for (const element of list.elements) {
        const name = staticString(element);
        if (name !== undefined) own.add(name.replace(/^\//, '').split('/')[0]);
      }
    } else if (meta.kind === 'unknown') {
      return;
    }
    for (const p of context.properties) {
      if (p.type !== T.Property) continue;
      const key = propertyName(p);
      if (key === undefined || rule.reserved.includes(key) || own.has(key)) continue;
      const verdict = fromName(key, true);
      if (
        verdict.kind !== 'pii' ||
        verdict.category === 'user-id' ||
        verdict.category === 'org-id' ||
        verdict.category === 'object'
      )
        continue;
      if (verdict.weak && kind !== rule.personKind) continue;
      const value = unwrap(p.value);
      if (
        (value.type === T.Literal || value.type === T.TemplateLiteral) &&
        this.classifier.judge(value).kind !== 'pii'
      )
        continue;
      if (this.classifier.judge(p.value).kind === 'neutral') continue;
      this.findings.push({
        node: p,
        messageId: 'privateAttribute',
        data: {
          attribute: key,
          vendor: entry.vendor.name,
          label: entry.target.label,
          collects: rule.collects,
        },
        suggest: this.makePrivate(context, meta, metaPath, key),
      });
    }
  }

  private makePrivate(
    context: TSESTree.ObjectExpression,
    meta: PathLookup,
    metaPath: readonly string[],
    key: string,
  ): ConfigFinding['suggest'] {
    const name = `'${key}'`;
    const data = { attribute: key, where: metaPath.join('.') };
    if (meta.kind === 'found') {
      const list = unwrap(meta.property.value) as TSESTree.ArrayExpression;
      const last = list.elements[list.elements.length - 1];
      return {
        messageId: 'makePrivate',
        data,
        fix: (fixer) =>
          last ? fixer.insertTextAfter(last, `, ${name}`) : fixer.replaceText(list, `[${name}]`),
      };
    }
    if (meta.kind !== 'missing') return undefined;
    const rest = meta.rest;
    let text = `[${name}]`;
    for (let i = rest.length - 1; i > 0; i--) text = `{ ${rest[i]}: ${text} }`;
    const property = `${rest[0]}: ${text}`;
    return {
      messageId: 'makePrivate',
      data,
      fix: (fixer) => insertProperty(fixer, this.sourceCode, meta.object, property),
    };
  }

  /** Options list / all-private flag of a private-attributes rule (used by {@link addPrivate}). */
  readList(options: TSESTree.ObjectExpression, path: string): readonly string[] | undefined {
    const found = this.lookup(options, path.split('.'));
    if (found.kind !== 'found') return [];
    const list = unwrap(found.property.value);
    if (list.type !== T.ArrayExpression) return undefined;
    return list.elements
      .map((e) => staticString(e))
      .filter((s): s is string => s !== undefined)
      .map((s) => s.replace(/^\//, '').split('/')[0]);
  }

  readFlag(options: TSESTree.ObjectExpression, path: string): boolean | undefined {
    const found = this.lookup(options, path.split('.'));
    if (found.kind !== 'found') return false;
    const value = literalValue(found.property.value);
    return typeof value === 'boolean' ? value : undefined;
  }

  private withLeadingSpace(node: Node): [number, number] {
    const text = this.sourceCode.text;
    let start = node.range[0];
    while (start > 0 && /[ \t]/.test(text[start - 1])) start--;
    return [start, node.range[1]];
  }
}

function addPrivate(
  set: PrivateSet,
  options: TSESTree.ObjectExpression,
  rule: Extract<ConfigRule, { kind: 'private-attributes' }>,
  analysis: SdkConfigAnalysis,
): void {
  const all = analysis.readFlag(options, rule.allPath);
  const list = analysis.readList(options, rule.optionsPath);
  // A value we cannot read might make everything private: give the benefit of the doubt.
  if (all !== false || list === undefined) set.all = true;
  for (const name of list ?? []) set.names.add(name);
}

function isPrimitive(node: Node): boolean {
  const n = unwrap(node);
  return (
    n.type === T.Literal ||
    n.type === T.TemplateLiteral ||
    (n.type === T.Identifier && n.name === 'undefined')
  );
}

function jsxValue(node: TSESTree.JSXAttribute): string | undefined {
  const value = node.value;
  if (!value) return '';
  if (value.type === T.Literal) return typeof value.value === 'string' ? value.value : undefined;
  if (value.type === T.JSXExpressionContainer && value.expression.type !== T.JSXEmptyExpression) {
    const literal = literalValue(value.expression);
    return literal === undefined ? undefined : String(literal);
  }
  return undefined;
}

/** Adds `text` as a property of an object literal, keeping it valid. */
function insertProperty(
  fixer: Fixer,
  sourceCode: TSESLint.SourceCode,
  object: TSESTree.ObjectExpression,
  text: string,
): Fix {
  const last = object.properties[object.properties.length - 1];
  if (last) return fixer.insertTextAfter(last, `, ${text}`);
  // An object with nothing but comments in it keeps them, after the new property.
  if (sourceCode.getText(object).slice(1, -1).trim())
    return fixer.insertTextAfterRange([object.range[0], object.range[0] + 1], ` ${text}`);
  return fixer.replaceText(object, `{ ${text} }`);
}
