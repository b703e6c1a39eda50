/**
 * Finds the places a file sets a URL or a page title (see url-places.ts; the vendors' explicit page
 * views come from the catalog, see page-views.ts) and hands what they are given to UrlAnalysis.
 * Navigation is in nearly every front-end file, so this is built for cost: ESLint's selectors hand
 * the rule only the few nodes that can set a URL or a title (a typical file calls no listener at
 * all), a value that is a plain string without `@` is dropped at once, and scope analysis (Bindings)
 * and the classifier are only built, once per file, when some value is left.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import {
  BROWSER_GLOBAL_OBJECTS,
  Bindings,
  isFunctionNode,
  propertyName,
  unwrap,
  calleeName,
} from '../../ast/bindings.js';
import { removeStatement } from '../../ast/fixes.js';
import type { Catalog } from '../../catalog/index.js';
import {
  type UrlAnalysis,
  type UrlFinding,
  type UrlOptions,
  UrlAnalysis as Analysis,
} from './url-analysis.js';
import {
  HISTORY_OBJECTS,
  LINK_ATTRIBUTES,
  LOCATION_ASSIGNMENTS,
  LOCATION_OBJECTS,
  NAVIGATE_HOOKS,
  REDIRECT_FUNCTIONS,
  REQUEST_BODY_ARGUMENTS,
  REQUEST_BODY_KEYS,
  ROUTER_HOOKS,
  ROUTER_IMPORTS,
  ROUTER_METHODS,
  TITLE_ASSIGNMENTS,
  TITLE_ELEMENTS,
} from './url-places.js';
import { type PageViewKeys, type PageViewTable, mergeKeys, pageViewTable } from './page-views.js';
import { nameVerdict } from '../../personal-data/lexicon.js';
import { UNKNOWN } from '../../personal-data/verdict.js';
import { type ValueClassifier, dottedName, nameOf } from '../../personal-data/value-classifier.js';
import { hasOwnKey, ownValue } from '../../util/records.js';
import { splitWords } from '../../util/words.js';

type Node = TSESTree.Node;

/** What a report says: a URL or a title, and where it is set. */
export interface UrlSiteFinding extends UrlFinding {
  readonly what: 'url' | 'title';
  readonly sink: string;
}

/** What an imported name is: a hook returning a router or a navigate function, a redirect function, a router. */
type ImportRole = 'router-hook' | 'navigate-hook' | 'redirect' | 'router';

/**
 * Whether an expression could carry personal data: anything but a plain string without `@` (or a
 * number, a boolean...). With `byName`, a lone member read (`props.href`) whose names say nothing
 * personal is dropped too: the classifier would read it from those names alone.
 */
function worthReading(node: Node | null | undefined, byName = false): boolean {
  if (!node) return false;
  const n = unwrap(node);
  switch (n.type) {
    case T.Literal:
      return typeof n.value === 'string' && n.value.includes('@');
    case T.TemplateLiteral:
      return n.expressions.length > 0 || n.quasis.some((q) => q.value.raw.includes('@'));
    case T.MemberExpression:
      return (
        !byName ||
        n.computed ||
        n.property.type !== T.Identifier ||
        memberMayBePersonal(n.property.name, nameOf(n.object))
      );
    case T.BinaryExpression:
    case T.Identifier:
    case T.CallExpression:
    case T.ObjectExpression:
    case T.ArrayExpression:
    case T.ConditionalExpression:
    case T.LogicalExpression:
    case T.AwaitExpression:
      return true;
    default:
      return false;
  }
}

/**
 * Whether a `URLSearchParams` variable is only filled in (`set`, `append`, `delete`) and sent as a request
 * body, itself or as text (`body: params.toString()`): any other use may make it a URL.
 */
