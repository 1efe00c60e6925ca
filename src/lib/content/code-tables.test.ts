import { describe, expect, test } from 'vitest';
import { troubleshootingAnchor, troubleshootingGroupAnchor, troubleshootingGroups } from './code-tables';
import type { StatusCode } from './model';

const code = (n: number, extra: Partial<StatusCode> = {}) =>
  ({ code: n, causes: [], solutions: [], ...extra }) as StatusCode;
const redirect: Partial<StatusCode> = {
  causes: ['Redirects.'],
  solutions: ['Try www.'],
  causesSource: 'documented',
};

describe('troubleshootingGroups', () => {
  test("puts the rows that restate the vendor's table before ours, and merges identical ones", () => {
    const groups = troubleshootingGroups([
      code(429, { causes: ['Too fast.'], solutions: ['Wait.'], causesSource: 'ours' }),
      code(302, redirect),
      code(200),
      code(204, redirect),
      code(400, { causes: ['Bad syntax.'], solutions: ['Check it.'], causesSource: 'documented' }),
    ]);
    expect(groups.map((g) => [g.source, g.rows.map((r) => r.codes.map((c) => c.code))])).toEqual([
      ['documented', [[204, 302], [400]]],
      ['ours', [[429]]],
    ]);
    expect(groups[0]!.heading).toMatch(/^From the troubleshooting table of the API’s docs/);
    expect(groups[1]!.heading).toMatch(/^Ours, not from the API’s docs/);
  });

  test('anchors each group apart from the codes’ rows', () => {
    expect([troubleshootingGroupAnchor('documented'), troubleshootingGroupAnchor('ours')]).toEqual([
      'troubleshooting-documented',
      'troubleshooting-ours',
    ]);
    expect(troubleshootingAnchor(204)).toBe('troubleshooting-204');
  });

  test('keeps rows with the same words apart when they come from different places', () => {
    const same = { causes: ['Redirects.'], solutions: ['Try www.'] };
    const groups = troubleshootingGroups([
      code(301, { ...same, causesSource: 'documented' }),
      code(307, { ...same, causesSource: 'ours' }),
    ]);
    expect(groups.map((g) => g.rows.length)).toEqual([1, 1]);
  });

  test('leaves out a group without rows', () => {
    const groups = troubleshootingGroups([code(429, { causes: ['Too fast.'], causesSource: 'ours' })]);
    expect(groups.map((g) => g.source)).toEqual(['ours']);
  });
});
