/**
 * `no-pii` on one linted file: the early exit (no vendor in reach: no listeners at all), the nodes
 * collected while ESLint walks the tree, the analysis at `Program:exit`, and each leak turned into a
 * report with its suggestions. `rules/no-pii.ts` holds the rule's meta and hands its context here.
 */
import type { Finding } from '../../util/create-rule.js';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { Bindings } from '../../ast/bindings.js';
import { dropFix } from '../../ast/fixes.js';
import { moduleParsingFor } from '../../ast/parsers.js';
import { typeServices } from '../../ast/type-services.js';
import { CATEGORIES, IDENTIFIER_CATEGORIES, type SpecialKind } from '../../personal-data/categories.js';
import { specialKind } from '../../personal-data/special-category.js';
import { nameOf } from '../../personal-data/value-classifier.js';
import { argumentsLookPersonal } from '../../personal-data/looks-personal.js';
import { checkerImportResolver } from '../../project/checker-resolution.js';
import { projectImportResolver } from '../../project/import-resolution.js';
import { ownImportSpecifiers, someCallThroughOwnImports } from '../../project/own-imports.js';
import { mentionsEndpoint } from '../../sdk/http-sinks.js';
import { projectIndex } from '../../sdk/module-text.js';
import { filePresence } from '../../sdk/vendor-presence.js';
import { isPathSpecifier } from '../../util/specifiers.js';
import { type ResolvedSettings, readSettings } from '../../settings/settings.js';
import { leakAnalysis } from './engine.js';
import type { Leak } from './leak-analysis.js';
import { wrapperName } from './wrapper-name.js';
import { pseudonymizeFix, sha256Fix } from './pseudonymize-fix.js';
import { projectModules } from './wrapper-summaries.js';

export type NoPiiMessageId =
  | 'leak'
  | 'leakThrough'
  | 'identityArgument'
  | 'adMatching'
  | 'specialCategory'
  | 'drop'
  | 'dropConfigureHelper'
  | 'pseudonymize'
  | 'hashSha256';

type Context = Readonly<TSESLint.RuleContext<NoPiiMessageId, []>>;

/** What the rule reports. */
export type NoPiiFinding = Finding<NoPiiMessageId>;

