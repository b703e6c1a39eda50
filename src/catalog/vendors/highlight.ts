import { eventProps, fields, message, sink, userId, userProps } from '../dsl.js';
import type { Vendor } from '../types.js';

/** The browser SDK's public interface (`HighlightPublicInterface`), exported as `H`. */
export const highlight: Vendor = {
  id: 'highlight',
  name: 'Highlight',
  category: 'session replay',
  modules: [{ names: ['highlight.run'], exports: { members: { H: 'client' } } }],
  globals: {},
  shapes: {
    client: {
      label: '',
      members: {
        identify: { call: sink('identity', userId, userProps) },
        track: { call: sink('event', null, eventProps) },
        consumeError: { call: sink('log', null, message, eventProps) },
        error: { call: sink('log', message, eventProps) },
        log: { call: sink('log', message, null, eventProps) },
        addSessionFeedback: {
          call: sink(
            'profile',
            fields({
              userName: { role: 'is', category: 'name' },
              userEmail: { role: 'is', category: 'email' },
              verbatim: message,
            }),
          ),
        },
      },
    },
  },
  docs: [
    'https://launchdarkly.github.io/observability-sdk/packages/@launchdarkly/observability/interfaces/client_types_types.HighlightPublicInterface.html',
  ],
};
