import { eventProps, message, returns, sink, userId, userProps } from '../dsl.js';
import type { Shape, Vendor } from '../types.js';

/**
 * `track()`, `track(name)`, `track(name, data)`, `track({ website, url, title, name, data })` or
 * `track(props => ({ ...props, ... }))`.
 */
const track: Shape = { call: sink('event', eventProps, eventProps) };

/** `identify(uniqueId, data)` or `identify(data)`: session data tied to the visitor. */
const identify: Shape = { call: sink('identity', userId, userProps) };

export const umami: Vendor = {
  id: 'umami',
  name: 'Umami',
  category: 'web analytics',
  modules: [
    {
      // `import umami from '@umami/node'; umami.init({ websiteId, hostUrl }); umami.track(...)`.
      names: ['@umami/node'],
      exports: { members: { default: 'node', Umami: { construct: 'node' } } },
    },
    {
      // `const { track, identify, view } = useUmami()`.
      names: ['umami-analytics-react'],
      exports: { members: { useUmami: returns('hook') } },
    },
  ],
  globals: { umami: 'tracker' },
  shapes: {
    tracker: {
      label: '',
      members: {
        track,
        identify,
        // Legacy v1 tracker: `trackEvent(value, type_or_data)`, `trackView(url, referrer)`.
        trackEvent: { call: sink('event', null, eventProps) },
        trackView: { call: sink('event', message) },
      },
    },
    node: {
      label: '',
      members: { track, identify: { call: sink('identity', userProps) } },
    },
    hook: {
      label: '',
      // `identify(uniqueId?, payload?, appendEnhancedPayload?)`, `view(payload)`.
      members: { track, identify, view: { call: sink('event', eventProps) } },
    },
  },
  docs: [
    'https://umami.is/docs/tracker-functions',
    'https://umami.is/docs/api/node-client',
    'https://github.com/umami-software/node/blob/master/index.ts',
    'https://www.npmjs.com/package/umami-analytics-react',
  ],
};
