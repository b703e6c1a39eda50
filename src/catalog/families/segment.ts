/**
 * The Segment analytics.js call shape, shared by the Segment-compatible family (Segment, RudderStack,
 * June, Customer.io CDP, Hightouch, ...): `identify(userId, traits, options)`, `track(event,
 * properties, options)`, `page(category, name, properties, options)`, `group(groupId, traits)`,
 * `alias(userId, previousId)`; server SDKs take one message object per call.
 */
import { eventProps, fields, message, orgId, orgProps, same, sink, userId, userProps } from '../dsl.js';
import type { ArgRole, PageView, Shape } from '../types.js';

/** Browser client (`window.analytics`, `AnalyticsBrowser.load(...)`). Optional leading arguments shift. */
export const segmentBrowserClient: Shape = {
  label: '',
  members: {
    identify: { call: sink('identity', userId, userProps, eventProps) },
    track: { call: sink('event', null, eventProps, eventProps) },
    page: { call: sink('event', eventProps, eventProps, eventProps, eventProps) },
    screen: { call: sink('event', eventProps, eventProps, eventProps, eventProps) },
    group: { call: sink('identity', orgId, orgProps, eventProps) },
    alias: { call: sink('identity', userId, userId, eventProps) },
    // An app-chosen anonymous ID: checked for personal data like any value, not taken as a user ID.
    setAnonymousId: { call: sink('identity', message) },
    ...same(sink('event', null, null, eventProps), 'trackLink', 'trackForm', 'trackClick', 'trackSubmit'),
  },
};

/** One message object: `{ userId, traits, properties, context, groupId, previousId }`. */
export const segmentMessage: ArgRole = fields({
  userId,
  previousId: userId,
  traits: userProps,
  properties: eventProps,
  context: eventProps,
  groupId: orgId,
});

/** Server client (`new Analytics({ writeKey })`): every method takes one message object. */
export const segmentServerClient: Shape = {
  label: '',
  members: {
    ...same(sink('identity', segmentMessage), 'identify', 'group', 'alias'),
    ...same(sink('event', segmentMessage), 'track', 'page', 'screen'),
  },
};

/**
 * The browser client's `page([category], [name], [properties], [options])` records a page view; these
 * properties carry the page's URL, path, referrer, query string and title (they replace the ones the
 * SDK reads from the browser). The client is known by `words` in its name.
 */
export const segmentPageView = (...words: string[]): PageView => ({
  call: { via: 'client', method: 'page', words },
  urlKeys: ['url', 'path', 'referrer', 'search'],
  titleKeys: ['title'],
});
