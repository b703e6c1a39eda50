import { eventProps, fields, keyed, message, returns, sink, userId } from '../dsl.js';
import type { ArgRole, Sink, Vendor } from '../types.js';

/**
 * Tracker instructions. Positions count the instruction name: `_paq.push(['setUserId', id])` has the
 * id at 1, and so does `tracker.pushInstruction('setUserId', id)`.
 */
const instructions: Record<string, Sink> = {
  // Matomo suggests pseudonymising the User ID.
  setUserId: sink('identity', null, userId),
  setCustomDimension: sink('context', null, null, message),
  // `['setCustomVariable', index, name, value, scope]` (legacy).
  setCustomVariable: sink('context', null, null, null, keyed(2)),
  trackEvent: sink('event', null, message, message, message, message),
  trackPageView: sink('event', null, message),
  trackSiteSearch: sink('event', null, message, message),
  // `['trackGoal', idGoal, customRevenue, customData]`.
  trackGoal: sink('event', null, null, null, eventProps),
};

/** `new MatomoTracker({ urlBase, siteId, userId, ... })` / `createInstance({ ... })`. */
const trackerOptions: ArgRole = fields({ userId });

export const matomo: Vendor = {
  id: 'matomo',
  name: 'Matomo',
  category: 'web analytics',
  modules: [
    {
      names: ['@jonkoops/matomo-tracker', '@datapunt/matomo-tracker-js'],
      exports: { members: { default: 'MatomoTracker' } },
    },
    {
      names: ['@jonkoops/matomo-tracker-react', '@datapunt/matomo-tracker-react'],
      exports: {
        members: {
          createInstance: { call: sink('init', trackerOptions), returns: 'tracker' },
          useMatomo: returns('tracker'),
        },
      },
    },
  ],
  globals: { _paq: { members: { push: { arrayCommands: instructions } } } },
  shapes: {
    MatomoTracker: {
      construct: 'tracker',
      constructSink: { ...sink('init', trackerOptions), label: 'new MatomoTracker' },
    },
    // A tracker instance, or what `useMatomo()` returns.
    tracker: {
      label: '',
      members: {
        trackEvent: { call: sink('event', eventProps) },
        trackSiteSearch: { call: sink('event', eventProps) },
        trackPageView: { call: sink('event', eventProps) },
        pushInstruction: { commands: instructions, returns: 'tracker' },
      },
    },
  },
  docs: [
    'https://developer.matomo.org/guides/tracking-javascript-guide',
    'https://matomo.org/faq/reports/set-up-user-id-tracking-in-matomo',
    'https://www.npmjs.com/package/@jonkoops/matomo-tracker',
    'https://www.npmjs.com/package/@jonkoops/matomo-tracker-react',
  ],
};
