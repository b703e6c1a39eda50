/**
 * How a `leakThrough` message names the app's own function a leak goes through, within the
 * message length budget.
 */
import type { Via } from './leak-analysis.js';

/** The longest a message may be (see test/messages.test.ts). */
const MAX_MESSAGE = 100;

/**
 * How a message names the wrapper a leak goes through: `track`, and its module's last two path
 * segments when it is another file (`track (lib/posthog.ts)`); the name alone when the path makes
 * the message too long, and nothing (the plain `leak` message) when even the name does.
 */
export function wrapperName(via: Via, file: string, data: Record<string, string>): string | undefined {
  const fixed = `${data.category} reaches ${data.vendor} ${data.method} through `.length;
  if (fixed + via.name.length > MAX_MESSAGE) return undefined;
  if (via.file === '' || via.file === file) return via.name;
  const where = `${via.name} (${via.file.split(/[\\/]/).slice(-2).join('/')})`;
  return fixed + where.length <= MAX_MESSAGE ? where : via.name;
}
