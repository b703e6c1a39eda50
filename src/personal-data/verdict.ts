/**
 * What is known of a value: the one vocabulary that the lexicon (names), the type classifier
 * (declared types) and the value classifier (expressions) answer in. Verdicts are shared objects:
 * the constants below, never built per question.
 */
import type { FunctionNode } from '../ast/bindings.js';
import { CATEGORY_IDS, type Category } from './categories.js';

/**
 * Personal data of a category. `weak`: a bare `name`, `id`, `key`, `city`, `mobile` or `race`, or a
 * group's id, personal only where its owner (`user.id`, not `plan.id`) or the role of the sink says
 * whose it is.
 */
export interface Personal {
  readonly kind: 'pii';
  readonly category: Category;
  readonly weak: boolean;
}

/** Not personal data: a flag, a count, a kind, an order id, a hashed or sanitised value. */
export interface Neutral {
  readonly kind: 'neutral';
}

/** Nothing known. */
export interface Unknown {
  readonly kind: 'unknown';
}

/**
 * A parameter of an enclosing function, or a member of one (`path`): its callers decide what it
 * carries (wrapper flow). `named`: what the parameter's own name says (`email`, `user.id`): the
 * wrapper's sink is reported for it too, and its callers are still told.
 */
export interface Parameter {
  readonly kind: 'param';
  readonly fn: FunctionNode;
  readonly index: number;
  readonly path: readonly string[];
  readonly named?: Personal;
}

/** What is known of a value. */
export type Verdict = Personal | Parameter | Neutral | Unknown;

/** What a name or a declared type says on its own: never a parameter. */
export type StaticVerdict = Personal | Neutral | Unknown;

export const NEUTRAL: Neutral = Object.freeze({ kind: 'neutral' });
export const UNKNOWN: Unknown = Object.freeze({ kind: 'unknown' });

const STRONG = new Map<Category, Personal>(
  CATEGORY_IDS.map((category) => [category, Object.freeze({ kind: 'pii', category, weak: false })]),
);
const WEAK = new Map<Category, Personal>(
  CATEGORY_IDS.map((category) => [category, Object.freeze({ kind: 'pii', category, weak: true })]),
);

/** The verdict "personal data of `category`" (shared: one object per category and strength). */
export function personal(category: Category, weak = false): Personal {
  return (weak ? WEAK : STRONG).get(category) as Personal;
}

/** The verdict "parameter `index` of `fn`, members `path`" (what its name says, if personal, as `named`). */
export function parameter(
  fn: FunctionNode,
  index: number,
  path: readonly string[],
  named?: Personal,
): Parameter {
  return named ? { kind: 'param', fn, index, path, named } : { kind: 'param', fn, index, path };
}
