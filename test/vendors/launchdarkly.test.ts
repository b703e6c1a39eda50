import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('LaunchDarkly', () => {
  it('reports the context given to initialize', () => {
    expect(
      reports(
        `import { initialize } from 'launchdarkly-js-client-sdk';\nconst client = initialize(CLIENT_ID, { kind: 'user', key: member.id, email: user.email });`,
      ),
    ).toEqual(['2: user ID reaches LaunchDarkly initialize', '2: email reaches LaunchDarkly initialize']);
  });
  it('reports identify and track on the client of useLDClient', () => {
    expect(
      reports(
        `import { useLDClient } from 'launchdarkly-react-client-sdk';\nconst ldClient = useLDClient();\nldClient?.identify({ kind: 'user', key: 'anon', name: user.name });\nldClient?.track('invite-sent', { invitee: invitee.email });`,
      ),
    ).toEqual(['3: name reaches LaunchDarkly identify', '4: email reaches LaunchDarkly track']);
  });
  it('reports the provider config of asyncWithLDProvider', () => {
    expect(
      reports(
        `import { asyncWithLDProvider } from 'launchdarkly-react-client-sdk';\nconst Provider = await asyncWithLDProvider({ clientSideID: CLIENT_ID, context: { kind: 'user', key: member.id } });`,
      ),
    ).toEqual(['2: user ID reaches LaunchDarkly asyncWithLDProvider']);
  });
  it('reports server-side evaluation and tracking contexts (require)', () => {
    expect(
      reports(
        `const ld = require('@launchdarkly/node-server-sdk');\nconst client = ld.init(SDK_KEY);\nconst on = await client.variation('new-ui', { kind: 'user', key: 'k', email: user.email }, false);\nclient.track('export', { kind: 'user', key: member.id }, { format: 'csv' });`,
      ),
    ).toEqual(['3: email reaches LaunchDarkly variation', '4: user ID reaches LaunchDarkly track']);
  });
  it('stays silent on anonymous contexts and neutral events', () => {
    expect(
      reports(
        `import { initialize } from 'launchdarkly-js-client-sdk';\nconst client = initialize(CLIENT_ID, { kind: 'user', anonymous: true });\nclient.variation('new-ui', false);\nclient.track('export-clicked', { format: 'csv' });`,
      ),
    ).toEqual([]);
  });
  it('reports the context given to the LDProvider component', () => {
    expect(
      reports(
        `import { LDProvider } from 'launchdarkly-react-client-sdk';\nexport const App = () => <LDProvider clientSideID={ID} context={{ kind: 'user', key: member.id, email: member.email }}><Main /></LDProvider>;`,
        { filename: 'app.jsx' },
      ),
    ).toEqual(['2: user ID reaches LaunchDarkly <LDProvider>', '2: email reaches LaunchDarkly <LDProvider>']);
  });
  it('stays silent on an LDProvider with an anonymous context', () => {
    expect(
      reports(
        `import { LDProvider } from 'launchdarkly-react-client-sdk';\nexport const App = () => <LDProvider clientSideID={ID} context={{ kind: 'user', anonymous: true, key: deviceId }}><Main /></LDProvider>;`,
        { filename: 'app.tsx' },
      ),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const ldClient = { identify(_c: unknown) {}, track(..._a: unknown[]) {} };\nldClient.identify({ key: member.id, email: user.email });\nldClient.track('x', { email: user.email });`,
      ),
    ).toEqual([]);
  });
});
