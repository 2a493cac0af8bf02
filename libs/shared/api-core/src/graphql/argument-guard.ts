import type { ApolloDriverConfig } from '@nestjs/apollo';
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { longDate, todayInEngland } from '@sli/analytics-domain';
import { InputError, type FieldProblem } from '../errors/input-error';
import { isIsoDate } from './date.scalar';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Longest string any argument may carry (long narratives are 20,000 characters); DTOs set tighter limits. */
export const MAX_STRING_ARGUMENT = 20_000;

/**
 * Checks every argument of an operation before execution: each `ID` must be a UUID (every id in
 * this API is one), so a malformed id is BAD_USER_INPUT naming the argument (`id`,
 * `filter.partnershipId`) instead of a database error; no string may exceed
 * MAX_STRING_ARGUMENT, also for arguments no DTO validates (e.g. `signedOffBy`); and no "as of" date
 * (a Date argument or input field named `asOf` or `…AsOf`) may be later than `today` in England:
 * a figure is never judged at a day that has not happened (DESIGN section 4).
 */
export function argumentProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  /** Today in England, `YYYY-MM-DD` (the tests fix it); by default the real one. */
  given?: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  // Worked out only when an "as of" date is given: most operations have none.
  let known = given;
  const today = () => (known ??= todayInEngland());
  for (const { type, value: node, name } of argumentSites(schema, document)) {
    const value = node.kind === Kind.VARIABLE ? variables[node.name.value] : valueFromAST(node, type, variables);
    checkValue(type, value, name, today, problems);
  }
  // One variable used by several fields is one problem, named once.
  return problems.filter((p, i) => problems.findIndex((q) => q.field === p.field && q.message === p.message) === i);
}

/** One argument written in a document: its declared type and the value or variable given. */
interface ArgumentSite {
  type: GraphQLInputType;
  value: ValueNode;
  name: string;
}

/**
 * The arguments of a document, in document order, kept per parsed document: Apollo hands every
 * request for the same text the same DocumentNode, so the type walk (a TypeInfo visit of the whole
 * document) runs once per document rather than once per request; the values are checked every time.
 */
const sitesByDocument = new WeakMap<DocumentNode, { schema: GraphQLSchema; sites: ArgumentSite[] }>();

function argumentSites(schema: GraphQLSchema, document: DocumentNode): ArgumentSite[] {
  const cached = sitesByDocument.get(document);
  if (cached?.schema === schema) return cached.sites;
  const sites: ArgumentSite[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const arg = typeInfo.getArgument();
        if (arg) sites.push({ type: arg.type, value: node.value, name: node.name.value });
      },
    }),
  );
  sitesByDocument.set(document, { schema, sites });
  return sites;
}

/** An "as of" date's name: `asOf`, or one ending in `AsOf` such as `overdueAsOf`. */
const AS_OF_NAME = /(^asOf|AsOf)$/;

function checkValue(type: GraphQLInputType, value: unknown, path: string, today: () => string, problems: FieldProblem[]): void {
  const check = (t: GraphQLInputType, v: unknown, p: string) => checkValue(t, v, p, today, problems);
  if (value === null || value === undefined || problems.length >= 20) return;
  const t = getNullableType(type);
  if (isListType(t)) {
    if (Array.isArray(value)) value.forEach((v, i) => check(t.ofType as GraphQLInputType, v, `${path}[${i}]`));
    else check(t.ofType as GraphQLInputType, value, path);
    return;
  }
  if (isInputObjectType(t)) {
    if (typeof value !== 'object') return;
    const fields = t.getFields();
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[key];
      if (field) check(field.type, v, `${path}.${key}`);
    }
    return;
  }
  const name = getNamedType(t).name;
  if (name === 'ID' && !(typeof value === 'string' && UUID.test(value))) {
    problems.push({ field: path, message: 'must be a UUID (e.g. 3f2b8c1e-0000-4000-8000-000000000000)' });
  } else if (typeof value === 'string' && value.length > MAX_STRING_ARGUMENT) {
    problems.push({ field: path, message: `must be at most ${MAX_STRING_ARGUMENT} characters` });
  } else if (name === 'Date' && AS_OF_NAME.test(path.slice(path.lastIndexOf('.') + 1)) && isIsoDate(value) && value > today()) {
    // A calendar date written YYYY-MM-DD (the Date scalar answers anything else): text order is date order.
    problems.push({ field: path, message: `must not be after today (${longDate(today())})` });
  }
}

/** Apollo plugin running argumentProblems once the operation is parsed and validated, before any resolver. */
export function argumentGuardPlugin(): NonNullable<ApolloDriverConfig['plugins']>[number] {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const problems = argumentProblems(schema, document, request.variables ?? {});
          if (problems.length > 0) {
            const error = new InputError(problems);
            (error.extensions as Record<string, unknown>)['http'] = { status: 400 };
            throw error;
          }
        },
      };
    },
  };
}

