import type { FieldProblem } from '@sli/shared/domain';

/**
 * What a draft of an assurance tool must be (issue 10), shared by the API (the authority) and the
 * dashboard's editor. A rating level's code is the RAG stored on an assessment, so a scale uses
 * red, amber and green at most once each; the list order is the scale's order, worst first.
 */
export const LEVEL_CODES = ['red', 'amber', 'green'] as const;
export type LevelCode = (typeof LEVEL_CODES)[number];

/** Lower-case words joined by hyphens, e.g. `safer-recruitment`: stable codes that bundles and assessments name. */
export const CODE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface DraftStandard {
  code: string;
  title: string;
  description?: string | null;
  groupName?: string | null;
}

export interface DraftLevel {
  code: string;
  label: string;
  met: boolean;
}

export interface ToolDraft {
  name: string;
  description?: string | null;
  standards: readonly DraftStandard[];
  levels: readonly DraftLevel[];
}

const MAX_NAME = 300;
const MAX_TITLE = 300;
const MAX_TEXT = 4000;
const MAX_LABEL = 200;

/** A code made from words: `Safer recruitment & allegations` → `safer-recruitment-allegations`. */
export function codeFrom(words: string): string {
  return words
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

function textProblem(field: string, value: string | null | undefined, max: number, required: boolean): FieldProblem[] {
  const text = (value ?? '').trim();
  if (!text) return required ? [{ field, message: 'is required' }] : [];
  return text.length > max ? [{ field, message: `must be at most ${max} characters (it has ${text.length})` }] : [];
}

/**
 * Every problem of a draft at once, each naming its field (`standards[2].code`). Publishing also
 * needs something to assess: at least one standard. A scale needs a level and a level that counts
 * as met, and "met" runs from some level up: a level better than one that counts as met counts too.
 */
export function toolDraftProblems(draft: ToolDraft, { publishing = false } = {}): FieldProblem[] {
  const problems: FieldProblem[] = [...textProblem('name', draft.name, MAX_NAME, true), ...textProblem('description', draft.description, MAX_TEXT, false)];

  const codes = new Map<string, number>();
  draft.standards.forEach((s, i) => {
    const at = `standards[${i}]`;
    const code = s.code.trim();
    if (!code) problems.push({ field: `${at}.code`, message: 'is required' });
    else if (!CODE_PATTERN.test(code)) problems.push({ field: `${at}.code`, message: 'must be lower-case letters and digits joined by hyphens, e.g. safer-recruitment' });
    else if (codes.has(code)) problems.push({ field: `${at}.code`, message: `${code} is already the code of standard ${(codes.get(code) ?? 0) + 1}: each standard needs its own code` });
    else codes.set(code, i);
    problems.push(...textProblem(`${at}.title`, s.title, MAX_TITLE, true), ...textProblem(`${at}.description`, s.description, MAX_TEXT, false));
    problems.push(...textProblem(`${at}.groupName`, s.groupName, MAX_LABEL, false));
  });
  if (publishing && draft.standards.length === 0) problems.push({ field: 'standards', message: 'must have at least one standard before the tool is published' });

  if (draft.levels.length === 0) problems.push({ field: 'levels', message: 'must have at least one rating level' });
  const seen = new Map<string, number>();
  draft.levels.forEach((l, i) => {
    const at = `levels[${i}]`;
    if (!(LEVEL_CODES as readonly string[]).includes(l.code)) problems.push({ field: `${at}.code`, message: 'must be red, amber or green: assessments are rated on a RAG scale' });
    else if (seen.has(l.code)) problems.push({ field: `${at}.code`, message: `${l.code} is already level ${(seen.get(l.code) ?? 0) + 1}: use each rating once` });
    else seen.set(l.code, i);
    problems.push(...textProblem(`${at}.label`, l.label, MAX_LABEL, true));
  });
  if (draft.levels.length > 0 && !draft.levels.some((l) => l.met)) {
    problems.push({ field: 'levels', message: 'must have a level that counts as met, or no standard could ever be met' });
  }
  const firstMet = draft.levels.findIndex((l) => l.met);
  if (firstMet >= 0) {
    draft.levels.forEach((l, i) => {
      if (i > firstMet && !l.met) {
        problems.push({ field: `levels[${i}].met`, message: `must count as met: it is above level ${firstMet + 1} (${draft.levels[firstMet]?.label}), which counts as met, and levels are worst first` });
      }
    });
  }
  return problems;
}
