import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('FullStory', () => {
  it("reports the uid and properties of FullStory('setIdentity')", () => {
    expect(
      reports(
        `import { FullStory } from '@fullstory/browser';\nFullStory('setIdentity', { uid: member.id, properties: { email: user.email } });`,
      ),
    ).toEqual([
      "2: user ID reaches FullStory FullStory('setIdentity')",
      "2: email reaches FullStory FullStory('setIdentity')",
    ]);
  });
  it("reports event properties of the global FS('trackEvent')", () => {
    expect(reports(`FS('trackEvent', { name: 'Checkout', properties: { phone: customer.phone } });`)).toEqual(
      ["1: phone number reaches FullStory FS('trackEvent')"],
    );
  });
  it('reports legacy FS.setUserVars', () => {
    expect(reports(`FS.setUserVars({ email: user.email });`)).toEqual([
      '1: email reaches FullStory FS.setUserVars',
    ]);
  });
  it('reports a user object spread into a v1 event through a namespace import', () => {
    expect(
      reports(`import * as FullStory from '@fullstory/browser';\nFullStory.event('Signed Up', { ...user });`),
    ).toEqual(['2: whole user object reaches FullStory event']);
  });
  it('stays silent on neutral event properties', () => {
    expect(reports(`FS('trackEvent', { name: 'Checkout', properties: { plan: plan.name } });`)).toEqual([]);
  });
  it('stays silent on a local FS function', () => {
    expect(reports(`function FS(..._a: unknown[]) {}\nFS('setIdentity', { uid: member.id });`)).toEqual([]);
  });
});
