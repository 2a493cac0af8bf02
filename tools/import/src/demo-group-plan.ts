import { addDays } from '@sli/groups-domain';
import type { Role } from '@sli/shared/api-core';

/*
 * The demo partnerships' groups, members and meetings: a plan worked out from the partnership's ref
 * and the demo users alone (no clock, no shared random stream), so every demo database holds the same.
 * Meetings run over the demo data's last two reporting years (April 2024 to March 2026).
 */

export const DEMO_MEETINGS_FROM = '2024-04-01';
export const DEMO_MEETINGS_TO = '2026-03-31';

/** FNV-1a, as the seed's hashString: the same label always gives the same number. */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface PlannedTerm {
  /** A demo user by role, or a person without an account by name (with an agency index). */
  role: Role | null;
  name: string | null;
  agencyIndex: number | null;
  memberRole: 'chair' | 'vice-chair' | 'member';
  fromOn: string;
  toOn: string | null;
}

export interface PlannedGroup {
  name: string;
  kind: 'board' | 'executive' | 'subgroup' | 'forum';
  purpose: string;
  cadenceWeeks: number;
  terms: PlannedTerm[];
  /** Held meetings, oldest first. */
  meetings: string[];
}

const INDEPENDENT = ['Dr Ana Kowalski', 'Prof. Sam Okafor', 'Jo Whitfield', 'Ruth Adeyemi', 'Martin Hale', 'Priya Sandhu'];
const PRACTITIONERS = ['Sarah Lin', 'Tom Reid', 'Aisha Begum', 'Gareth Price', 'Helen Marsh', 'Dev Patel', 'Lucy Grant', 'Kofi Mensah'];

/** Meeting days every `weeks` weeks from the first weekday on or after an offset into the window. */
export function meetingDays(label: string, weeks: number, from = DEMO_MEETINGS_FROM, to = DEMO_MEETINGS_TO): string[] {
  let day = addDays(from, hashOf(label) % (weeks * 7));
  // Saturday or Sunday moves to Monday: groups meet on weekdays.
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  if (weekday === 6) day = addDays(day, 2);
  if (weekday === 0) day = addDays(day, 1);
  const days: string[] = [];
  for (; day <= to; day = addDays(day, weeks * 7)) days.push(day);
  return days;
}

const pick = <T>(items: readonly T[], label: string): T => items[hashOf(label) % items.length] as T;

/**
 * A partnership's groups: its board (quarterly, chaired by the board member), the Learning from
 * Practice Group every six weeks (an independent chair until March 2025, the committee member since:
 * a rotating chair), the Performance & QA Committee every eight weeks; the business unit sits on each.
 */
export function demoGroupPlan(partnership: { ref: string; name: string }): PlannedGroup[] {
  const place = partnership.name.split(/\s+/)[0] ?? partnership.ref;
  const label = (s: string) => `${partnership.ref}:${s}`;
  const board = `${place} Safeguarding Board`;
  return [
    {
      name: board,
      kind: 'board',
      purpose: 'Holds the partnership to account for its arrangements, agrees the annual report and the priorities.',
      cadenceWeeks: 13,
      terms: [
        { role: 'board-member', name: null, agencyIndex: null, memberRole: 'chair', fromOn: '2024-04-01', toOn: null },
        { role: 'admin', name: null, agencyIndex: null, memberRole: 'member', fromOn: '2024-04-01', toOn: null },
        { role: null, name: pick(INDEPENDENT, label('scrutineer')), agencyIndex: 0, memberRole: 'vice-chair', fromOn: '2024-04-01', toOn: null },
      ],
      meetings: meetingDays(label('board'), 13),
    },
    {
      name: 'Learning from Practice Group',
      kind: 'subgroup',
      purpose: 'Screens referrals, oversees reviews and audits, and monitors the action plans that come from them.',
      cadenceWeeks: 6,
      terms: [
        { role: null, name: pick(INDEPENDENT, label('lfp-chair')), agencyIndex: 1, memberRole: 'chair', fromOn: '2024-04-01', toOn: '2025-03-31' },
        { role: 'committee-member', name: null, agencyIndex: null, memberRole: 'chair', fromOn: '2025-04-01', toOn: null },
        { role: 'admin', name: null, agencyIndex: null, memberRole: 'member', fromOn: '2024-04-01', toOn: null },
        { role: 'agency-lead', name: null, agencyIndex: null, memberRole: 'member', fromOn: '2024-04-01', toOn: null },
        { role: null, name: pick(PRACTITIONERS, label('lfp-1')), agencyIndex: 2, memberRole: 'member', fromOn: '2024-04-01', toOn: null },
        { role: null, name: pick(PRACTITIONERS, label('lfp-2')), agencyIndex: 3, memberRole: 'member', fromOn: '2024-09-01', toOn: null },
      ],
      meetings: meetingDays(label('lfp'), 6),
    },
    {
      name: 'Performance & QA Committee',
      kind: 'subgroup',
      purpose: 'Reads the performance figures and audit findings, and follows up actions that are overdue.',
      cadenceWeeks: 8,
      terms: [
        { role: 'analyst', name: null, agencyIndex: null, memberRole: 'member', fromOn: '2024-04-01', toOn: null },
        { role: 'admin', name: null, agencyIndex: null, memberRole: 'member', fromOn: '2024-04-01', toOn: null },
        { role: null, name: pick(PRACTITIONERS, label('qa-chair')), agencyIndex: 1, memberRole: 'chair', fromOn: '2024-04-01', toOn: null },
        { role: 'agency-lead', name: null, agencyIndex: null, memberRole: 'vice-chair', fromOn: '2025-01-01', toOn: null },
      ],
      meetings: meetingDays(label('qa'), 8),
    },
  ];
}

/** Decisions about one action (the page names the action beside them). */
const DECISIONS = [
  'Asked the owner agency for an update before the next meeting.',
  'Accepted the progress reported.',
  'Escalated to the chair of the board: overdue with no plan to finish.',
  'Agreed to look for evidence of impact in the next case audit.',
];
const GENERAL = [
  'Agreed the 7-minute briefing for practitioners.',
  'Noted the figures; no exceptions to escalate.',
  'Agreed the agenda items for the next meeting.',
];

/** A held meeting's decisions: one in general words, and one about an action (when the group has one). */
export function demoDecisions(groupName: string, meetsOn: string, actionRef: string | null): { text: string; about: boolean }[] {
  const label = `${groupName}:${meetsOn}`;
  const decisions = [{ text: pick(GENERAL, label), about: false }];
  if (actionRef) decisions.push({ text: pick(DECISIONS, `${label}:action:${actionRef}`), about: true });
  return decisions;
}
