/**
 * Splits identifiers and keys into lower-case words: `userEmail`, `user_email`, `user-email`,
 * `$email`, `USER_EMAIL`, `IPAddress` all split the same way. Results are memoised: the same names
 * recur across a file and across files.
 */
const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 20_000;

export function splitWords(name: string): readonly string[] {
  let words = cache.get(name);
  if (words) return words;
  // Longer names are generated code, not data names; keep the work bounded.
  words = (name.length > 80 ? name.slice(0, 80) : name)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, words);
  return words;
}