function onlyRequestBody(reads: readonly TSESTree.Identifier[]): boolean {
  let sent = false;
  for (const id of reads) {
    const member = id.parent;
    const method =
      member.type === T.MemberExpression && member.object === id ? propertyName(member) : undefined;
    const call =
      member.parent?.type === T.CallExpression && member.parent.callee === member ? member.parent : undefined;
    if (call && (method === 'set' || method === 'append' || method === 'delete' || method === 'sort'))
      continue;
    if (isRequestBody(call && method === 'toString' ? call : id)) sent = true;
    else return false;
  }
  return sent;
}

/** Whether `node` is a request body: under a body key of an options object, or a body argument. */
function isRequestBody(node: Node): boolean {
  let at: Node = node;
  while (
    at.parent &&
    (at.parent.type === T.TSAsExpression ||
      at.parent.type === T.TSNonNullExpression ||
      at.parent.type === T.TSSatisfiesExpression)
  )
    at = at.parent;
  const parent = at.parent;
  if (parent?.type === T.Property && parent.value === at && parent.parent.type === T.ObjectExpression) {
    const key = propertyName(parent);
    return key !== undefined && REQUEST_BODY_KEYS.has(key);
  }
  if (parent?.type !== T.CallExpression || parent.callee === at) return false;
  const callee = unwrap(parent.callee);
  const method = callee.type === T.MemberExpression ? propertyName(callee) : undefined;
  const index = method === undefined ? undefined : ownValue(REQUEST_BODY_ARGUMENTS, method);
  return index !== undefined && parent.arguments[index] === at;
}

/** `x.href`: personal only if its own name says so, or it is part of an address or a position (`home.line1`). */
function memberMayBePersonal(key: string, owner: string | undefined): boolean {
  const own = nameVerdict(key);
  if (own.kind !== 'unknown') return own.kind !== 'neutral';
  const whole = owner === undefined ? UNKNOWN : nameVerdict(owner);
  return whole.kind === 'pii' && (whole.category === 'address' || whole.category === 'location');
}

/**
 * The calls that navigate or set a URL: `location.assign/replace`, `window.open`, `history.pushState/replaceState`,
 * `this.$router.push`, `url.searchParams.set/append`; array `push` and string `replace` never reach the rule.
 */
const NAVIGATION_CALLS = [
  '[callee.property.name=/^(?:open|pushState|replaceState)$/]',
  '[callee.property.name=/^(?:assign|replace|push|set|append)$/]' +
    '[callee.object.property.name=/^(?:\\$router|searchParams|location)$/]',
  '[callee.property.name=/^(?:assign|replace|push)$/][callee.object.name=/^(?:location)$/]',
];

// The selectors of the other places the rule reads (ESLint calls the rule only on nodes they match).
/** Imports of a router, whose hooks and functions navigate. */
const ROUTER_IMPORT = 'ImportDeclaration[source.value=/^(?:next|vue-router|react-router|@remix-run)/]';
/** `new URLSearchParams(...)`. */
const SEARCH_PARAMS = 'NewExpression[callee.name="URLSearchParams"]';
/** `x.href = url`, `location = url`, `document.title = t`. */
const URL_ASSIGNMENT = [
  'AssignmentExpression:matches(',
  '[left.property.name=/^(?:href|location|title|search|pathname|hash)$/], ',
  '[left.name="location"])',
].join('');
/** `<a href>`, `<Link to>`, a `title` attribute. */
const LINK_ATTRIBUTE = 'JSXAttribute[name.name=/^(?:href|to|title)$/]';
/** `<title>...</title>`. */
const TITLE_ELEMENT = 'JSXElement[openingElement.name.name="title"]';
/** Next.js `export const metadata = { title }`, `export function generateMetadata()`. */
const NEXT_METADATA = [
  'ExportNamedDeclaration > FunctionDeclaration[id.name="generateMetadata"], ',
  'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator[id.name=/^(?:metadata|generateMetadata)$/][init]',
].join('');

const callSelectors = new WeakMap<PageViewTable, string>();

/** The selector of every call the rule reads: navigation, and the page views of the catalog (`gtag`, `*.page`, `dataLayer.push`...). */
function callSelector(pageViews: PageViewTable): string {
  let selector = callSelectors.get(pageViews);
  if (selector === undefined)
    callSelectors.set(
      pageViews,
      (selector = `CallExpression:matches(${[...NAVIGATION_CALLS, ...pageViews.selectors].join(', ')})`),
    );
  return selector;
}

