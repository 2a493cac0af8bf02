import type { Bundle } from '@sli/exchange-domain';
import { narrativeTextProblems } from '@sli/analytics-domain';
import { generateBundle } from './generate';

describe('annual report narratives in the demo bundle', () => {
  let demo: Bundle;
  beforeAll(() => {
    demo = generateBundle();
  });

  it('gives every demo partnership five approved sections for each year generated, and drafts for the year after', () => {
    const narratives = demo.annualReportNarratives ?? [];
    for (const p of demo.partnerships) {
      for (const year of ['2021/22', '2022/23', '2023/24', '2024/25', '2025/26']) {
        const sections = narratives.filter((n) => n.partnership === p.ref && n.financialYear === year);
        expect([p.ref, year, sections.map((s) => s.section)]).toEqual([p.ref, year, ['priorities', 'learning-from-reviews', 'voice', 'scrutiny', 'next-year']]);
        for (const s of sections) {
          const latest = s.versions[s.versions.length - 1];
          expect(latest?.approvedBy).toBe(`Demo board member (${p.name.split(' ')[0]})`);
          expect(latest?.approvedAt && latest.approvedAt > latest.savedAt).toBe(true);
          // Only the latest version is ever approved.
          expect(s.versions.slice(0, -1).every((v) => !v.approvedAt)).toBe(true);
          expect(s.versions.map((v) => v.version)).toEqual(s.versions.map((_, i) => i + 1));
        }
      }
      const current = narratives.filter((n) => n.partnership === p.ref && n.financialYear === '2026/27');
      expect(current.map((n) => n.section)).toEqual(['priorities', 'next-year']);
      expect(current.every((n) => n.versions.every((v) => !v.approvedAt && !v.approvedBy))).toBe(true);
    }
  });

  it('writes short texts the application accepts, dated on or before the generation date', () => {
    const asOf = demo.generatedAt ?? '';
    for (const n of demo.annualReportNarratives ?? []) {
      for (const v of n.versions) {
        expect([n.partnership, n.financialYear, n.section, narrativeTextProblems(v.text)]).toEqual([n.partnership, n.financialYear, n.section, []]);
        const paragraphs = v.text.split('\n\n');
        expect(paragraphs.length).toBeGreaterThanOrEqual(2);
        expect(paragraphs.length).toBeLessThanOrEqual(4);
        expect(v.text).not.toMatch(/undefined|NaN|\s{3,}|\bno of\b/);
        expect(v.savedAt <= asOf && (v.approvedAt ?? '') <= asOf).toBe(true);
      }
    }
  });

  it("fills the templates with the partnership's own figures for the year", () => {
    const nscp = (demo.annualReportNarratives ?? []).find((n) => n.partnership === 'NSCP' && n.financialYear === '2023/24' && n.section === 'priorities');
    const notified = (demo.notifications ?? []).filter((n) => n.partnership === 'NSCP' && (n.dateNotified ?? n.dateAware) >= '2023-04-01' && (n.dateNotified ?? n.dateAware) <= '2024-03-31').length;
    expect(notified).toBeGreaterThan(0);
    const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    const said = notified <= 10 ? words[notified] : String(notified);
    expect(nscp?.versions.at(-1)?.text).toContain(`received ${said} serious incident notification${notified === 1 ? '' : 's'}`);
    // Different years read differently.
    const texts = new Set((demo.annualReportNarratives ?? []).filter((n) => n.partnership === 'NSCP' && n.section === 'learning-from-reviews').map((n) => n.versions.at(-1)?.text));
    expect(texts.size).toBe(5);
  });
});

it("names as next year's focus the priorities next year's section reports", () => {
  const demo = generateBundle({ partnerships: 1 });
  const text = (year: string, section: string) =>
    demo.annualReportNarratives?.find((n) => n.financialYear === year && n.section === section)?.versions.at(-1)?.text ?? '';
  const focus = /focus on (.+), building on/.exec(text('2023/24', 'next-year'))?.[1];
  expect(focus).toBeTruthy();
  expect(text('2024/25', 'priorities')).toContain(`the safeguarding partners: ${focus}.`);
  expect(text('2026/27', 'priorities')).toContain(`priorities are ${/focus on (.+), building on/.exec(text('2025/26', 'next-year'))?.[1]}, carried`);
});
