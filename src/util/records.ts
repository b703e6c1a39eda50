/**
 * Own-key lookups on records indexed by a name read from code or configuration (a method, a command,
 * a payload key, a module): only the record's own keys answer, so that `constructor`, `toString` or
 * `__proto__` never read Object.prototype.
 */

/** Whether `key` is an own key of `record`. */
export function hasOwnKey(record: object, key: string): boolean {
  return Object.hasOwn(record, key);
}

/** The value of `record`'s own key `key`, or undefined when it has none. */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