function isModuleOf(
  table: Readonly<Record<string, readonly string[]>>,
  source: string,
  imported: string,
): boolean {
  return ownValue(table, source)?.includes(imported) === true;
}

export class UrlSites {
  private bindings?: Bindings;
  private analysis?: UrlAnalysis;
  private readonly pageViews: PageViewTable;

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly report: (finding: UrlSiteFinding) => void,
    private readonly makeClassifier: (bindings: Bindings) => ValueClassifier,
    private readonly options: UrlOptions,
    /** With type information a member's declared type may say more than its name: no shortcut by name. */
    private readonly typed: boolean,
    /** The vendors whose explicit page views (`pageViews`) are read. */
    catalog: Catalog,
  ) {
    this.pageViews = pageViewTable(catalog);
  }

  /** A whole URL or title (no query parameter around it) worth reading. */
  private worth(node: Node): boolean {
    return worthReading(node, !this.typed);
  }

  /**
   * The listeners, on selectors narrow enough that most files never call them: ESLint matches the
   * node types and names, this rule only sees the few nodes that could set a URL or a title. Calls
   * through routers, navigate functions and redirects are found from their imports' references, so
   * no listener runs on every call.
   */
  listeners(): TSESLint.RuleListener {
    return {
      [ROUTER_IMPORT]: (node: TSESTree.ImportDeclaration) => this.importDeclaration(node),
      [callSelector(this.pageViews)]: (node: TSESTree.CallExpression) => this.call(node),
      [SEARCH_PARAMS]: (node: TSESTree.NewExpression) => this.newExpression(node),
      [URL_ASSIGNMENT]: (node: TSESTree.AssignmentExpression) => this.assignmentExpression(node),
      [LINK_ATTRIBUTE]: (node: TSESTree.JSXAttribute) => this.jsxAttribute(node),
      [TITLE_ELEMENT]: (node: TSESTree.JSXElement) => this.jsxElement(node),
      [NEXT_METADATA]: (node: TSESTree.FunctionDeclaration | TSESTree.VariableDeclarator) =>
        this.metadataTitles(node.type === T.VariableDeclarator ? (node.init as Node) : node),
    };
  }

  private importDeclaration(node: TSESTree.ImportDeclaration): void {
    const source = node.source.value;
    if (!(
      hasOwnKey(ROUTER_HOOKS, source) ||
      hasOwnKey(NAVIGATE_HOOKS, source) ||
      hasOwnKey(REDIRECT_FUNCTIONS, source) ||
      hasOwnKey(ROUTER_IMPORTS, source)
    ))
      return;
    for (const spec of node.specifiers) {
      const imported =
        spec.type === T.ImportDefaultSpecifier
          ? 'default'
          : spec.type === T.ImportSpecifier
            ? spec.imported.type === T.Identifier
              ? spec.imported.name
              : spec.imported.value
            : undefined;
      if (imported === undefined) continue;
      const role: ImportRole | undefined = isModuleOf(ROUTER_HOOKS, source, imported)
        ? 'router-hook'
        : isModuleOf(NAVIGATE_HOOKS, source, imported)
          ? 'navigate-hook'
          : isModuleOf(REDIRECT_FUNCTIONS, source, imported)
            ? 'redirect'
            : isModuleOf(ROUTER_IMPORTS, source, imported)
              ? 'router'
              : undefined;
      if (role) this.importedCalls(spec, role);
    }
  }

  private newExpression(node: TSESTree.NewExpression): void {
    if (calleeName(node.callee) !== 'URLSearchParams') return;
    const parent = node.parent;
    // A form-encoded request body (`fetch(url, { method: 'POST', body: params })`) is no URL.
    if (
      parent.type === T.VariableDeclarator && parent.id.type === T.Identifier && parent.init === node
        ? onlyRequestBody(this.reads(parent))
        : isRequestBody(node)
    )
      return;
    if (worthReading(node.arguments[0]))
      this.read('url', 'URLSearchParams', (a) => a.searchParamsInit(node.arguments[0]));
    if (parent.type !== T.VariableDeclarator || parent.id.type !== T.Identifier) return;
    // `params.set(key, value)` on a `const params = new URLSearchParams(...)`
    for (const id of this.reads(parent)) {
      const member = id.parent;
      const method =
        member.type === T.MemberExpression && member.object === id ? propertyName(member) : undefined;
      if (
        (method === 'set' || method === 'append') &&
        member.parent?.type === T.CallExpression &&
        member.parent.callee === member
      )
        this.searchParamsCall(member.parent, id, method);
    }
  }

  private assignmentExpression(node: TSESTree.AssignmentExpression): void {
    const left = node.left;
    if (
      left.type === T.Identifier
        ? left.name === 'location'
        : left.type === T.MemberExpression && isUrlOrTitleKey(left)
    ) {
      if (this.worth(node.right)) this.assignment(node);
    }
  }

  private jsxAttribute(node: TSESTree.JSXAttribute): void {
    if (node.name.type !== T.JSXIdentifier) return;
    const attr = node.name.name;
    if (attr !== 'href' && attr !== 'to' && attr !== 'title') return;
    const value = node.value;
    if (!value) return;
    if (
      value.type === T.Literal
        ? !worthReading(value)
        : value.type !== T.JSXExpressionContainer ||
          value.expression.type === T.JSXEmptyExpression ||
          !this.worth(value.expression)
    )
      return;
    const element = elementName(node.parent);
    if (element === undefined) return;
    if (
      attr === 'title'
        ? TITLE_ELEMENTS.has(element)
        : ownValue(LINK_ATTRIBUTES, element)?.split('|').includes(attr) === true
    )
      this.attribute(node);
  }

  private jsxElement(node: TSESTree.JSXElement): void {
    const name = node.openingElement.name;
    if (name.type !== T.JSXIdentifier || name.name !== 'title') return;
    if (
      node.children.some((c) =>
        c.type === T.JSXExpressionContainer
          ? c.expression.type !== T.JSXEmptyExpression
          : c.type === T.JSXText && c.value.includes('@'),
      )
    ) {
      this.read('title', '<title>', (a) => a.titleChildren(node.children));
    }
  }

  private engine(): UrlAnalysis {
    if (!this.analysis) {
      const bindings = this.scope();
      this.analysis = new Analysis(bindings, this.makeClassifier(bindings), this.sourceCode, this.options);
    }
    return this.analysis;
  }

  private scope(): Bindings {
    return (this.bindings ??= new Bindings(this.sourceCode.scopeManager as TSESLint.Scope.ScopeManager));
  }

  /** Runs one reading and labels what it found. */
  private read(what: 'url' | 'title', sink: string, reading: (analysis: UrlAnalysis) => void): void {
    const analysis = this.engine();
    const before = analysis.findings.length;
    reading(analysis);
    for (const finding of analysis.findings.slice(before)) this.report({ ...finding, what, sink });
  }

  /** The variables a declaration or import binds. */
  private declared(node: Node): readonly TSESLint.Scope.Variable[] {
    return (this.sourceCode.scopeManager as TSESLint.Scope.ScopeManager).getDeclaredVariables(node);
  }

  /** Every read of the names `node` declares, as the identifiers of the reads. */
  private reads(node: Node): TSESTree.Identifier[] {
    const out: TSESTree.Identifier[] = [];
    for (const variable of this.declared(node))
      for (const ref of variable.references)
        if (ref.isRead()) out.push(ref.identifier as TSESTree.Identifier);
    return out;
  }

  /** Calls made through an import: `redirect(url)`, `Router.push(url)`, `useRouter()` / `useNavigate()` and what they return. */
  private importedCalls(spec: TSESTree.ImportClause, role: ImportRole): void {
    for (const id of this.reads(spec)) {
      if (role === 'redirect') {
        if (id.parent.type === T.CallExpression && id.parent.callee === id)
          this.urlArgument(id.parent, 0, 'redirect()');
      } else if (role === 'router') this.routerMethodCall(id);
      else if (id.parent.type === T.CallExpression && id.parent.callee === id)
        this.hookResult(id.parent, role);
    }
  }

  /** What a router or navigate hook returns, followed to its calls. */
  private hookResult(call: TSESTree.CallExpression, role: 'router-hook' | 'navigate-hook'): void {
    const parent = call.parent;
    if (role === 'router-hook' && parent.type === T.MemberExpression && parent.object === call) {
      // `useRouter().push(url)`
      this.routerMethodCall(call);
      return;
    }
    if (parent.type !== T.VariableDeclarator || parent.init !== call) return;
    if (parent.id.type === T.Identifier) {
      for (const id of this.reads(parent)) {
        if (role === 'router-hook') this.routerMethodCall(id);
        else if (id.parent.type === T.CallExpression && id.parent.callee === id)
          this.urlArgument(id.parent, 0, 'navigate()');
      }
    } else if (parent.id.type === T.ObjectPattern && role === 'router-hook') {
      // `const { push } = useRouter()`
      for (const variable of this.declared(parent)) {
        const def = variable.defs[0]?.name;
        const key =
          def?.parent.type === T.Property && def.parent.value === def ? propertyName(def.parent) : undefined;
        if (key === undefined || !ROUTER_METHODS.has(key)) continue;
        for (const ref of variable.references) {
          const id = ref.identifier as TSESTree.Identifier;
          if (ref.isRead() && id.parent.type === T.CallExpression && id.parent.callee === id)
            this.urlArgument(id.parent, 0, `router.${key}()`);
        }
      }
    }
  }

  /** `router.push(url)` / `router.replace(url)` where `router` is `node`. */
  private routerMethodCall(node: Node): void {
    const member = node.parent;
    if (member?.type !== T.MemberExpression || member.object !== node) return;
    const method = propertyName(member);
    if (
      method !== undefined &&
      ROUTER_METHODS.has(method) &&
      member.parent.type === T.CallExpression &&
      member.parent.callee === member
    ) {
      this.urlArgument(member.parent, 0, `router.${method}()`);
    }
  }

  /** Whether the chain `node` starts at a global (`location`, `window`), not at a local of that name. */
  private isGlobal(node: Node): boolean {
    let n = unwrap(node);
    while (n.type === T.MemberExpression) n = unwrap(n.object);
    return n.type === T.Identifier && this.scope().sourceOf(n)?.kind === 'global';
  }

  private call(call: TSESTree.CallExpression): void {
    const callee = call.callee;
    if (callee.type === T.Identifier) {
      const view = this.pageViews.functions.get(callee.name);
      if (view) this.pageView(call, view);
      return;
    }
    if (callee.type !== T.MemberExpression || callee.property.type !== T.Identifier) return;
    const method = callee.property.name;
    const object = unwrap(callee.object);
    const view = this.pageViewCall(method, object);
    if (view) return this.pageView(call, view);
    switch (method) {
      case 'assign':
      case 'replace':
        if (this.isLocation(object)) return this.urlArgument(call, 0, `location.${method}()`);
        if (method === 'replace') return this.routerCall(call, object, method);
        return;
      case 'open':
        if (BROWSER_GLOBAL_OBJECTS.has(dottedName(object) ?? '') && this.isGlobal(object))
          this.urlArgument(call, 0, 'window.open()');
        return;
      case 'pushState':
      case 'replaceState': {
        const dotted = dottedName(object);
        if (dotted !== undefined && HISTORY_OBJECTS.has(dotted) && this.isGlobal(object))
          this.urlArgument(call, 2, `history.${method}()`);
        return;
      }
      case 'push':
        return this.routerCall(call, object, method);
      case 'set':
      case 'append':
        return this.searchParamsCall(call, object, method);
      default:
        return;
    }
  }

  private isLocation(object: Node): boolean {
    const dotted = dottedName(object);
    return dotted !== undefined && LOCATION_OBJECTS.has(dotted) && this.isGlobal(object);
  }

  private urlArgument(call: TSESTree.CallExpression, index: number, sink: string): void {
    const arg = call.arguments[index];
    if (arg && arg.type !== T.SpreadElement && this.worth(arg)) this.read('url', sink, (a) => a.url(arg));
  }

  /** Vue's `this.$router.push(url)`. */
  private routerCall(call: TSESTree.CallExpression, object: Node, method: string): void {
    if (object.type === T.MemberExpression && propertyName(object) === '$router')
      this.urlArgument(call, 0, `router.${method}()`);
  }

  private searchParamsCall(call: TSESTree.CallExpression, object: Node, method: string): void {
    const [key, value] = call.arguments;
    if (!key || !value || key.type === T.SpreadElement || value.type === T.SpreadElement) return;
    const isParams =
      object.type === T.Identifier ||
      (object.type === T.MemberExpression && propertyName(object) === 'searchParams');
    if (!isParams || !worthReading(value)) return;
    const statement = call.parent.type === T.ExpressionStatement ? call.parent : undefined;
    const fix = statement ? removeStatement(this.sourceCode, statement) : undefined;
    this.read('url', `URLSearchParams.${method}()`, (a) => a.searchParamsEntry(key, value, fix));
  }

  /**
   * The page view a method call records, from the catalog: `dataLayer.push` / `window.dataLayer.push` (a
   * global object's method), `window.gtag` (a global function), `analytics.page`, `window.analytics.page`,
   * `rudderClient.page`, `posthog.capture` (a client known by a word of its name).
   */
  private pageViewCall(method: string, object: Node): PageViewKeys | undefined {
    const byObject = this.pageViews.objectMethods.get(method);
    if (byObject) {
      const name =
        object.type === T.Identifier
          ? object.name
          : object.type === T.MemberExpression
            ? propertyName(object)
            : undefined;
      const view = name === undefined ? undefined : byObject.get(name);
      if (view) return view;
    }
    const fn = this.pageViews.functions.get(method);
    if (fn && BROWSER_GLOBAL_OBJECTS.has(dottedName(object) ?? '')) return fn;
    const byWord = this.pageViews.clientMethods.get(method);
    return byWord && clientPageView(object, byWord);
  }

  /**
   * URL and title properties of an explicit page view. A value the shared classifier calls personal
   * is `no-pii`'s report (it reaches the vendor call); this rule adds what only a reading of the URL
   * finds: a query parameter's name (`?email=${v}`) and an address written inside the URL.
   */
  private pageView(call: TSESTree.CallExpression, { urlKeys, titleKeys, sink }: PageViewKeys): void {
    for (const arg of call.arguments) {
      const object = unwrap(arg);
      if (object.type !== T.ObjectExpression) continue;
      for (const property of object.properties) {
        if (property.type !== T.Property) continue;
        const key = propertyName(property);
        if (key === undefined) continue;
        const isUrl = urlKeys.has(key);
        if ((!isUrl && !titleKeys.has(key)) || !this.worth(property.value)) continue;
        const label = `${sink} ${key}`;
        this.read(isUrl ? 'url' : 'title', label, (a) => {
          if (a.personalAsAWhole(property.value)) return;
          if (isUrl) a.url(property.value);
          else a.title(property.value);
        });
      }
    }
  }

  private assignment(node: TSESTree.AssignmentExpression): void {
    const left = node.left;
    const dotted = dottedName(left);
    if (dotted === undefined || !this.isGlobal(left)) return;
    if (LOCATION_ASSIGNMENTS.has(dotted)) this.read('url', dotted, (a) => a.url(node.right));
    else if (TITLE_ASSIGNMENTS.has(dotted)) this.read('title', dotted, (a) => a.title(node.right));
  }

  private attribute(node: TSESTree.JSXAttribute): void {
    const value = node.value;
    const expr = value?.type === T.JSXExpressionContainer ? value.expression : value;
    if (!expr || expr.type === T.JSXEmptyExpression) return;
    const attr = node.name.name as string;
    const sink = `<${elementName(node.parent) ?? ''} ${attr}>`;
    if (attr === 'title') this.read('title', sink, (a) => a.title(expr));
    else this.read('url', sink, (a) => a.url(expr));
  }

  private metadataTitles(node: Node): void {
    const objects: TSESTree.ObjectExpression[] = [];
    const inner = unwrap(node);
    if (inner.type === T.ObjectExpression) objects.push(inner);
    else if (isFunctionNode(inner)) {
      if (inner.body.type !== T.BlockStatement) {
        const body = unwrap(inner.body);
        if (body.type === T.ObjectExpression) objects.push(body);
      } else returnedObjects(inner.body, objects);
    }
    for (const object of objects) {
      for (const property of object.properties) {
        if (property.type !== T.Property || propertyName(property) !== 'title') continue;
        const value = unwrap(property.value);
        const titles =
          value.type === T.ObjectExpression
            ? value.properties
                .filter(
                  (p): p is TSESTree.Property =>
                    p.type === T.Property &&
                    (propertyName(p) === 'default' || propertyName(p) === 'absolute'),
                )
                .map((p) => p.value)
            : [value];
        for (const title of titles)
          if (this.worth(title)) this.read('title', 'metadata title', (a) => a.title(title));
      }
    }
  }
}

