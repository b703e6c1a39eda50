import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('June', () => {
  it('reports identify on a loaded browser client', () => {
    expect(
      reports(
        `import { AnalyticsBrowser } from '@june-so/analytics-next';\nconst analytics = AnalyticsBrowser.load({ writeKey: KEY });\nanalytics.identify(member.id, { email: user.email });`,
      ),
    ).toEqual(['3: user ID reaches June identify (identity argument)', '3: email reaches June identify']);
  });
  it('reports the group ID of group', () => {
    expect(
      reports(
        `import { AnalyticsBrowser } from '@june-so/analytics-next';\nconst analytics = AnalyticsBrowser.load({ writeKey: KEY });\nanalytics.group(workspace.id);`,
      ),
    ).toEqual(['3: organization ID reaches June group (identity argument)']);
  });
  it('reports the userId of a Node SDK message', () => {
    expect(
      reports(
        `import { Analytics } from '@june-so/analytics-node';\nconst june = new Analytics(KEY);\njune.track({ userId: member.id, event: 'Signed Up', properties: { plan: 'pro' } });`,
      ),
    ).toEqual(['3: user ID reaches June track']);
  });
  it('stays silent on neutral properties', () => {
    expect(
      reports(
        `import { AnalyticsBrowser } from '@june-so/analytics-next';\nconst analytics = AnalyticsBrowser.load({ writeKey: KEY });\nanalytics.track('Report Created', { format: 'csv' });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(`const june = { track(..._a: unknown[]) {} };\njune.track({ userId: member.id, event: 'x' });`),
    ).toEqual([]);
  });
});
