import { eventProps, fields, keyed, message, sink, userId, userProps } from '../dsl.js';
import type { ArgRole, Shape, Sink, Vendor } from '../types.js';

/** `{ key, count, sum, dur, segmentation }`: the key names the event, segmentation carries its data. */
const countlyEvent: ArgRole = fields({ segmentation: eventProps });

/** `init({ app_key, url, device_id })`: a developer-supplied device ID usually is the user's ID. */
const initConfig: ArgRole = fields({ device_id: userId });

/** `user_details({ name, username, email, organization, phone, picture, gender, byear, custom })`. */
const userDetails: ArgRole = userProps;

const userDataMethods = ['set', 'set_once', 'push', 'push_unique', 'pull'];

/** `Countly.q.push([...])`: the async queue takes the same calls, `userData.*` included. */
const queue: Record<string, Sink> = {
  init: sink('init', null, initConfig),
  add_event: sink('event', null, countlyEvent),
  end_event: sink('event', null, countlyEvent),
  user_details: sink('profile', null, userDetails),
  change_id: sink('identity', null, userId),
  set_id: sink('identity', null, userId),
  log_error: sink('log', null, message, eventProps),
  add_log: sink('log', null, message),
  track_pageview: sink('event', null, message, null, eventProps),
  ...Object.fromEntries(
    userDataMethods.map((m) => [`userData.${m}`, sink('profile', null, null, keyed(1, 'user'))]),
  ),
};

const countlyApi: Shape = {
  label: '',
  members: {
    // `Countly.init(config)` returns an instance for further apps.
    init: { call: sink('init', initConfig), returns: 'countly' },
    q: { members: { push: { arrayCommands: queue } } },
    add_event: { call: sink('event', countlyEvent) },
    end_event: { call: sink('event', countlyEvent) },
    user_details: { call: sink('profile', userDetails) },
    userData: {
      label: 'userData',
      members: Object.fromEntries(
        userDataMethods.map((m) => [m, { call: sink('profile', null, keyed(0, 'user')) }]),
      ),
    },
    change_id: { call: sink('identity', userId) },
    set_id: { call: sink('identity', userId) },
    disable_offline_mode: { call: sink('identity', userId) },
    log_error: { call: sink('log', message, eventProps) },
    track_errors: { call: sink('context', eventProps) },
    add_log: { call: sink('log', message) },
    // `track_pageview(page, ignoreList, viewSegments)`: the page may embed IDs or emails.
    track_pageview: { call: sink('event', message, null, eventProps) },
    // Rating widget results may hold `{ rating, email, comment }`.
    reportFeedbackWidgetManually: { call: sink('event', null, null, eventProps) },
  },
};

export const countly: Vendor = {
  id: 'countly',
  name: 'Countly',
  category: 'product analytics',
  modules: [{ names: ['countly-sdk-web'], exports: { members: { default: 'countly' } }, cjs: 'countly' }],
  globals: { Countly: 'countly' },
  shapes: { countly: countlyApi },
  docs: [
    'https://support.count.ly/hc/en-us/articles/360037441932-Web-analytics-JavaScript',
    'https://github.com/Countly/countly-sdk-web/blob/master/lib/countly.d.ts',
  ],
};
