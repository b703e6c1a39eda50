import { describe, expect, it } from 'vitest';
import { reports, typedReports } from '../helpers/lint.js';

describe('AWS Amplify Analytics', () => {
  it('reports event attributes of record', () => {
    expect(
      reports(
        `import { record } from 'aws-amplify/analytics';\nrecord({ name: 'albumVisit', attributes: { email: user.email, genre: 'rock' }, metrics: { minutes: 30 } });`,
      ),
    ).toEqual(['2: email reaches AWS Amplify Analytics record']);
  });
  it('reports the user ID, profile and custom properties of identifyUser', () => {
    expect(
      reports(
        `import { identifyUser } from '@aws-amplify/analytics';\nawait identifyUser({ userId: member.id, userProfile: { email: user.email, name: user.name, customProperties: { phoneNumber: [customer.phone] } } });`,
      ),
    ).toEqual([
      '2: user ID reaches AWS Amplify Analytics identifyUser',
      '2: email reaches AWS Amplify Analytics identifyUser',
      '2: name reaches AWS Amplify Analytics identifyUser',
      '2: phone number reaches AWS Amplify Analytics identifyUser',
    ]);
  });
  it('stays silent on neutral events, the Kinesis stream of the app, and other Amplify imports', () => {
    expect(
      reports(
        `import { record } from 'aws-amplify/analytics';\nrecord({ name: 'albumVisit', attributes: { genre: 'rock' } });\nimport { record as put } from 'aws-amplify/analytics/kinesis';\nput({ streamName: 'events', partitionKey: 'k', data: { email: user.email } });\nimport { signIn } from 'aws-amplify/auth';\nawait signIn({ username: user.email, password });`,
      ),
    ).toEqual([]);
  });
  it('typed: the same reports, and a typed record with personal fields', () => {
    expect(
      typedReports(
        "import { identifyUser, record } from 'aws-amplify/analytics';\nimport type { Contact, Member } from './types';\nexport function f(m: Member, c: Contact) {\n  void identifyUser({ userId: m.id, userProfile: { plan: m.plan } });\n  record({ name: 'contact_saved', attributes: { contact: c } });\n}",
      ),
    ).toEqual([
      '4: user ID reaches AWS Amplify Analytics identifyUser',
      '5: whole user object reaches AWS Amplify Analytics record',
    ]);
  });
});
