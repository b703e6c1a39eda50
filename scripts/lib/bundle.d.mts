// Types of bundle.mjs for the TypeScript tests.
/** A webpack-style one-line bundle of about `bytes` characters (`dataShare` of it inlined assets); `vendorCalls` modules call a vendor global. */
export function makeBundle(
  bytes: number,
  seed: number,
  options?: { dataShare?: number },
): { code: string; vendorCalls: number };
