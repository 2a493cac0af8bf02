import { useMemo } from 'react';
import { GraphQLRequestError, isUnauthenticated } from '@sli/shared/data-access';

export interface SummaryItem {
  text: string;
  /** The control to go to, when the problem names a field on this form. */
  href?: string;
}

export interface FieldProblems<F extends string> {
  /** The control's id: what the summary links to and the label points at. */
  id: (field: F) => string;
  /** The message beside the field, if the API (or a check before sending) named it. */
  error: (field: F) => string | undefined;
  /** Every problem, in the order of the form's fields, then the rest: for the error summary. */
  summary: SummaryItem[];
}

/**
 * An API message as a sentence: "must be an email" becomes "Email address must be an email"; a message
 * that is already a sentence (starts with a capital) is kept.
 */
export function sentence(label: string, message: string): string {
  return /^[a-z]/.test(message) ? `${label} ${message}` : message;
}

/**
 * Reads a BAD_USER_INPUT error's `extensions.fields` (paths such as `input.email`) into messages beside
 * each field and an error summary. `local` holds problems found before sending (an empty required
 * field); they win over the API's for the same field. The API stays the authority on the rules.
 */
export function useFieldProblems<F extends string>(
  error: unknown,
  labels: Record<F, string>,
  prefix: string,
  options: { local?: Partial<Record<F, string>>; readable?: (message: string) => string } = {},
): FieldProblems<F> {
  const { local, readable } = options;
  return useMemo(() => {
    const fields = Object.keys(labels) as F[];
    const byField = new Map<F, string>();
    const others: string[] = [];
    for (const f of fields) {
      const message = local?.[f];
      if (message) byField.set(f, message);
    }
    const hasLocal = byField.size > 0;
    // Signed out: the session handler is already going to the sign-in page, keeping what was typed.
    if (!hasLocal && error && !isUnauthenticated(error)) {
      const problems = error instanceof GraphQLRequestError ? error.fields : [];
      for (const p of problems) {
        const name = p.field.split('.').pop() ?? p.field;
        const message = readable ? readable(p.message) : p.message;
        if (name in labels && !byField.has(name as F)) byField.set(name as F, sentence(labels[name as F], message));
        else if (!(name in labels)) others.push(sentence(p.field, message));
      }
      if (problems.length === 0) others.push(error instanceof Error ? error.message : String(error));
    }
    const id = (f: F) => `${prefix}-${f}`;
    const summary: SummaryItem[] = [
      ...fields.filter((f) => byField.has(f)).map((f) => ({ text: byField.get(f) as string, href: `#${id(f)}` })),
      ...others.map((text) => ({ text })),
    ];
    return { id, error: (f: F) => byField.get(f), summary };
  }, [error, labels, prefix, local, readable]);
}