/** Text that may inject an instance of a class named only by a type-only import (NestJS, Angular). */
const INJECTION = /\bconstructor\s*\(|\binject\s*\(|@Inject\s*\(/;

/** How many of the project's other modules one linted file may read to learn whether its imports reach a vendor. */
const FILES_READ_PER_LINTED_FILE = 20;

/**
 * The listeners of `no-pii` for the file of `context` (none when nothing in it can reach a vendor);
 * each leak found is handed to `report`.
 */
export function analyseFile(
  context: Context,
  report: (finding: NoPiiFinding) => void,
): TSESLint.RuleListener {
  const settings = readSettings(context.settings);
  const sourceCode = context.sourceCode;
  const scopeManager = sourceCode.scopeManager;
  if (!scopeManager) return {};
  const file = context.physicalFilename;
  // In a typed run, imports the paths cannot explain are resolved through the program.
  const typed = typeServices(sourceCode.parserServices);
  // The project's other JavaScript modules are parsed like this file: with typescript-estree when
  // typescript-eslint parsed it, else with espree (no TypeScript loaded for a JavaScript project).
  const parsing = moduleParsingFor(file, sourceCode.parserServices);
  const modules = projectModules(settings).view(
    projectImportResolver(typed && checkerImportResolver(typed.program)),
    parsing,
  );
  // The early exit: a file that imports, requires or loads no vendor and touches no vendor global
  // gets no listeners at all, unless a call through one of its own imports passes personal-looking
  // data to a module that may reach a vendor (decided here, from the scope manager and the text of
  // those modules, so that no listener runs on every call of every file).
  // A vendor's HTTP endpoint called without the SDK counts as touching the vendor.
  const endpoints = mentionsEndpoint(sourceCode.text, settings.catalog);
  const budget = { left: FILES_READ_PER_LINTED_FILE };
  // In an editor the linted file may have changed since the index read it: what depends on it is redone.
  projectIndex(settings).revalidate(file, sourceCode.text, modules.resolve);
  // A package import is followed only when it resolves into the project (tsconfig paths, workspaces, `#imports`).
  let ownSpecifiers: Set<string> | undefined;
  const own = () =>
    (ownSpecifiers ??= ownImportSpecifiers(
      sourceCode.ast,
      settings.catalog,
      (specifier) => modules.resolve(file, specifier) !== undefined,
      INJECTION.test(sourceCode.text),
    ));
  if (!filePresence(sourceCode, settings.catalog).touchesVendor && !endpoints) {
    // Imports the project index already knows to reach no vendor: the file is done without a look at
    // its scopes or calls (a long-lived process, and every file after the first few of a project).
    const specifiers = own();
    if ([...specifiers].every((specifier) => modules.knownNotToReach(file, specifier))) return {};
    // The index answers for each own import (each module is read once per process): a file none of
    // whose imports reach a vendor is done before its scopes are looked at.
    const reaching = new Set(
      [...specifiers].filter((specifier) => modules.specifierReachesVendor(file, specifier, budget)),
    );
    if (reaching.size === 0) return {};
    if (!wrapperCallLooksPersonal(sourceCode.ast, scopeManager, settings, specifiers, reaching)) return {};
  }

  const calls: (TSESTree.CallExpression | TSESTree.NewExpression)[] = [];
  const assignments: TSESTree.AssignmentExpression[] = [];
  const elements: TSESTree.JSXOpeningElement[] = [];
  return {
    CallExpression: (node) => void calls.push(node),
    NewExpression: (node) => void calls.push(node),
    AssignmentExpression: (node) => {
      if (node.left.type === T.MemberExpression) assignments.push(node);
    },
    // Provider components of SDKs (`<StatsigProvider user={...}>`), and React context providers (the values
    // `useContext` reads); only files that get listeners get here.
    JSXOpeningElement: (node) => void elements.push(node),
    'Program:exit': () => {
      const bindings = new Bindings(scopeManager);
      // JSX elements are sinks only of vendors whose SDK has elements: looked at only where one is in reach.
      const elementsInReach =
        elements.length > 0 &&
        (projectIndex(settings).scan(file, sourceCode.text).elements ||
          [...own()].some((specifier) =>
            modules.specifierReachesVendor(file, specifier, budget, 'elements'),
          ));
      const { analysis } = leakAnalysis({
        file,
        bindings,
        settings,
        modules,
        services: sourceCode.parserServices,
        endpoints,
        text: sourceCode.text,
        elements,
      });
      analysis.run(calls, assignments, elementsInReach ? elements : []);
      for (const leak of analysis.leaks) report(leakFinding(context, settings, leak));
    },
  };
}

/**
 * The cross-file trigger: a call through one of the file's own imports (`own`) passes personal-looking
 * data, and its module is one of those the project index says may reach a vendor (`reaching`).
 */
function wrapperCallLooksPersonal(
  program: TSESTree.Program,
  scopeManager: TSESLint.Scope.ScopeManager,
  settings: ResolvedSettings,
  own: ReadonlySet<string>,
  reaching: ReadonlySet<string>,
): boolean {
  const mayReach = (specifier: string): boolean => reaching.has(specifier);
  return someCallThroughOwnImports(
    program,
    scopeManager,
    settings.catalog,
    (call, specifier) => {
      // `new PostHog()` of a vendor class that a workspace package re-exports (`@acme/analytics/server`):
      // the file may be the app's wrapper. Instances of the app's own classes are followed to their calls.
      const vendorClass = call.type === T.NewExpression && !isPathSpecifier(specifier);
      return (vendorClass || argumentsLookPersonal(call)) && mayReach(specifier);
    },
    (specifier) => own.has(specifier),
    mayReach,
  );
}

/**
 * A leak as ESLint reports it: the message, and the suggestions to pseudonymize (with the configured
 * helper), hash (identity matching for ads, where Node's crypto can be loaded) or drop the value. An
 * identity argument is never dropped (see {@link isPositionalIdentity}); its message says so.
 */
function leakFinding(context: Context, settings: ResolvedSettings, leak: Leak): NoPiiFinding {
  const { sourceCode } = context;
  // Special-category data is named by its kind where the names say which (`health data`).
  const kind = leak.category === 'special-category' ? specialKindOf(leak.node) : undefined;
  const data = { category: kind ?? CATEGORIES[leak.category], vendor: leak.vendor.name, method: leak.label };
  const suggest: TSESLint.SuggestionReportDescriptor<NoPiiMessageId>[] = [];
  const helper = settings.pseudonymize;
  const wrap =
    helper && leak.category !== 'object' ? pseudonymizeFix(sourceCode, leak.node, helper) : undefined;
  if (wrap && helper)
    suggest.push({ messageId: 'pseudonymize', data: { ...data, helper: helper.name }, fix: wrap });
  const hash =
    !helper && leak.matching && leak.category !== 'object' ? sha256Fix(sourceCode, leak.node) : undefined;
  if (hash) suggest.push({ messageId: 'hashSha256', data, fix: hash });
  const identity = isPositionalIdentity(leak);
  const drop = identity ? undefined : dropFix(sourceCode, leak.node);
  if (drop) {
    const hint = !helper && IDENTIFIER_CATEGORIES.has(leak.category);
    suggest.push({ messageId: hint ? 'dropConfigureHelper' : 'drop', data, fix: drop });
  }
  const wrapper =
    leak.via && !leak.matching ? wrapperName(leak.via, context.physicalFilename, data) : undefined;
  if (wrapper !== undefined)
    return { node: leak.node, messageId: 'leakThrough', data: { ...data, wrapper }, suggest };
  const messageId = leak.matching
    ? 'adMatching'
    : identity
      ? 'identityArgument'
      : kind
        ? 'specialCategory'
        : 'leak';
  return { node: leak.node, messageId, data: kind ? { ...data, kind } : data, suggest };
}

/** Which special-category data a reported node carries, by the names on it (`{ diagnosis: d }`: health). */
function specialKindOf(node: TSESTree.Node): SpecialKind | undefined {
  const names: (string | undefined)[] = [];
  if (node.type === T.Property) {
    names.push(
      node.key.type === T.Identifier
        ? node.key.name
        : node.key.type === T.Literal
          ? String(node.key.value)
          : undefined,
    );
    names.push(nameOf(node.value));
  } else if (node.type === T.AssignmentExpression) {
    names.push(nameOf(node.left), nameOf(node.right));
  } else names.push(nameOf(node));
  // `allergyIntolerance.reaction`: the record it is part of says which.
  let value: TSESTree.Node | undefined = node.type === T.Property ? node.value : node;
  for (let i = 0; i < 4 && value?.type === T.MemberExpression; i++) {
    value = value.object;
    names.push(nameOf(value));
  }
  for (const name of names) {
    const kind = name === undefined ? undefined : specialKind(name);
    if (kind) return kind;
  }
  return undefined;
}

/**
 * An argument the sink reads as an identity (`user-id`, `org-id`) that cannot be dropped without
 * changing what the call means: one followed by other arguments (dropping shifts them, blanking it
 * sends `undefined` as the identity: `identify(undefined, traits)`), or any identity argument of an
 * identity call (`identify()` is another call, `group('company')` an incomplete one). Properties,
 * spreads and array elements can still be dropped; so can a trailing identity of other calls
 * (`init(key, user.id)` becomes `init(key)`). Decided from the catalog's roles, not from vendors.
 */
function isPositionalIdentity(leak: Leak): boolean {
  const call = leak.node.parent;
  if (!leak.identity || (call?.type !== T.CallExpression && call?.type !== T.NewExpression)) return false;
  const index = call.arguments.indexOf(leak.node as TSESTree.CallExpressionArgument);
  return index >= 0 && (index < call.arguments.length - 1 || leak.kind === 'identity');
}
