import { eventProps, fields, list, message, returns, sink, userId } from '../dsl.js';
import type { ArgRole, Vendor } from '../types.js';

/** A self-describing JSON: `{ schema, data }` (an event or an entity). */
const selfDescribing: ArgRole = fields({ data: eventProps });

/** Entities attached to an event or to every event. */
const entities: ArgRole = list(selfDescribing);

const selfDescribingEvent: ArgRole = fields({ event: selfDescribing, context: entities });
const structEvent: ArgRole = fields({
  category: message,
  action: message,
  label: message,
  property: message,
  context: entities,
});
const pageView: ArgRole = fields({ title: message, context: entities });

export const snowplow: Vendor = {
  id: 'snowplow',
  name: 'Snowplow',
  category: 'customer data platform',
  modules: [
    {
      names: ['@snowplow/browser-tracker'],
      exports: {
        members: {
          // Module functions take an optional list of tracker namespaces last.
          setUserId: { call: sink('identity', userId) },
          trackSelfDescribingEvent: { call: sink('event', selfDescribingEvent) },
          trackStructEvent: { call: sink('event', structEvent) },
          trackPageView: { call: sink('event', pageView) },
          addGlobalContexts: { call: sink('context', entities) },
          newTracker: returns('tracker'),
        },
      },
    },
  ],
  globals: {
    // The tag's global name is configurable; `snowplow` is the default.
    // Namespaced commands (`'setUserId:sp1'`) are not matched.
    snowplow: {
      commands: {
        setUserId: sink('identity', null, userId),
        trackSelfDescribingEvent: sink('event', null, selfDescribingEvent),
        trackStructEvent: sink('event', null, structEvent),
        trackPageView: sink('event', null, pageView),
        addGlobalContexts: sink('context', null, entities),
      },
    },
  },
  shapes: {
    // `newTracker(namespace, collectorUrl, config)` returns a BrowserTracker.
    tracker: {
      label: '',
      members: {
        setUserId: { call: sink('identity', userId) },
        trackPageView: { call: sink('event', pageView) },
      },
    },
  },
  docs: [
    'https://docs.snowplow.io/docs/sources/web-trackers/tracking-events/',
    'https://docs.snowplow.io/docs/sources/web-trackers/previous-versions/browser-tracker-v3-reference/tracker-setup/additional-options/',
    'https://snowplow.github.io/snowplow-javascript-tracker/docs/browser-tracker/markdown/browser-tracker.browsertracker.setuserid',
  ],
};
