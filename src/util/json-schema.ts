/**
 * A small validator for the JSON-schema subset our settings use (type, properties, required,
 * additionalProperties, items, enum, minLength, minItems, propertyNames pattern). ESLint validates
 * rule options itself; shared settings are ours to validate, with messages that name the setting.
 */
import { ownValue } from './records.js';

export interface JsonSchema {
  readonly type?: 'object' | 'array' | 'string' | 'boolean' | 'integer';
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly propertyNames?: { readonly pattern: string };
  readonly items?: JsonSchema;
  readonly enum?: readonly (string | boolean)[];
  readonly minLength?: number;
  readonly minItems?: number;
  readonly anyOf?: readonly JsonSchema[];
}

const typeOf = (value: unknown): string =>
  Array.isArray(value)
    ? 'array'
    : value === null
      ? 'null'
      : Number.isInteger(value)
        ? 'integer'
        : typeof value;

/** The first problem with `value`, as `<path>: <what is wrong>`, or undefined when it is valid. */
export function validate(schema: JsonSchema, value: unknown, path: string): string | undefined {
  if (schema.anyOf) {
    const problems = schema.anyOf.map((s) => validate(s, value, path));
    return problems.every((p) => p !== undefined) ? problems[problems.length - 1] : undefined;
  }
  if (schema.type) {
    const actual = typeOf(value);
    if (actual !== schema.type) return `${path}: expected ${schema.type}, got ${actual}`;
  }
  if (schema.enum && !schema.enum.includes(value as string | boolean)) {
    return `${path}: must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}, got ${JSON.stringify(value)}`;
  }
  if (typeof value === 'string' && schema.minLength !== undefined && value.length < schema.minLength)
    return `${path}: must not be empty`;
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      return `${path}: needs at least ${schema.minItems} item(s)`;
    if (schema.items) {
      for (let i = 0; i < value.length; i++) {
        const problem = validate(schema.items, value[i], `${path}[${i}]`);
        if (problem) return problem;
      }
    }
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!Object.hasOwn(record, key)) return `${path}: missing required "${key}"`;
    }
    for (const [key, item] of Object.entries(record)) {
      if (schema.propertyNames && !new RegExp(schema.propertyNames.pattern).test(key))
        return `${path}: unexpected key "${key}"`;
      // Own keys only: a setting named `constructor` or `toString` is unknown, not Object.prototype's.
      const sub = schema.properties && ownValue(schema.properties, key);
      if (sub) {
        const problem = validate(sub, item, `${path}.${key}`);
        if (problem) return problem;
      } else if (schema.additionalProperties === false) {
        const known = Object.keys(schema.properties ?? {});
        return `${path}: unknown key "${key}"${known.length ? ` (known: ${known.join(', ')})` : ''}`;
      } else if (typeof schema.additionalProperties === 'object') {
        const problem = validate(schema.additionalProperties, item, `${path}.${key}`);
        if (problem) return problem;
      }
    }
  }
  return undefined;
}
