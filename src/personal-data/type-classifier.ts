/**
 * With type information (`parserServices.program`), what a value's declared type says: branded and
 * aliased types (`EmailAddress`, `string & { __brand: 'Email' }`), values whose type is a record
 * with personal fields (passed whole), `@pii`-tagged properties, and types that cannot hold personal
 * data (`boolean`, enums, unions of literals). Used only when the lint run has types; never required.
 */
import { createRequire } from 'node:module';
import type { ParserServices, ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils';
import { typeServices } from '../ast/type-services.js';
import type * as TS from 'typescript';
import { CATEGORIES, type Category } from './categories.js';
import { nameVerdict } from './lexicon.js';
import { NEUTRAL, type StaticVerdict, UNKNOWN, personal } from './verdict.js';
import { hasOwnKey } from '../util/records.js';
import { splitWords } from '../util/words.js';

type Node = TSESTree.Node;

/** Words that only say "this is a brand", around the word that says what is branded. */
const BRAND_WORDS = new Set([
  'brand',
  'branded',
  'tag',
  'tagged',
  'kind',
  'type',
  'opaque',
  'nominal',
  'flavor',
  'flavour',
  'of',
]);
/** Categories a record's fields must have to make the whole record personal when passed as is. */
const RECORD_CATEGORIES = new Set<Category>([
  'email',
  'name',
  'phone',
  'address',
  'birthdate',
  'ip',
  'location',
  'government-id',
  'other-pii',
  'special-category',
]);
const MAX_PROPERTIES = 80;

let typescript: typeof TS | undefined;

export class TypeClassifier {
  private readonly checker: TS.TypeChecker;
  private readonly ts: typeof TS;
  private readonly byType = new Map<TS.Type, StaticVerdict>();

  constructor(private readonly services: ParserServicesWithTypeInformation) {
    this.checker = services.program.getTypeChecker();
    // Loaded only for typed runs, so that untyped and plain-JS projects never pay for it.
    typescript ??= createRequire(import.meta.url)('typescript') as typeof TS;
    this.ts = typescript;
  }

  /** What the type (and, for a property, its declaration's `@pii` tag) of `node` says. */
  verdictOf(node: Node): StaticVerdict {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
    if (!tsNode) return UNKNOWN;
    const tagged = this.piiTag(tsNode);
    if (tagged.kind !== 'unknown') return tagged;
    return this.typeVerdict(this.checker.getTypeAtLocation(tsNode), 0);
  }

  /** `/** @pii email *\/ contact: string`: the tag on the symbol's declaration. */
  private piiTag(tsNode: TS.Node): StaticVerdict {
    const ts = this.ts;
    const target = ts.isPropertyAccessExpression(tsNode)
      ? tsNode.name
      : ts.isIdentifier(tsNode) || ts.isShorthandPropertyAssignment(tsNode)
        ? tsNode
        : undefined;
    if (!target) return UNKNOWN;
    const symbol = this.checker.getSymbolAtLocation(target);
    if (!symbol) return UNKNOWN;
    for (const tag of symbol.getJsDocTags(this.checker)) {
      if (tag.name !== 'pii') continue;
      const text =
        (tag.text ?? [])
          .map((p) => p.text)
          .join('')
          .trim()
          .split(/\s+/)[0] ?? '';
      if (hasOwnKey(CATEGORIES, text)) return personal(text as Category);
      const byName = text ? nameVerdict(text) : UNKNOWN;
      return personal(byName.kind === 'pii' ? byName.category : 'other-pii');
    }
    return UNKNOWN;
  }

  private typeVerdict(type: TS.Type, depth: number): StaticVerdict {
    const known = this.byType.get(type);
    if (known) return known;
    this.byType.set(type, UNKNOWN); // cycles
    const verdict = this.computeType(type, depth);
    this.byType.set(type, verdict);
    return verdict;
  }

  private computeType(type: TS.Type, depth: number): StaticVerdict {
    const ts = this.ts;
    const F = ts.TypeFlags;
    if (type.flags & (F.Boolean | F.BooleanLiteral | F.EnumLike | F.Void | F.Undefined | F.Null | F.Never))
      return NEUTRAL;
    const alias = type.aliasSymbol?.getName();
    if (alias) {
      const v = nameVerdict(alias);
      if (v.kind === 'neutral') return NEUTRAL;
      if (v.kind === 'pii' && !v.weak && v.category !== 'object') return personal(v.category);
    }
    if (type.isUnion()) {
      const parts = type.types.filter((t) => !(t.flags & (F.Undefined | F.Null | F.Void)));
      if (
        parts.every((t) => t.flags & (F.StringLiteral | F.NumberLiteral | F.BooleanLiteral | F.EnumLiteral))
      )
        return NEUTRAL;
      let neutral = true;
      for (const part of parts) {
        const v = this.typeVerdict(part, depth + 1);
        if (v.kind === 'pii') return v;
        if (v.kind === 'unknown') neutral = false;
      }
      return neutral ? NEUTRAL : UNKNOWN;
    }
    if (type.isIntersection()) {
      for (const part of type.types) {
        const v = this.brandVerdict(part);
        if (v.kind !== 'unknown') return v;
      }
      return UNKNOWN;
    }
    if (type.flags & F.Object && depth < 2) return this.recordVerdict(type);
    return UNKNOWN;
  }

  /** `{ __brand: 'EmailAddress' }`, `{ readonly __iban: true }`, `{ [emailBrand]: true }`. */
  private brandVerdict(part: TS.Type): StaticVerdict {
    if (!(part.flags & this.ts.TypeFlags.Object)) return UNKNOWN;
    const props = part.getProperties();
    if (props.length === 0 || props.length > 3) return UNKNOWN;
    for (const prop of props) {
      const propType = this.checker.getTypeOfSymbol(prop);
      const literal = propType.isStringLiteral() ? propType.value : undefined;
      for (const name of [literal, symbolName(prop.getName())]) {
        if (!name) continue;
        const words = splitWords(name).filter((w) => !BRAND_WORDS.has(w));
        if (words.length === 0) continue;
        const v = nameVerdict(words.join('_'));
        if (v.kind === 'pii' && !v.weak && v.category !== 'object') return personal(v.category);
        if (v.kind === 'pii' && v.weak && v.category === 'user-id') return personal('user-id');
      }
    }
    return UNKNOWN;
  }

  /** A record passed whole: personal when its fields are (all locations: a location; otherwise a whole object). */
  private recordVerdict(type: TS.Type): StaticVerdict {
    if (
      this.checker.isArrayType(type) ||
      this.checker.isTupleType(type) ||
      type.getCallSignatures().length > 0
    )
      return UNKNOWN;
    const symbol = type.getSymbol();
    const declaration = symbol?.declarations?.[0];
    // Library and platform types (DOM, Node, SDK typings) are not the app's records.
    if (
      declaration?.getSourceFile().isDeclarationFile &&
      /node_modules|[\\/]typescript[\\/]lib/.test(declaration.getSourceFile().fileName)
    )
      return UNKNOWN;
    const props = type.getProperties();
    if (props.length === 0 || props.length > MAX_PROPERTIES) return UNKNOWN;
    const found = new Set<Category>();
    for (const prop of props) {
      const v = nameVerdict(prop.getName());
      if (v.kind === 'pii' && !v.weak && RECORD_CATEGORIES.has(v.category)) found.add(v.category);
    }
    if (found.size === 0) return UNKNOWN;
    // All of one kind that is not a person's identity: a position, an address, health or other art. 9 data.
    if (found.size === 1 && (found.has('location') || found.has('address') || found.has('special-category')))
      return personal([...found][0]);
    return personal('object');
  }
}

/** `__@emailBrand@123` (a unique-symbol key) → `emailBrand`; other names unchanged. */
function symbolName(name: string): string {
  const match = /^__@([A-Za-z_$][\w$]*)@\d+$/.exec(name);
  return match ? match[1] : name.replace(/^_+/, '');
}

/** The type classifier of a lint run with type information, or undefined without. */
export function typeClassifier(services: Partial<ParserServices> | undefined): TypeClassifier | undefined {
  const typed = typeServices(services);
  return typed ? new TypeClassifier(typed) : undefined;
}
