import { InputError, type FieldProblem } from '@sli/shared/api-core';

/** A patch's fields that are given (undefined means "leave as it is"). */
export function withoutUndefined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Required fields a patch tries to clear. */
export function patchProblems<T extends object>(patch: T, required: readonly (keyof T & string)[]): FieldProblem[] {
  return required.filter((k) => patch[k] === null).map((field) => ({ field, message: 'cannot be null' }));
}

/** Throws every problem at once, naming each field. */
export function throwIfAny(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new InputError(problems);
}
