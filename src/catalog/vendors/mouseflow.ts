import { keyed, message, sink, userId } from '../dsl.js';
import type { Shape, Vendor } from '../types.js';

/** `window.mouseflow` (and the `react-mouseflow` wrapper): `setVariable(key, value)`, `tag(value)`. */
const api: Record<string, Shape> = {
  setVariable: { call: sink('profile', null, keyed(0, 'user')) },
  tag: { call: sink('context', message) },
  // The path is recorded as the page view; it may embed IDs or emails.
  newPageView: { call: sink('event', message) },
};

export const mouseflow: Vendor = {
  id: 'mouseflow',
  name: 'Mouseflow',
  category: 'session replay',
  modules: [
    {
      names: ['react-mouseflow'],
      exports: { members: { mouseflow: { label: '', members: api }, default: { label: '', members: api } } },
    },
  ],
  globals: {
    _mfq: {
      members: {
        push: {
          arrayCommands: {
            setVariable: sink('profile', null, null, keyed(1, 'user')),
            tag: sink('context', null, message),
            newPageView: sink('event', null, message),
            // not confirmed: the argument of `identify` (read as the visitor's identifier).
            identify: sink('identity', null, userId),
          },
        },
      },
    },
    mouseflow: { label: '', members: { ...api, identify: { call: sink('identity', userId) } } },
  },
  shapes: {},
  docs: [
    'https://github.com/segmentio/analytics.js-integrations/blob/master/integrations/mouseflow/lib/index.js',
    'https://www.npmjs.com/package/react-mouseflow',
    'https://docs.tealium.com/client-side-tags/mouseflow-tag/',
  ],
};
