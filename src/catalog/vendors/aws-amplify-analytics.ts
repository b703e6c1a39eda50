import { eventProps, fields, sink, userId, userProps } from '../dsl.js';
import type { ArgRole, Vendor } from '../types.js';

/**
 * `identifyUser({ userId, userProfile: { email, name, plan, location, demographic, customProperties },
 * options: { userAttributes } })`: sent to Amazon Pinpoint's UpdateEndpoint.
 */
const identifyUserInput: ArgRole = fields({
  userId,
  userProfile: fields({ customProperties: userProps }, userProps),
  options: fields({ userAttributes: userProps }),
});

/** `record({ name, attributes, metrics })`. */
const recordInput: ArgRole = fields({ attributes: eventProps });

export const awsAmplifyAnalytics: Vendor = {
  id: 'aws-amplify-analytics',
  name: 'AWS Amplify Analytics',
  category: 'product analytics',
  modules: [
    {
      // Amplify v6, Amazon Pinpoint provider: `import { record, identifyUser } from 'aws-amplify/analytics'`
      // (or '@aws-amplify/analytics').
      names: ['aws-amplify/analytics', '@aws-amplify/analytics'],
      exports: {
        members: {
          record: { call: sink('event', recordInput) },
          identifyUser: { call: sink('identity', identifyUserInput) },
        },
      },
    },
    // Left out: the Kinesis / Firehose / Personalize providers (`aws-amplify/analytics/kinesis`, ...), which
    // stream records into the app's own AWS resources rather than an analytics service; and the v5
    // `Analytics` category object (`import { Analytics } from 'aws-amplify'`), not confirmed.
  ],
  globals: {},
  shapes: {},
  docs: [
    'https://docs.amplify.aws/gen1/vue/build-a-backend/more-features/analytics/identify-user/',
    'https://app.unpkg.com/@aws-amplify/analytics@7.0.90/files/dist/esm/providers/pinpoint/apis/identifyUser.d.ts',
    'https://app.unpkg.com/@aws-amplify/analytics@7.0.90/files/dist/esm/providers/pinpoint/apis/record.d.ts',
    'https://aws-amplify.github.io/amplify-js/api/functions/aws_amplify.analytics.record.html',
  ],
};
