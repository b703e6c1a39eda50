/**
 * What personal data a URL or a page title carries. A URL is read as a sequence of static text and
 * values (template literals, `+` concatenation, a local constant holding either); each value is
 * judged by the shared ValueClassifier, and a query value also by its parameter name
 * (`?email=${v}`). Email-shaped text written in the URL itself counts too. Query strings built as
 * objects (`new URLSearchParams({ email })`, `router.push({ query })`) are read entry by entry.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { type Bindings, propertyName, staticString, unwrap } from '../../ast/bindings.js';
import type { Category } from '../../personal-data/categories.js';
import { dropFix } from '../../ast/fixes.js';
import { nameVerdict } from '../../personal-data/lexicon.js';
import { dropQueryParameterFix } from './drop-query-parameter.js';
import { NON_PAGE_SCHEME, ROUTE_PATH_KEYS, ROUTE_QUERY_KEYS } from './url-places.js';
import type { ValueClassifier } from '../../personal-data/value-classifier.js';
import type { Verdict } from '../../personal-data/verdict.js';

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;
export type UrlFix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix | TSESLint.RuleFix[];

export interface UrlFinding {
  /** The value (or query entry) that carries the data. */
  readonly node: Node;
  readonly category: Category;
  /** The query parameter it is sent as, when known. */
  readonly param?: string;
  /** A single edit that removes it safely, when there is one. */
  readonly fix?: UrlFix;
}

export interface UrlOptions {
  /** Also report user and organization IDs (`/users/${user.id}`). */
  readonly ids: boolean;
  readonly categories: ReadonlySet<Category>;
  readonly allowedKeys: ReadonlySet<string>;
}

/** One piece of a URL or title: static text, or a value with where it sits. */
type Piece =
  | { readonly kind: 'text'; readonly text: string; readonly node: Node }
  | {
      readonly kind: 'value';
      readonly node: Node;
      readonly template?: { readonly literal: TSESTree.TemplateLiteral; readonly index: number };
    };

const ID_CATEGORIES: ReadonlySet<Category> = new Set(['user-id', 'org-id']);
/** How many local constants a URL is followed through (`const base = ...; const url = base + ...`). */
const MAX_HOPS = 4;
/** A query parameter right before a value: `?email=`, `&user_email=`. */
const PARAM_BEFORE = /[?&;]([^=&?#/;\s]{1,64})=$/;
const LOCAL_PART_CHAR = /^[\w.%+-]$/;
const DOMAIN_CHAR = /^[a-z0-9.-]$/i;
const DOMAIN_LABEL = /^[a-z0-9-]{1,63}$/i;
const TOP_LEVEL_LABEL = /^[a-z]{2,24}$/i;

/** Whether text holds an email address (`/users/jane@doe.com/edit`), read around each `@` without a backtracking pattern. */
function containsEmail(text: string): boolean {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at === 0 || !LOCAL_PART_CHAR.test(text[at - 1])) continue;
    let end = at + 1;
    while (end < text.length && end - at <= 255 && DOMAIN_CHAR.test(text[end])) end++;
    // A sentence's full stop or a dash after the address is not part of it.
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    const labels = text.slice(at + 1, end).split('.');
    if (labels.length < 2 || labels.length > 10) continue;
    const top = labels[labels.length - 1];
    if (TOP_LEVEL_LABEL.test(top) && labels.every((l) => DOMAIN_LABEL.test(l))) return true;
  }
  return false;
}

export class UrlAnalysis {
  readonly findings: UrlFinding[] = [];
  private readonly seen = new Set<Node>();

  constructor(
    private readonly bindings: Bindings,
    private readonly classifier: ValueClassifier,
    private readonly sourceCode: SourceCode,
    private readonly options: UrlOptions,
  ) {}

  /** Whether the shared classifier already calls this value personal (what `no-pii` reports at a vendor call). */
  personalAsAWhole(node: Node): boolean {
    const v = this.classifier.judge(node);
    return v.kind === 'pii' && !v.weak;
  }

