import type { FieldProblem } from '@sli/shared/api-core';

/*
 * The rules of notifications, reviews and information requests live in @sli/reviews-domain, shared
 * with the dashboard's forms and the bundle importer. What stays here is how an update is merged.
 */

/**
 * Applies an update's given fields to a copy of `existing`: undefined means "leave alone", null
 * clears. Null for a field the record cannot lack is a problem, reported rather than sent to the database.
 */
export function applyPatch<T extends object>(
  existing: T,
  patch: Partial<Record<keyof T, unknown>>,
  required: readonly (keyof T & string)[],
): { merged: T; problems: FieldProblem[] } {
  const merged = { ...existing };
  const problems: FieldProblem[] = [];
  for (const [key, value] of Object.entries(patch) as [keyof T & string, unknown][]) {
    if (value === undefined) continue;
    if (value === null && required.includes(key)) {
      problems.push({ field: key, message: 'cannot be null' });
      continue;
    }
    merged[key] = value as T[keyof T & string];
  }
  return { merged, problems };
}
