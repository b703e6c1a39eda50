import { createHmac } from 'node:crypto';

/** Keyed HMAC: a pseudonym that is stable for joins but not reversible without the key. */
export function hashPii(value: string): string {
  return createHmac('sha256', process.env.PII_KEY ?? 'dev-only').update(value).digest('hex');
}
