/**
 * The one place where `no-pii`'s engine is put together for a module: the SDK resolver (reaching
 * into the project's other modules for vendor clients they export), the value classifier and the
 * leak analysis. The linted file and every module summarised as a wrapper are built here alike;
 * what differs between them (type information, the modules) is an argument.
 */
import type { ParserServices } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';
import type { Bindings } from '../../ast/bindings.js';
import { disabledLines } from '../../ast/disable-directives.js';
import { ContextProviders } from '../../ast/react-context.js';
import { valueClassifier } from '../../personal-data/value-classifier.js';
import { HttpSinks } from '../../sdk/http-sinks.js';
import { SinkResolver } from '../../sdk/sink-resolution.js';
import type { ResolvedSettings } from '../../settings/settings.js';
import { type ForeignModules, LeakAnalysis } from './leak-analysis.js';

export interface EngineInputs {
  /** The module's path. */
  readonly file: string;
  readonly bindings: Bindings;
  readonly settings: ResolvedSettings;
  /** The project's other modules, seen through the run's import resolver. */
  readonly modules: ForeignModules;
  /** The parser services of a lint run (type information, when it has some); absent for summarised modules. */
  readonly services?: Partial<ParserServices>;
  /** The module's text mentions a vendor's HTTP endpoint (`mentionsEndpoint`): its HTTP calls are read too. */
  readonly endpoints?: boolean;
  /** The module's text: its `eslint-disable` comments for this rule stop flows to the callers of its wrappers. */
  readonly text?: string;
  /** The module's JSX opening elements: its React context providers are read from them. */
  readonly elements?: readonly TSESTree.JSXOpeningElement[];
}

/** The rule's id as users write it in disable comments. */
const RULE_ID = 'analytics-privacy/no-pii';

export function leakAnalysis({
  file,
  bindings,
  settings,
  modules,
  services,
  endpoints,
  text,
  elements,
}: EngineInputs): {
  analysis: LeakAnalysis;
  resolver: SinkResolver;
} {
  const providers = elements && elements.length > 0 ? new ContextProviders(elements) : undefined;
  const resolver = new SinkResolver(
    settings.catalog,
    bindings,
    (specifier, imported, path, call) => modules.sdkValue(file, specifier, imported, path, call),
    providers,
  );
  const analysis = new LeakAnalysis({
    resolver,
    classifier: valueClassifier(bindings, settings.sanitizers, services),
    bindings,
    options: { allowedKeys: settings.allowedKeys, categories: settings.categories },
    file,
    foreign: modules,
    providers,
    http: endpoints ? new HttpSinks(settings.catalog, bindings) : undefined,
    disabled: text === undefined ? undefined : disabledLines(text, [RULE_ID]),
  });
  return { analysis, resolver };
}
