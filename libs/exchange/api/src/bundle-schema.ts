import { BUNDLE_LISTS, bundleSchema, type Bundle } from '@sli/exchange-domain';
import type { FieldProblem } from '@sli/shared/api-core';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

// allErrors: the user fixes every problem in one pass. multipleOfPrecision: 0.01 steps on floats.
const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, multipleOfPrecision: 9 });
addFormats(ajv, ['date', 'date-time']);
const validate = ajv.compile<Bundle>(bundleSchema);

export interface SchemaCheck {
  problems: FieldProblem[];
  /** Records with a problem, as `section[i]`; the later checks skip them. */
  refused: Set<string>;
  /** The document is not even a set of record lists: nothing more can be checked. */
  fatal: boolean;
}

/** Checks a bundle against the schema, telling which records failed so the rest can still be checked further. */
export function checkSchema(bundle: unknown): SchemaCheck {
  const problems = schemaProblems(bundle);
  const refused = new Set<string>();
  for (const p of problems) {
    const record = /^[A-Za-z0-9]+\[\d+\]/.exec(p.field);
    if (record) refused.add(record[0]);
  }
  const isObject = typeof bundle === 'object' && bundle !== null && !Array.isArray(bundle);
  const fatal = !isObject || BUNDLE_LISTS.some((s) => {
    const list = (bundle as Record<string, unknown>)[s];
    return list !== undefined && !Array.isArray(list);
  });
  return { problems, refused, fatal };
}

/** Orders problems as the bundle is: by section (write order), then record, keeping each record's own order. */
export function sortProblems(problems: FieldProblem[]): FieldProblem[] {
  const rank = (field: string): [number, number] => {
    const m = /^([A-Za-z0-9]+)(?:\[(\d+)\])?/.exec(field);
    const section = m ? (BUNDLE_LISTS as readonly string[]).indexOf(m[1] ?? '') : -1;
    return [section, m?.[2] === undefined ? -1 : Number(m[2])];
  };
  return problems
    .map((p, i) => ({ p, i, r: rank(p.field) }))
    .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.i - b.i)
    .map((x) => x.p);
}

/** Checks a bundle against bundle.schema.json; each problem names its path, e.g. `reviews[3].agencies[1]`. */
export function schemaProblems(bundle: unknown): FieldProblem[] {
  if (validate(bundle)) return [];
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const error of validate.errors ?? []) {
    const problem = problemOf(error);
    const key = `${problem.field}\n${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function problemOf(e: ErrorObject): FieldProblem {
  const at = fieldPath(e.instancePath);
  const child = (name: string) => (at === 'bundle' ? name : `${at}.${name}`);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { field: child(String(params['missingProperty'])), message: 'is required' };
    case 'additionalProperties':
      return { field: child(String(params['additionalProperty'])), message: 'is not a field of this record' };
    case 'enum':
      return { field: at, message: `must be one of: ${(params['allowedValues'] as unknown[]).map(show).join(', ')}` };
    case 'const':
      return { field: at, message: `must be ${show(params['allowedValue'])}` };
    case 'type':
      return { field: at, message: `must be ${String(params['type']).split(',').join(' or ')}` };
    case 'pattern':
    case 'format':
      // A date fails both its pattern and its format: say it once, plainly.
      if (/\/\$defs\/(nullableDate|date)\//.test(e.schemaPath)) return { field: at, message: 'must be a calendar date written YYYY-MM-DD' };
      if (params['format'] === 'date-time') return { field: at, message: 'must be an ISO 8601 date-time with its offset, e.g. 2024-03-01T09:30:00Z' };
      return { field: at, message: e.message ?? `breaks the ${e.keyword} rule` };
    default:
      return { field: at, message: e.message ?? `breaks the ${e.keyword} rule` };
  }
}

/** `/reviews/3/agencies/1` → `reviews[3].agencies[1]`; the root is `bundle`. */
export function fieldPath(instancePath: string): string {
  if (instancePath === '') return 'bundle';
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment), '');
}

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
