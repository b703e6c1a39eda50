import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('LinkedIn Insight Tag', () => {
  it('reports the email given to setUserData', () => {
    expect(reports(`window.lintrk('setUserData', { email: user.email });`)).toEqual([
      "1: email reaches LinkedIn Insight Tag lintrk('setUserData')",
    ]);
  });
  it('reports personal data in conversion parameters', () => {
    expect(reports(`lintrk('track', { conversion_id: 123, lead_email: lead.email });`)).toEqual([
      "1: email reaches LinkedIn Insight Tag lintrk('track')",
    ]);
  });
  it('reports data reaching lintrk through a local wrapper', () => {
    expect(
      reports(
        `const match = (data: object) => window.lintrk('setUserData', data);\nmatch({ email: user.email });`,
      ),
    ).toEqual(["2: email reaches LinkedIn Insight Tag lintrk('setUserData') through match"]);
  });
  it('stays silent on a plain conversion', () => {
    expect(reports(`window.lintrk('track', { conversion_id: 20529377 });`)).toEqual([]);
  });
  it('stays silent on a local lintrk function', () => {
    expect(
      reports(`function lintrk(..._a: unknown[]) {}\nlintrk('setUserData', { email: user.email });`),
    ).toEqual([]);
  });
});