  /** A URL: a string expression, or a router's object form (`{ pathname, query }`). */
  url(node: Node): void {
    const inner = unwrap(node);
    if (inner.type === T.ObjectExpression) {
      this.route(inner);
      return;
    }
    // `cond ? \`mailto:${email}\` : '/inbox'`: each branch is a URL of its own (its scheme included).
    if (inner.type === T.ConditionalExpression) {
      this.url(inner.consequent);
      this.url(inner.alternate);
      return;
    }
    this.pieces(this.flatten(inner), true, '');
  }

  /** A page title: a string expression. */
  title(node: Node): void {
    this.pieces(this.flatten(unwrap(node)), false, '');
  }

  /** The children of a `<title>` element: text and `{expressions}`. */
  titleChildren(children: readonly TSESTree.JSXChild[]): void {
    const pieces: Piece[] = [];
    for (const child of children) {
      if (child.type === T.JSXText) pieces.push({ kind: 'text', text: child.value, node: child });
      else if (child.type === T.JSXExpressionContainer && child.expression.type !== T.JSXEmptyExpression) {
        pieces.push(...this.flatten(unwrap(child.expression)));
      }
    }
    this.pieces(pieces, false, '');
  }

  /** What `new URLSearchParams(init)` is given: an object, a list of pairs or a query string. */
  searchParamsInit(init: Node): void {
    const inner = unwrap(init);
    if (inner.type === T.ObjectExpression) this.queryObject(inner);
    else if (inner.type === T.ArrayExpression) {
      for (const element of inner.elements) {
        if (element?.type !== T.ArrayExpression || element.elements.length !== 2) continue;
        const [key, value] = element.elements;
        if (!value || value.type === T.SpreadElement) continue;
        this.entry(key ? staticString(key) : undefined, value, element, dropFix(this.sourceCode, element));
      }
    } else this.pieces(this.flatten(inner), true, '?');
  }

  /** `params.set(key, value)` / `params.append(key, value)`; `statementFix` removes the call. */
  searchParamsEntry(key: Node, value: Node, statementFix: UrlFix | undefined): void {
    this.entry(staticString(key), value, value, statementFix);
  }

  /** Every entry of an object that becomes a query string. */
  queryObject(object: TSESTree.ObjectExpression): void {
    for (const property of object.properties) {
      if (property.type !== T.Property) continue;
      this.entry(propertyName(property), property.value, property, dropFix(this.sourceCode, property));
    }
  }

  private route(object: TSESTree.ObjectExpression): void {
    for (const property of object.properties) {
      if (property.type !== T.Property) continue;
      const key = propertyName(property);
      if (key === undefined) continue;
      const value = unwrap(property.value);
      if (ROUTE_PATH_KEYS.has(key)) this.pieces(this.flatten(value), true, '');
      else if (ROUTE_QUERY_KEYS.has(key)) {
        if (value.type === T.ObjectExpression) this.queryObject(value);
        else this.pieces(this.flatten(value), true, '?');
      }
    }
  }

  /** One query entry: its value says what it is, or else its key does (`{ email: form.value }`). */
  private entry(key: string | undefined, value: Node, report: Node, fix: UrlFix | undefined): void {
    if (key !== undefined && this.options.allowedKeys.has(key)) return;
    const verdict = this.classifier.judge(value);
    const cat =
      this.strong(verdict) ??
      (verdict.kind !== 'neutral' && key !== undefined ? this.keyCategory(key) : undefined);
    if (cat) this.add({ node: report, category: cat, param: key, fix });
  }

