import { GraphQLRequestError, isUnauthenticated, type AuditAgencyReturnInput, type RagRating } from '@sli/shared/data-access';
import type { SummaryItem } from '@sli/shared/ui';
import type { ReturnToFill } from '../api/agency-returns';

export interface StandardValues {
  rating: RagRating | '';
  narrative: string;
  evidence: string;
}

export interface ReturnValues {
  summary: string;
  standards: Record<string, StandardValues>;
  cases: Record<string, string>;
}

export const EMPTY_STANDARD: StandardValues = { rating: '', narrative: '', evidence: '' };

export function initialReturnValues(r: ReturnToFill): ReturnValues {
  return {
    summary: r.summary ?? '',
    standards: Object.fromEntries(r.assessments.map((a) => [a.toolStandardId, { rating: a.selfRating, narrative: a.narrative ?? '', evidence: a.evidence ?? '' }])),
    cases: Object.fromEntries(r.caseNarratives.map((c) => [c.auditCaseId, c.narrative])),
  };
}

/** What the API is sent, and which standard or case each row is, to put its problems beside it. */
export interface Sent {
  input: AuditAgencyReturnInput;
  rowIds: string[];
}

/** Every standard (in the tool's order) or case with anything filled in; untouched ones are left out. */
export function toInput(r: ReturnToFill, v: ReturnValues): Sent {
  const blank = (s: string) => (s.trim() ? s.trim() : null);
  if (r.kind === 'SELF_ASSESSMENT') {
    const standards = [...(r.audit.tool?.standards ?? [])].sort((a, b) => a.position - b.position);
    const rows = standards.flatMap((s) => {
      const x = v.standards[s.id] ?? EMPTY_STANDARD;
      return x.rating || x.narrative.trim() || x.evidence.trim()
        ? [{ toolStandardId: s.id, rating: x.rating || null, narrative: blank(x.narrative), evidence: blank(x.evidence) }]
        : [];
    });
    return { input: { summary: blank(v.summary), assessments: rows }, rowIds: rows.map((x) => x.toolStandardId) };
  }
  const rows = r.audit.cases.flatMap((c) => (v.cases[c.id]?.trim() ? [{ auditCaseId: c.id, narrative: v.cases[c.id]?.trim() ?? null }] : []));
  return { input: { summary: blank(v.summary), cases: rows }, rowIds: rows.map((x) => x.auditCaseId) };
}

/** The control each field of the API's problems names: `assessments[2].evidence` is the evidence of the third row sent. */
export const controlId = (rowId: string | null, field: string) => (rowId ? `return-${rowId}-${field}` : `return-${field}`);

export interface ReturnProblems {
  byControl: Map<string, string>;
  summary: SummaryItem[];
}

const WORDS: Record<string, string> = { rating: 'Rating', evidence: 'Evidence', narrative: 'Narrative', toolStandardId: 'Standard', auditCaseId: 'Case' };

/** The API's problems beside each control, and in the error summary with the row's name. */
export function returnProblems(error: unknown, sent: Sent | null, rowName: (rowId: string) => string): ReturnProblems {
  const byControl = new Map<string, string>();
  const summary: SummaryItem[] = [];
  if (!error || isUnauthenticated(error)) return { byControl, summary };
  const fields = error instanceof GraphQLRequestError ? error.fields : [];
  for (const p of fields) {
    const row = /^(?:input\.)?(assessments|cases)\[(\d+)\]\.(\w+)$/.exec(p.field);
    const rowId = row ? (sent?.rowIds[Number(row[2])] ?? null) : null;
    if (row && rowId) {
      const id = controlId(rowId, row[3] as string);
      const text = `${WORDS[row[3] as string] ?? row[3]} ${p.message}`;
      byControl.set(id, text);
      summary.push({ text: `${rowName(rowId)}: ${text}`, href: `#${id}` });
      continue;
    }
    const name = p.field.replace(/^input\./, '');
    const label = name === 'summary' ? 'Summary' : name === 'assessments' ? 'The return' : name === 'cases' ? 'The return' : name;
    const id = controlId(null, name === 'summary' ? 'summary' : 'rows');
    byControl.set(id, `${label} ${p.message}`);
    summary.push({ text: `${label} ${p.message}`, href: `#${id}` });
  }
  if (fields.length === 0) summary.push({ text: error instanceof Error ? error.message : String(error) });
  return { byControl, summary };
}
