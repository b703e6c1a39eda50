import {
  endpoint,
  eventProps,
  fields,
  keyed,
  list,
  orgId,
  orgProps,
  returns,
  same,
  sink,
  userId,
  userProps,
} from '../dsl.js';
import type { Vendor } from '../types.js';

/** Ingestion API: events (`/track`, `/import`) and profile updates (`/engage`) (https://developer.mixpanel.com/reference/ingestion-api). */
const ingestionEvents = list(
  fields({ properties: fields({ distinct_id: userId, $user_id: userId }, eventProps) }),
);
const ingestionProfiles = list(
  fields({
    $distinct_id: userId,
    $set: userProps,
    $set_once: userProps,
    $union: userProps,
    $append: userProps,
  }),
);
const ingestion = (host: string) => [
  endpoint(`${host}/track`, 'event', ingestionEvents),
  endpoint(`${host}/import`, 'event', ingestionEvents),
  endpoint(`${host}/engage`, 'profile', ingestionProfiles),
];

export const mixpanel: Vendor = {
  id: 'mixpanel',
  name: 'Mixpanel',
  category: 'product analytics',
  modules: [
    { names: ['mixpanel-browser'], exports: { members: { default: 'client' } }, cjs: 'client' },
    { names: ['mixpanel'], exports: { members: { default: 'node', init: 'nodeInit' } }, cjs: 'node' },
  ],
  globals: { mixpanel: 'client' },
  shapes: {
    client: {
      label: '',
      members: {
        init: 'init',
        identify: { call: sink('identity', userId) },
        alias: { call: sink('identity', userId, userId) },
        people: 'people',
        ...same(sink('context', eventProps), 'register', 'register_once'),
        track: { call: sink('event', null, eventProps) },
        track_with_groups: { call: sink('event', null, eventProps, fields({}, orgId)) },
        track_pageview: { call: sink('event', eventProps) },
        ...same(sink('event', null, null, eventProps), 'track_links', 'track_forms'),
        ...same(sink('identity', null, orgId), 'set_group', 'add_group'),
        get_group: { call: sink('identity', null, orgId), returns: 'group' },
      },
    },
    people: {
      label: 'people',
      members: {
        ...same(
          sink('profile', userProps, keyed(0, 'user')),
          'set',
          'set_once',
          'append',
          'union',
          'increment',
          'remove',
        ),
        track_charge: { call: sink('profile', null, eventProps) },
      },
    },
    group: {
      label: 'group',
      members: same(sink('profile', orgProps, keyed(0, 'org')), 'set', 'set_once', 'union', 'remove'),
    },
    node: { label: '', members: { init: 'nodeInit', createClient: 'nodeInit' } },
    // `init(token, config, name?)`.
    init: returns('client'),
    nodeInit: returns('nodeClient'),
    nodeClient: {
      label: '',
      members: {
        track: { call: sink('event', null, eventProps) },
        import: { call: sink('event', null, null, eventProps) },
        alias: { call: sink('identity', userId, userId) },
        people: 'nodePeople',
        groups: { label: 'groups', members: { set: { call: sink('profile', null, orgId, orgProps) } } },
      },
    },
    nodePeople: {
      label: 'people',
      members: {
        ...same(
          sink('profile', userId, userProps, keyed(1, 'user'), eventProps),
          'set',
          'set_once',
          'increment',
          'append',
          'union',
          'remove',
        ),
        track_charge: { call: sink('profile', userId, null, eventProps) },
        ...same(sink('profile', userId), 'delete_user', 'clear_charges', 'unset'),
      },
    },
  },
  docs: [
    'https://docs.mixpanel.com/docs/tracking/reference/javascript',
    'https://github.com/mixpanel/mixpanel-node',
  ],
  configChecks: [
    {
      targets: [{ shape: 'init', via: 'call', args: [1], label: 'init', initial: true }],
      rules: [
        {
          // Default true: every event and profile update is geolocated from the sender's IP address.
          kind: 'option',
          path: 'ip',
          unsafe: [true],
          safe: false,
          whenMissing: true,
          collects: 'geolocates every user from their IP address',
        },
      ],
    },
    {
      // mixpanel (Node) 0.16+: geolocation is off unless `geolocate: true`.
      targets: [{ shape: 'nodeInit', via: 'call', args: [1], label: 'init' }],
      rules: [
        {
          kind: 'option',
          path: 'geolocate',
          unsafe: [true],
          safe: false,
          ipCollection: true,
          collects: 'geolocates people from the IP address of each request',
        },
      ],
    },
  ],
  scriptUrls: ['cdn.mxpnl.com'],
  nameWords: ['mixpanel'],
  endpoints: [...ingestion('api.mixpanel.com'), ...ingestion('api-eu.mixpanel.com')],
};
