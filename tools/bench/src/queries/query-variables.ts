import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { readFileSync } from 'node:fs';

/** The figures a request's variables are made from: the dashboard's defaults for one or all partnerships. */
export interface VariableContext {
  /** The one partnership; null for "all partnerships" (every partnership of the signed-in user). */
  partnershipId: string | null;
  /** Financial year label, e.g. 2025/26: the dashboard's default year (the last complete one). */
  financialYear: string;
  from: string;
  to: string;
  /** The default "as of": the year's last day. */
  asOf: string;
  /** A record of the partnership for queries that read one (by id variable name or operation). */
  recordId?: string;
}

/** Values the dashboard sends for variables of these names (by its defaults). */
const BY_NAME: Record<string, (c: VariableContext) => unknown> = {
  asOf: (c) => c.asOf,
  financialYear: (c) => c.financialYear,
  first: () => 25,
  trendYears: () => 5,
  forecastPeriods: () => 4,
  limit: () => 20,
  minCount: () => 2,
  search: () => 'health',
  mode: () => 'EXACT',
  grain: () => 'FINANCIAL_YEAR',
  source: () => 'BOTH',
};
/** Enum choices where the first value is not the dashboard's default. */
const BY_TYPE: Record<string, unknown> = {
  ActionPlanGroupBy: 'OWNER_AGENCY',
  TrainingMetricsGroupBy: 'AGENCY',
  ActionMetricsCell: 'ALL',
};

let schema: GraphQLSchema | null = null;
function apiSchema(): GraphQLSchema {
  schema ??= buildSchema(readFileSync('apps/api/schema.gql', 'utf8'));
  return schema;
}

/** The document's one operation. */
export function operationOf(document: string): OperationDefinitionNode {
  const op = parse(document).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  if (!op) throw new Error('the document has no operation');
  return op;
}

/**
 * Variables for a dashboard document, as its page sends them by default. Returns null when the
 * document cannot be asked in this scope (a required partnership or record with none given).
 */
export function variablesFor(document: string, context: VariableContext, given: Record<string, unknown> = {}): Record<string, unknown> | null {
  const variables: Record<string, unknown> = {};
  for (const definition of operationOf(document).variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(apiSchema(), definition.type as never) as GraphQLInputType | undefined;
    if (!type) throw new Error(`$${name}: unknown type`);
    const value = name in given ? given[name] : valueFor(name, type, context);
    if (value === undefined || value === null) {
      if (isNonNullType(type)) return null;
      continue;
    }
    variables[name] = value;
  }
  return variables;
}

function valueFor(name: string, type: GraphQLInputType, c: VariableContext): unknown {
  const named = getNamedType(type);
  if (name === 'partnershipId') return c.partnershipId;
  if (name === 'partnershipIds') return c.partnershipId ? [c.partnershipId] : null;
  if (/^(id|measureId|reviewId|auditId)$/.test(name) && named.name === 'ID') return c.recordId;
  if (name in BY_NAME) return (BY_NAME[name] as (c: VariableContext) => unknown)(c);
  // A required choice gets the page's default; an optional one (a filter) is left out.
  if (isEnumType(named)) return isNonNullType(type) ? (BY_TYPE[named.name] ?? named.getValues()[0]?.value) : undefined;
  if (isInputObjectType(named)) {
    const fields = named.getFields();
    const filter: Record<string, unknown> = {};
    if ('partnershipIds' in fields && c.partnershipId) filter['partnershipIds'] = [c.partnershipId];
    if ('partnershipId' in fields && c.partnershipId) filter['partnershipId'] = c.partnershipId;
    // Metric filters carry the year's range; record lists open unfiltered by date.
    if (named.name === 'MetricFilter') Object.assign(filter, { from: c.from, to: c.to });
    if (named.name === 'ActionGroupInput') return undefined;
    return filter;
  }
  return undefined;
}
