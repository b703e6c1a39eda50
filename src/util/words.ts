/**
 * Splits identifiers and keys into lower-case words: `userEmail`, `user_email`, `user-email`,
 * `$email`, `USER_EMAIL`, `IPAddress` all split the same way. One linear scan, no regular expression;
 * results are memoised: the same names recur across a file and across files. Also the head (last)
 * word of a name, read off the memoised split.
 */
const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 20_000;
/** Longer names are generated code, not data names; keep the work bounded. */
const MAX_LENGTH = 80;

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;

export function splitWords(name: string): readonly string[] {
  let words = cache.get(name);
  if (words) return words;
  const text = name.length > MAX_LENGTH ? name.slice(0, MAX_LENGTH) : name;
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const alnum = isUpper(c) || isLower(c) || isDigit(c);
    if (!alnum) {
      if (start >= 0) out.push(text.slice(start, i).toLowerCase());
      start = -1;
      continue;
    }
    if (start < 0) {
      start = i;
      continue;
    }
    const prev = text.charCodeAt(i - 1);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    // userEmail → user|Email; IPAddress → IP|Address; v2Api → v2|Api
    const boundary = isUpper(c) && (isLower(prev) || isDigit(prev) || (isUpper(prev) && isLower(next)));
    if (boundary) {
      out.push(text.slice(start, i).toLowerCase());
      start = i;
    }
  }
  words = out;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, words);
  return words;
}

/** The head word of a name, its last (`email` for `userEmail`, `id` for `org_id`); undefined for a name without words. */
export function headWord(name: string): string | undefined {
  const words = splitWords(name);
  return words.length > 0 ? words[words.length - 1] : undefined;
}