  private pieces(pieces: readonly Piece[], isUrl: boolean, start: string): void {
    const first = pieces[0];
    // `mailto:`, `tel:`: an address written on purpose into a link that is not a page.
    if (isUrl && first?.kind === 'text' && NON_PAGE_SCHEME.test(first.text)) return;
    let sinceValue = start;
    for (const piece of pieces) {
      if (piece.kind === 'text') {
        sinceValue += piece.text;
        if (piece.text.includes('@') && containsEmail(piece.text))
          this.add({ node: piece.node, category: 'email' });
        continue;
      }
      const param = isUrl ? PARAM_BEFORE.exec(sinceValue)?.[1] : undefined;
      sinceValue = '';
      if (param !== undefined && this.options.allowedKeys.has(param)) continue;
      const verdict = this.classifier.judge(piece.node);
      const cat =
        this.strong(verdict) ??
        (param !== undefined && verdict.kind !== 'neutral' ? this.keyCategory(param) : undefined);
      if (!cat) continue;
      const fix =
        param !== undefined && piece.template
          ? dropQueryParameterFix(this.sourceCode, piece.template.literal, piece.template.index)
          : undefined;
      this.add({ node: piece.node, category: cat, param, fix });
    }
  }

  /** The pieces of a string expression, following local constants that hold templates or concatenations. */
  private flatten(node: Node, hops = 0, out: Piece[] = []): Piece[] {
    switch (node.type) {
      case T.Literal:
        if (typeof node.value === 'string') out.push({ kind: 'text', text: node.value, node });
        else out.push({ kind: 'value', node });
        return out;
      case T.TemplateLiteral:
        node.quasis.forEach((quasi, i) => {
          out.push({ kind: 'text', text: quasi.value.cooked ?? quasi.value.raw, node });
          const expression = node.expressions[i] as Node | undefined;
          if (!expression) return;
          const inner = unwrap(expression);
          if (this.followable(inner, hops)) this.flatten(inner, hops, out);
          else out.push({ kind: 'value', node: expression, template: { literal: node, index: i } });
        });
        return out;
      case T.BinaryExpression:
        if (node.operator !== '+') break;
        this.flatten(unwrap(node.left), hops, out);
        this.flatten(unwrap(node.right), hops, out);
        return out;
      case T.Identifier: {
        const init = hops < MAX_HOPS ? this.constantInit(node) : undefined;
        if (init) return this.flatten(init, hops + 1, out);
        break;
      }
      default:
        break;
    }
    out.push({ kind: 'value', node });
    return out;
  }

  /** Whether a template's inner expression is itself read piece by piece. */
  private followable(node: Node, hops: number): boolean {
    if (node.type === T.TemplateLiteral || (node.type === T.BinaryExpression && node.operator === '+'))
      return true;
    return node.type === T.Identifier && hops < MAX_HOPS && this.constantInit(node) !== undefined;
  }

  /** The string a local variable is initialised with, when that is a literal, template or concatenation. */
  private constantInit(id: TSESTree.Identifier): Node | undefined {
    const source = this.bindings.sourceOf(id);
    if (source?.kind !== 'expr' || source.path.length > 0) return undefined;
    const init = unwrap(source.expr);
    if (init.type === T.TemplateLiteral && init.expressions.length > 0) return init;
    if (init.type === T.BinaryExpression && init.operator === '+') return init;
    if (init.type === T.Literal && typeof init.value === 'string' && init.value.includes('@')) return init;
    return undefined;
  }

  private strong(verdict: Verdict): Category | undefined {
    return verdict.kind === 'pii' && !verdict.weak && this.allowed(verdict.category)
      ? verdict.category
      : undefined;
  }

  private keyCategory(key: string): Category | undefined {
    const v = nameVerdict(key, true);
    return v.kind === 'pii' && !v.weak && this.allowed(v.category) ? v.category : undefined;
  }

  /** Whole records are left to `no-pii`; IDs only with the `ids` option. */
  private allowed(cat: Category): boolean {
    if (cat === 'object' || !this.options.categories.has(cat)) return false;
    return this.options.ids || !ID_CATEGORIES.has(cat);
  }

  private add(finding: UrlFinding): void {
    if (this.seen.has(finding.node)) return;
    this.seen.add(finding.node);
    this.findings.push(finding);
  }
}
