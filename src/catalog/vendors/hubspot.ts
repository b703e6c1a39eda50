import { eventProps, fields, is, message, returns, sink, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

export const hubspot: Vendor = {
  id: 'hubspot',
  name: 'HubSpot',
  category: 'marketing',
  modules: [
    {
      // `const { setIdentity, setPathPageView, setTrackEvent } = useTrackingCode()`: wrappers over `_hsq`.
      names: ['react-hubspot-tracking-code-hook'],
      exports: { members: { useTrackingCode: returns('hook') } },
    },
  ],
  globals: {
    _hsq: {
      members: {
        push: {
          arrayCommands: {
            // `['identify', { email, id, firstname, lastname, ... }]`: creates or updates a contact, sent with the
            // next page view or event.
            identify: sink('identity', null, userProps),
            // `['trackCustomBehavioralEvent', { name, properties }]`.
            trackCustomBehavioralEvent: sink('event', null, fields({ properties: eventProps })),
            // Legacy `['trackEvent', { id, value }]`.
            trackEvent: sink('event', null, eventProps),
            // The path is recorded as the page view; it may embed IDs or emails.
            setPath: sink('event', null, message),
          },
        },
      },
    },
  },
  shapes: {
    hook: {
      label: '',
      members: {
        // `setIdentity(email, otherProperties)` pushes `['identify', { email, ...otherProperties }]`.
        setIdentity: { call: sink('identity', is('email'), userProps) },
        setPathPageView: { call: sink('event', message) },
        // `setTrackEvent({ eventId, value })` pushes `['trackEvent', { id: eventId, value }]`.
        setTrackEvent: { call: sink('event', eventProps) },
      },
    },
  },
  docs: [
    'https://developers.hubspot.com/docs/api-reference/latest/account/settings/tracking-code/identify',
    'https://developers.hubspot.com/docs/api-reference/latest/account/settings/tracking-code/track-event',
    'https://developers.hubspot.com/docs/api/events/tracking-code',
    'https://github.com/kelvinmaues/react-hubspot-tracking-code-hook',
  ],
  scriptUrls: ['js.hs-scripts.com', 'js.hs-analytics.net'],
};
