import {
  endpoint,
  eventProps,
  fields,
  fn,
  keyed,
  list,
  matching,
  message,
  sink,
  userId,
  userProps,
  variadic,
} from '../dsl.js';
import type { ArgRole, PageView, Vendor } from '../types.js';

/** react-ga4 init options: `gaOptions` (`userId`, ...) and `gtagOptions` end up in `gtag('config')`. */
const reactGaInit: ArgRole = fields({ gaOptions: userProps, gtagOptions: userProps });

/**
 * The page parameters of a page view (`gtag('event', 'page_view', {...})`, `gtag('config', id, {...})`,
 * `dataLayer.push({ event: 'page_view', ... })`): `page_location`, `page_referrer` and `page_title` of
 * GA4, and `page_path` of gtag's Universal Analytics page views.
 */
const gaPageView: Omit<PageView, 'call'> = {
  urlKeys: ['page_location', 'page_path', 'page_referrer'],
  titleKeys: ['page_title'],
};

/** GA4 Measurement Protocol (https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events). */
const measurementProtocol = fields({
  user_id: userId,
  client_id: message,
  user_properties: userProps,
  events: list(fields({ params: eventProps })),
  user_data: matching(userProps),
});

export const googleAnalytics: Vendor = {
  id: 'google-analytics',
  name: 'Google Analytics',
  category: 'web analytics',
  modules: [
    {
      names: ['react-ga4'],
      exports: { members: { default: 'reactGA', ReactGAImplementation: { construct: 'reactGA' } } },
    },
    {
      // Both push into `window.dataLayer`: sendGAEvent forwards gtag-style arguments (or one object),
      // sendGTMEvent one object.
      names: ['@next/third-parties/google'],
      exports: {
        members: {
          sendGAEvent: fn(variadic('event', [], eventProps)),
          sendGTMEvent: fn(sink('event', eventProps)),
        },
      },
    },
    {
      // `install(measurementId, config)` runs `gtag('config', id, config)`; `gtag` is the usual function.
      names: ['ga-gtag'],
      exports: { members: { gtag: 'gtag', install: fn(sink('init', null, userProps)) } },
    },
  ],
  globals: { gtag: 'gtag', dataLayer: 'dataLayer' },
  shapes: {
    // `gtag('config', id, { user_id, user_properties, ... })`, `gtag('set', 'user_properties', {...})` or
    // `gtag('set', { user_id })`, `gtag('event', name, params)` (params may hold `user_id`, `user_data`).
    // Enhanced conversions: `gtag('set', 'user_data', { email, phone_number, address })`, which Google
    // Ads matches to a person (it asks for SHA-256 hashes of the normalised values, `sha256_email_address`).
    gtag: {
      commands: {
        config: sink('init', null, null, userProps),
        set: sink('context', null, userProps, keyed(1, 'user', { user_data: matching(userProps) })),
        event: sink('event', null, null, eventProps),
      },
    },
    // GTM reads every key pushed into the data layer (`dataLayer.push({ event, user_id })`), and pages often
    // seed it before the container loads (`window.dataLayer = [{ ... }]`).
    dataLayer: {
      members: { push: { call: variadic('event', [], eventProps) } },
      assign: list(eventProps),
    },
    reactGA: {
      label: '',
      members: {
        initialize: { call: sink('init', list(reactGaInit), reactGaInit) },
        set: { call: sink('context', userProps) },
        event: { call: sink('event', eventProps, eventProps) },
        send: { call: sink('event', eventProps) },
        pageview: { call: sink('event', message, null, message) },
        outboundLink: { call: sink('event', eventProps) },
        gtag: 'gtag',
        // analytics.js-style passthrough: `ReactGA.ga('send', ...)`, `ReactGA.ga('set', field, value)`.
        ga: {
          commands: {
            send: variadic('event', [null], eventProps),
            set: sink('context', null, userProps, userProps),
          },
        },
      },
    },
  },
  docs: [
    'https://developers.google.com/analytics/devguides/collection/ga4/policy',
    'https://developers.google.com/analytics/devguides/collection/ga4/user-id',
    'https://support.google.com/analytics/answer/14171598',
    'https://github.com/PriceRunner/react-ga4/blob/master/src/ga4.js',
    'https://github.com/vercel/next.js/blob/canary/packages/third-parties/src/google/ga.tsx',
    'https://github.com/idmadj/ga-gtag',
    'https://support.google.com/google-ads/answer/9888145',
    'https://developers.google.com/analytics/devguides/collection/ga4/uid-data',
  ],
  scriptUrls: ['www.googletagmanager.com/gtag/js', 'www.google-analytics.com/analytics.js'],
  pageViews: [
    { call: { via: 'function', name: 'gtag' }, ...gaPageView },
    { call: { via: 'method', object: 'dataLayer', method: 'push' }, ...gaPageView },
  ],
  nameWords: ['ga', 'gtag'],
  endpoints: [
    endpoint('www.google-analytics.com/mp/collect', 'event', measurementProtocol, 'Measurement Protocol'),
    endpoint('region1.google-analytics.com/mp/collect', 'event', measurementProtocol, 'Measurement Protocol'),
  ],
};