/** The page view of a client method by the words of the receiver's name (its last part: `window.analytics` → `analytics`). */
function clientPageView(object: Node, byWord: ReadonlyMap<string, PageViewKeys>): PageViewKeys | undefined {
  const dotted = dottedName(object);
  if (dotted === undefined) return undefined;
  const last = dotted.slice(dotted.lastIndexOf('.') + 1);
  let found: PageViewKeys | undefined;
  for (const word of splitWords(last)) {
    const keys = byWord.get(word);
    if (keys && keys !== found) found = found ? mergeKeys(found, keys) : keys;
  }
  return found;
}

/** `location.href`, `document.title`, `window.location`: a member whose key can set a URL or title. */
function isUrlOrTitleKey(left: TSESTree.MemberExpression): boolean {
  const key = left.computed
    ? undefined
    : left.property.type === T.Identifier
      ? left.property.name
      : undefined;
  return (
    key === 'href' ||
    key === 'location' ||
    key === 'title' ||
    key === 'search' ||
    key === 'pathname' ||
    key === 'hash'
  );
}

function elementName(opening: TSESTree.JSXOpeningElement): string | undefined {
  const name = opening.name;
  if (name.type === T.JSXIdentifier) return name.name;
  if (name.type === T.JSXMemberExpression) return name.property.name;
  return undefined;
}

/** The object literals a function body returns (not those of functions nested in it). */
function returnedObjects(node: Node, out: TSESTree.ObjectExpression[], depth = 0): void {
  if (depth > 12) return;
  if (node.type === T.ReturnStatement) {
    const arg = node.argument && unwrap(node.argument);
    if (arg?.type === T.ObjectExpression) out.push(arg);
    else if (arg?.type === T.AwaitExpression && unwrap(arg.argument).type === T.ObjectExpression)
      out.push(unwrap(arg.argument) as TSESTree.ObjectExpression);
    return;
  }
  const children: Node[] = [];
  switch (node.type) {
    case T.BlockStatement:
      children.push(...node.body);
      break;
    case T.IfStatement:
      children.push(node.consequent);
      if (node.alternate) children.push(node.alternate);
      break;
    case T.TryStatement:
      children.push(node.block);
      if (node.handler) children.push(node.handler.body);
      if (node.finalizer) children.push(node.finalizer);
      break;
    case T.SwitchStatement:
      for (const c of node.cases) children.push(...c.consequent);
      break;
    default:
      break;
  }
  for (const child of children) returnedObjects(child, out, depth + 1);
}
