/**
 * The HTTP clients through which an app calls a vendor's ingestion endpoints without the SDK (see
 * `Vendor.endpoints`): data, like the vendors. Only calls whose URL names an endpoint are sinks.
 */
import type { Transport, TransportCall } from './types.js';

/** `client.post(url, body)`. */
const POSITIONAL: TransportCall = { url: { arg: 0 }, body: { arg: 1 } };
/** `got.post(url, { json: body })`, `ky.post(url, { json: body })`. */
const JSON_OPTION: TransportCall = { url: { arg: 0 }, body: { arg: 1, field: 'json' } };
/** `fetch(url, { body })`. */
const FETCH: TransportCall = { url: { arg: 0 }, body: { arg: 1, field: 'body' } };
/** `axios({ url, data })`, `axios.request({ url, data })`. */
const CONFIG: TransportCall = { url: { arg: 0, field: 'url' }, body: { arg: 0, field: 'data' } };

export const transports: readonly Transport[] = [
  // The Fetch API (browsers, Node 18+, Deno, Bun, edge runtimes).
  { global: 'fetch', calls: { '': FETCH } },
  { module: { name: 'node-fetch', imported: 'default' }, calls: { '': FETCH } },
  { module: { name: 'undici', imported: 'fetch' }, calls: { '': FETCH } },
  // https://axios-http.com/docs/api_intro
  {
    module: { name: 'axios', imported: 'default' },
    calls: { '': CONFIG, request: CONFIG, post: POSITIONAL, put: POSITIONAL, patch: POSITIONAL },
  },
  // https://github.com/sindresorhus/got/blob/main/documentation/2-options.md (json), ky's README (json)
  { module: { name: 'got', imported: 'default' }, calls: { '': JSON_OPTION, post: JSON_OPTION } },
  { module: { name: 'ky', imported: 'default' }, calls: { post: JSON_OPTION, put: JSON_OPTION } },
];
