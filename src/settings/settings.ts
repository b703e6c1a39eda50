/**
 * `settings['analytics-privacy']`: one block shared by every rule, validated once per distinct
 * settings object, with errors that name the setting.
 */
import { CATEGORY_IDS, type Category } from '../personal-data/categories.js';
import { Catalog, builtInCatalog } from '../catalog/index.js';
import type { ArgRole, Shape, Sink, SinkKind, Vendor } from '../catalog/types.js';
import { eventProps, message, orgId, orgProps, userId, userProps } from '../catalog/dsl.js';
import { type JsonSchema, validate } from '../util/json-schema.js';

const SETTINGS_KEY = 'analytics-privacy';

const ROLE_NAMES = {
  'user-id': userId,
  'org-id': orgId,
  'user-props': userProps,
  'org-props': orgProps,
  'event-props': eventProps,
  message,
} as const satisfies Record<string, ArgRole>;
type RoleName = keyof typeof ROLE_NAMES;

const IDENTIFIER = '^[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*$';

export const settingsSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    sinks: {
      type: 'array',
      description:
        'Extra sinks: functions of your own or of a package outside the catalog that send data to a vendor.',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          module: { type: 'string', minLength: 1, description: 'Package or path the sink is imported from.' },
          global: {
            type: 'string',
            minLength: 1,
            description: 'Browser global the sink hangs off (instead of module).',
          },
          export: {
            type: 'string',
            minLength: 1,
            description: 'Dotted path from the module (default export: "default") or global to the function.',
          },
          vendor: { type: 'string', minLength: 1, description: 'Name shown in messages.' },
          kind: { type: 'string', enum: ['identity', 'profile', 'context', 'event', 'log', 'init', 'flag'] },
          args: {
            type: 'object',
            description: 'Argument index → role.',
            propertyNames: { pattern: '^\\d+$' },
            additionalProperties: { type: 'string', enum: Object.keys(ROLE_NAMES) },
          },
        },
        required: ['args'],
      },
    },
    sanitizers: {
      type: 'array',
      description: 'Functions whose result is pseudonymised (bare or dotted names).',
      items: { type: 'string', minLength: 1 },
    },
    pseudonymize: {
      type: 'object',
      additionalProperties: false,
      description: 'The helper the "pseudonymize" suggestion wraps values with.',
      properties: {
        name: { type: 'string', minLength: 1 },
        source: {
          type: 'string',
          minLength: 1,
          description: 'Module to import it from; the suggestion adds the import.',
        },
        importKind: { type: 'string', enum: ['named', 'default'] },
      },
      required: ['name'],
    },
    allowedKeys: {
      type: 'array',
      description: 'Property keys never reported.',
      items: { type: 'string', minLength: 1 },
    },
    ignoreModules: {
      type: 'array',
      description:
        'Modules of your own never followed as wrappers: import specifiers as written, or absolute file paths.',
      items: { type: 'string', minLength: 1 },
    },
    categories: {
      type: 'object',
      description: 'Turn categories off (false) or on (true).',
      additionalProperties: false,
      properties: Object.fromEntries(CATEGORY_IDS.map((c) => [c, { type: 'boolean' }])),
    },
  },
};

export interface Pseudonymizer {
  readonly name: string;
  readonly source?: string;
  readonly importKind: 'named' | 'default';
}

export interface ResolvedSettings {
  readonly catalog: Catalog;
  readonly sanitizers: ReadonlySet<string>;
  readonly pseudonymize?: Pseudonymizer;
  readonly allowedKeys: ReadonlySet<string>;
  readonly categories: ReadonlySet<Category>;
  /** Project modules not followed as wrappers (specifiers or absolute paths). */
  readonly ignoreModules: ReadonlySet<string>;
}

interface SinkSetting {
  module?: string;
  global?: string;
  export?: string;
  vendor?: string;
  kind?: SinkKind;
  args: Record<string, RoleName>;
}

interface RawSettings {
  sinks?: SinkSetting[];
  sanitizers?: string[];
  pseudonymize?: { name: string; source?: string; importKind?: 'named' | 'default' };
  allowedKeys?: string[];
  ignoreModules?: string[];
  categories?: Partial<Record<Category, boolean>>;
}

const byObject = new WeakMap<object, ResolvedSettings>();
let defaults: ResolvedSettings | undefined;

