import { GraphQLError } from 'graphql';
import type { ValidationError } from 'class-validator';
import type { FieldProblem as RuleProblem } from '@sli/shared/domain';

/**
 * A field at fault and why: the record rules' problem (@sli/shared/domain), whose `field` here is a
 * dotted path, e.g. `input.dueDate` or `actions[3].ownerAgency`.
 */
export interface FieldProblem extends RuleProblem {
  /**
   * In an import, the own reference of the record at fault (e.g. `A-12` for `actions[3]`), beside the path in
   * `field` (which clients that read only field and message keep using).
   */
  ref?: string;
}

/** A client error that names every field at fault; surfaces as BAD_USER_INPUT with `extensions.fields`. */
export class InputError extends GraphQLError {
  constructor(
    readonly problems: FieldProblem[],
    summary?: string,
  ) {
    super(summary ?? `Invalid input: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, {
      extensions: { code: 'BAD_USER_INPUT', fields: problems },
    });
  }
}

/** A record named by id that is not there (or not in the caller's partnership). */
export class NotFoundError extends GraphQLError {
  constructor(entity: string, id: string) {
    super(`${entity} ${id} was not found`, { extensions: { code: 'NOT_FOUND', entity, id } });
  }
}

/** Flattens class-validator's nested errors into field paths and messages. */
export function problemsFrom(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? (/^\d+$/.test(e.property) ? `${prefix}[${e.property}]` : `${prefix}.${e.property}`) : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({
      field,
      // class-validator starts messages with the property name; keep only the reason.
      message: message.startsWith(`${e.property} `) ? message.slice(e.property.length + 1) : message,
    }));
    return [...own, ...problemsFrom(e.children ?? [], field)];
  });
}
