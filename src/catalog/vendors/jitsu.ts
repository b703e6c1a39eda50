import { segmentBrowserClient, segmentPageView } from '../families/segment.js';
import { eventProps, returns, sink } from '../dsl.js';
import type { Vendor } from '../types.js';

export const jitsu: Vendor = {
  id: 'jitsu',
  name: 'Jitsu',
  category: 'customer data platform',
  modules: [
    // `jitsuAnalytics({ host, writeKey })` returns a Segment-compatible client: `identify(id, traits)`,
    // `track(event, properties)`, `page(category, name, properties)`, `group(groupId, traits)`.
    { names: ['@jitsu/js'], exports: { members: { jitsuAnalytics: returns('client') } } },
    // `const { analytics } = useJitsu()` under `<JitsuProvider options={{ host }}>`.
    {
      names: ['@jitsu/jitsu-react'],
      exports: { members: { useJitsu: returns({ members: { analytics: 'client' } }) } },
    },
    // not confirmed: the classic `@jitsu/sdk-js` (`jitsuClient({ key }).id(userData)`) (left out).
  ],
  globals: {
    // The script tag's client (`window.jitsu`, the default namespace), and its callback queue
    // `window.jitsuQ.push((jitsu) => jitsu.identify(...))`.
    jitsu: 'client',
    jitsuQ: { members: { push: { callbacks: [{ arg: 0, params: ['client'] }] } } },
  },
  shapes: {
    // `track(eventName | event, properties)`: the event may be one object holding its properties
    // (`track({ event: 'Signed Up', email })`, the interface's `eventName: string | JSONObject`).
    client: {
      ...segmentBrowserClient,
      members: {
        ...segmentBrowserClient.members,
        track: { call: sink('event', eventProps, eventProps, eventProps) },
      },
    },
  },
  docs: [
    'https://docs.jitsu.com/sending-data/npm',
    'https://github.com/jitsucom/jitsu/blob/newjitsu/types/protocols/analytics.d.ts',
    'https://github.com/jitsucom/jitsu/blob/newjitsu/libs/jitsu-js/src/browser.ts',
    'https://github.com/jitsucom/jitsu/blob/newjitsu/libs/jitsu-react/src/useJitsu.ts',
  ],
  // The client's `page([category], [name], [properties])` records a page view, as Segment's does.
  pageViews: [segmentPageView('jitsu')],
};
