/** Indexes over vendor data: package specifier → module, global name → value, shape references. */
import type { Member, ModuleSpec, Shape, Vendor } from './types.js';
import { isPathSpecifier } from '../util/specifiers.js';
import { vendors as builtInVendors } from './vendors/index.js';

export type { ArgRole, Member, Shape, Sink, SinkKind, Subject, Vendor } from './types.js';

export interface ModuleHit {
  readonly vendor: Vendor;
  readonly spec: ModuleSpec;
}

export interface GlobalHit {
  readonly vendor: Vendor;
  readonly member: Member;
}

export class Catalog {
  readonly vendors: readonly Vendor[];
  private readonly exact = new Map<string, ModuleHit>();
  /** `@sentry/*` → by scope (`@sentry`); `pkg/*` → by package name. */
  private readonly prefixes = new Map<string, ModuleHit>();
  private readonly globalsByName = new Map<string, GlobalHit>();
  /** The names of the vendors' browser globals (`gtag`, `_paq`, `analytics`, ...). */
  readonly globalNames: ReadonlySet<string>;

  /** Whether a declared sink is imported by a path (`./lib/analytics`) rather than a package name. */
  private readonly pathModules: boolean;

  constructor(vendors: readonly Vendor[]) {
    this.vendors = vendors;
    this.pathModules = vendors.some((v) => v.modules.some((spec) => spec.names.some(isPathSpecifier)));
    for (const vendor of vendors) {
      for (const spec of vendor.modules) {
        for (const name of spec.names) {
          if (name.endsWith('/*')) this.prefixes.set(name.slice(0, -2), { vendor, spec });
          else this.exact.set(name, { vendor, spec });
        }
      }
      for (const [name, member] of Object.entries(vendor.globals))
        this.globalsByName.set(name, { vendor, member });
    }
    this.globalNames = new Set(this.globalsByName.keys());
  }

  /** Answers of `module()`, asked for every import of every linted file: mostly the same few specifiers. */
  private readonly moduleAnswers = new Map<string, ModuleHit | null>();

  /** The vendor module a specifier imports: exact names, then its package (`posthog-js/react` → `posthog-js`), then `@scope/*`. */
  module(specifier: string): ModuleHit | undefined {
    // Relative and absolute paths (most imports of a codebase) name no package, unless a declared sink says so.
    if (!this.pathModules && isPathSpecifier(specifier)) return undefined;
    let answer = this.moduleAnswers.get(specifier);
    if (answer === undefined) {
      if (this.moduleAnswers.size >= 50_000) this.moduleAnswers.clear();
      this.moduleAnswers.set(specifier, (answer = this.lookUpModule(specifier) ?? null));
    }
    return answer ?? undefined;
  }

  private lookUpModule(specifier: string): ModuleHit | undefined {
    const hit = this.exact.get(specifier);
    if (hit) return hit;
    const first = specifier.indexOf('/');
    if (first < 0) return this.prefixes.get(specifier);
    if (specifier.startsWith('@')) {
      const second = specifier.indexOf('/', first + 1);
      const pkg = second < 0 ? specifier : specifier.slice(0, second);
      return (
        (second < 0 ? undefined : (this.exact.get(pkg) ?? this.prefixes.get(pkg))) ??
        this.prefixes.get(specifier.slice(0, first))
      );
    }
    const pkg = specifier.slice(0, first);
    return this.exact.get(pkg) ?? this.prefixes.get(pkg);
  }

  global(name: string): GlobalHit | undefined {
    return this.globalsByName.get(name);
  }

  hasGlobal(name: string): boolean {
    return this.globalsByName.has(name);
  }

  /** The shape a member stands for (named shapes are looked up in the vendor's `shapes`). */
  shape(vendor: Vendor, member: Member | undefined): Shape | undefined {
    if (member === undefined) return undefined;
    return typeof member === 'string' ? vendor.shapes[member] : member;
  }
}

let builtIn: Catalog | undefined;

/** The catalog of every built-in vendor, built once per process. */
export function builtInCatalog(): Catalog {
  builtIn ??= new Catalog(builtInVendors);
  return builtIn;
}
