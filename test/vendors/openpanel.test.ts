import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('OpenPanel', () => {
  it('reports identify, track and increment on a client', () => {
    expect(
      reports(
        `import { OpenPanel } from '@openpanel/sdk';\nconst op = new OpenPanel({ clientId: ID, clientSecret: SECRET });\nop.identify({ profileId: user.id, email: user.email, properties: { phone: customer.phone } });\nop.track('invite_sent', { profileId: member.id, invitee: invite.email });\nop.increment({ profileId: user.id, property: 'logins', value: 1 });`,
      ),
    ).toEqual([
      '3: user ID reaches OpenPanel identify',
      '3: email reaches OpenPanel identify',
      '3: phone number reaches OpenPanel identify',
      '4: user ID reaches OpenPanel track',
      '4: email reaches OpenPanel track',
      '5: user ID reaches OpenPanel increment',
    ]);
  });
  it('reports the client of useOpenPanel', () => {
    expect(
      reports(
        `import { useOpenPanel } from '@openpanel/nextjs';\nexport function Profile() {\n  const op = useOpenPanel();\n  op.identify({ profileId: session.userId, firstName: user.firstName });\n}`,
      ),
    ).toEqual(['4: user ID reaches OpenPanel identify', '4: name reaches OpenPanel identify']);
  });
  it('stays silent on neutral events and look-alike clients', () => {
    expect(
      reports(
        `import { OpenPanel } from '@openpanel/web';\nconst op = new OpenPanel({ clientId: ID });\nop.track('monitor_created', { plan: plan.name, regions: 3 });\nop.identify({ profileId: sha256(account.id) });\nconst other = { identify: (..._a: unknown[]) => undefined };\nother.identify({ email: user.email });`,
      ),
    ).toEqual([]);
  });
});
