import { eventProps, sink, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

export const linkedinInsight: Vendor = {
  id: 'linkedin-insight',
  name: 'LinkedIn Insight Tag',
  category: 'advertising pixel',
  // `react-linkedin-insight` only forwards a partner ID and conversion IDs, so it is not modelled.
  modules: [],
  globals: {
    lintrk: {
      commands: {
        // `lintrk('track', { conversion_id, event_id })`.
        track: sink('event', null, eventProps),
        // Enhanced matching: `lintrk('setUserData', { email })`; the tag hashes the email before sending.
        setUserData: sink('identity', null, userProps),
      },
    },
  },
  shapes: {},
  docs: [
    'https://docs.tealium.com/client-side-tags/linkedin-insight-tag/',
    'https://www.linkedin.com/help/lms/answer/a6246095',
    'https://github.com/nuxt/scripts',
  ],
  scriptUrls: ['snap.licdn.com/li.lms-analytics'],
};