/** Reads and validates the shared settings of a lint context; throws an Error naming the bad setting. */
export function readSettings(settings: Readonly<Record<string, unknown>> | undefined): ResolvedSettings {
  const raw = settings?.[SETTINGS_KEY];
  if (raw === undefined) return (defaults ??= resolve({}));
  if (typeof raw === 'object' && raw !== null) {
    const cached = byObject.get(raw);
    if (cached) return cached;
  }
  const problem = validate(settingsSchema, raw, `settings['${SETTINGS_KEY}']`);
  if (problem) throw new Error(`eslint-plugin-analytics-privacy: invalid ${problem}.`);
  const raws = raw as RawSettings;
  for (const [i, s] of (raws.sinks ?? []).entries()) {
    if ((s.module === undefined) === (s.global === undefined)) {
      throw new Error(
        `eslint-plugin-analytics-privacy: invalid settings['${SETTINGS_KEY}'].sinks[${i}]: give exactly one of "module" or "global".`,
      );
    }
    if (s.global !== undefined && !new RegExp(IDENTIFIER).test(s.global)) {
      throw new Error(
        `eslint-plugin-analytics-privacy: invalid settings['${SETTINGS_KEY}'].sinks[${i}].global: not an identifier.`,
      );
    }
    if (s.export !== undefined && !new RegExp(IDENTIFIER).test(s.export)) {
      throw new Error(
        `eslint-plugin-analytics-privacy: invalid settings['${SETTINGS_KEY}'].sinks[${i}].export: not a dotted name.`,
      );
    }
  }
  const resolved = resolve(raws);
  byObject.set(raw as object, resolved);
  return resolved;
}

function resolve(raw: RawSettings): ResolvedSettings {
  const categories = new Set<Category>(CATEGORY_IDS.filter((c) => raw.categories?.[c] !== false));
  const userVendors = userSinkVendors(raw.sinks ?? []);
  const base = builtInCatalog();
  return {
    catalog: userVendors.length ? new Catalog([...base.vendors, ...userVendors]) : base,
    sanitizers: new Set(raw.sanitizers ?? []),
    pseudonymize: raw.pseudonymize && {
      ...raw.pseudonymize,
      importKind: raw.pseudonymize.importKind ?? 'named',
    },
    allowedKeys: new Set(raw.allowedKeys ?? []),
    ignoreModules: new Set(raw.ignoreModules ?? []),
    categories,
  };
}

/** Declared sinks become vendors of their own, one per module or global. */
function userSinkVendors(sinks: readonly SinkSetting[]): Vendor[] {
  const byRoot = new Map<
    string,
    { vendor: string; module?: string; global?: string; root: Record<string, Shape>; self?: Sink }
  >();
  for (const s of sinks) {
    const rootKey = s.module !== undefined ? `module:${s.module}` : `global:${s.global}`;
    let entry = byRoot.get(rootKey);
    if (!entry)
      byRoot.set(
        rootKey,
        (entry = {
          vendor: s.vendor ?? s.module ?? s.global ?? 'custom sink',
          module: s.module,
          global: s.global,
          root: {},
        }),
      );
    const path =
      s.module !== undefined
        ? (s.export ?? 'default').split('.')
        : [...(s.global ?? '').split('.').slice(1), ...(s.export ? s.export.split('.') : [])];
    const args: (ArgRole | null)[] = [];
    for (const [index, role] of Object.entries(s.args)) args[Number(index)] = ROLE_NAMES[role];
    for (let i = 0; i < args.length; i++) args[i] ??= null;
    const label = s.export ?? (s.module !== undefined ? 'default export' : (s.global ?? ''));
    const sink: Sink = { kind: s.kind ?? 'event', args, label };
    if (path.length === 0) entry.self = sink;
    else insert(entry.root, path, sink);
  }
  return [...byRoot.values()].map((e, i) => {
    const exports: Shape = e.self ? { members: e.root, call: e.self } : { label: '', members: e.root };
    const globalName = e.global?.split('.')[0];
    return {
      id: `custom-${i}`,
      name: e.vendor,
      category: 'product analytics',
      modules: e.module !== undefined ? [{ names: [e.module], exports, cjs: e.root.default ?? exports }] : [],
      globals: globalName !== undefined ? { [globalName]: exports } : {},
      shapes: {},
      docs: [],
    } satisfies Vendor;
  });
}

/** Puts `sink` at `path` (not empty) in a tree of shapes. */
function insert(root: Record<string, Shape>, path: readonly string[], sink: Sink): void {
  let members = root;
  for (let i = 0; i < path.length - 1; i++) {
    const existing = members[path[i]];
    const next: Record<string, Shape> = { ...(existing?.members as Record<string, Shape> | undefined) };
    members[path[i]] = { ...existing, members: next };
    members = next;
  }
  const last = path[path.length - 1];
  members[last] = { ...members[last], call: sink };
}
