import { isAllowed, PERMISSIONS } from '@sli/auth-api';
import { ROLES, type Role } from '@sli/shared/api-core';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  isLeafType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { createTestPartnership, startTestApi, type Client, type TestApi } from './harness';

/**
 * Every cell of the authorisation table, over HTTP: each role (and nobody) calls each root query and
 * mutation with well-formed arguments. Refused means FORBIDDEN (or UNAUTHENTICATED when signed out);
 * allowed means anything else (the call may still fail on its dummy arguments: not found, bad input).
 */
const schema = buildSchema(readFileSync(join(__dirname, '../schema.gql'), 'utf8'));
const roots = (['Query', 'Mutation'] as const).flatMap((kind) => {
  const type = kind === 'Query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(type?.getFields() ?? {}).map((field) => ({ kind, field }));
});

describe('The authorisation table', () => {
  let api: TestApi;
  let partnershipId: string;
  let agencyId: string;
  const clients = new Map<Role, Client>();

  beforeAll(async () => {
    api = await startTestApi();
    partnershipId = await createTestPartnership(api, 'Authorisation Partnership');
    const { createAgency } = await api.gql(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
      input: { partnershipId, ref: 'POL', name: 'Police', sector: 'POLICE' },
    });
    agencyId = createAgency.id;
    for (const role of ROLES) {
      const cross = role === 'national-analyst' || role === 'system-admin';
      clients.set(role, await api.as(role, { partnershipIds: cross ? [] : [partnershipId], agencyId: role === 'agency-lead' ? agencyId : undefined }));
    }
  });
  afterAll(() => api?.close());
  const client = (role: Role): Client => {
    const found = clients.get(role);
    if (!found) throw new Error(`No client for ${role}`);
    return found;
  };

  it('lists every root field of the schema, and nothing else', () => {
    const names = roots.map((r) => r.field.name).sort();
    expect(Object.keys(PERMISSIONS).sort()).toEqual(names);
  });

  it.each(roots.map((r) => [`${r.kind}.${r.field.name}`, r] as const))('%s: each role allowed or refused as the table says', async (_name, root) => {
    const document = operationFor(root.kind, root.field);
    const outcomes: Record<string, string> = {};
    const expected: Record<string, string> = {};
    const anonymous = await api.anonymous.raw(document.query, document.variables(partnershipId));
    outcomes['anonymous'] = outcome(anonymous.errors);
    expected['anonymous'] = PERMISSIONS[root.field.name] === 'public' ? 'allowed' : 'UNAUTHENTICATED';
    for (const role of ROLES) {
      const res = await client(role).raw(document.query, document.variables(partnershipId));
      outcomes[role] = outcome(res.errors);
      expected[role] = isAllowed(PERMISSIONS[root.field.name], role) ? 'allowed' : 'FORBIDDEN';
    }
    expect(outcomes).toEqual(expected);
  });
});

describe("The authorisation table's second step for meetings: the group's current members", () => {
  let api: TestApi;
  afterAll(() => api?.close());

  it('lets every reading role reach recordMeetingDecision, then admits only the business unit and current members of the group', async () => {
    api = await startTestApi();
    const partnershipId = await createTestPartnership(api, 'Meeting Authorisation Partnership');
    const { createGroup } = await api.gql(`mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`, {
      input: { partnershipId, name: 'Learning Group', kind: 'SUBGROUP' },
    });
    const { createMeeting } = await api.gql(`mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`, {
      input: { groupId: createGroup.id, meetsOn: '2026-06-01', status: 'HELD' },
    });
    const { createAgency } = await api.gql(`mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
      input: { partnershipId, ref: 'POL', name: 'Police', sector: 'POLICE' },
    });
    const outcomes: Record<string, string> = {};
    for (const role of ['admin', 'agency-lead', 'committee-member', 'board-member', 'analyst'] as const) {
      const c = await api.as(role, { partnershipIds: [partnershipId], agencyId: role === 'agency-lead' ? createAgency.id : undefined });
      // The board member sits on the group (from 2025, still serving); nobody else but the admin may record.
      if (role === 'board-member') {
        await api.gql(`mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id } }`, {
          input: { groupId: createGroup.id, userId: c.userId, role: 'MEMBER', fromOn: '2025-01-01' },
        });
      }
      const res = await c.raw(`mutation($input: RecordMeetingDecisionInput!) { recordMeetingDecision(input: $input) { id } }`, {
        input: { meetingId: createMeeting.id, text: `Decided by the ${role}` },
      });
      outcomes[role] = outcome(res.errors);
    }
    expect(outcomes).toEqual({ admin: 'allowed', 'agency-lead': 'FORBIDDEN', 'committee-member': 'FORBIDDEN', 'board-member': 'allowed', analyst: 'FORBIDDEN' });
  });
});

function outcome(errors: { extensions?: { code?: string } }[] | undefined): string {
  const code = errors?.[0]?.extensions?.code;
  return code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? code : 'allowed';
}

/** A document calling one root field with a well-formed value for every required argument. */
function operationFor(kind: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>) {
  const args = field.args.filter((a) => a.type instanceof GraphQLNonNull);
  const defs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isLeafType(named) ? '' : named instanceof GraphQLObjectType ? ' { __typename }' : ' { __typename }';
  const query = `${kind.toLowerCase()}${defs ? `(${defs})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
  return {
    query,
    variables: (partnershipId: string) => Object.fromEntries(args.map((a) => [a.name, sample(a.type, a.name, partnershipId)])),
  };
}

/** A well-formed value of an input type; partnership arguments name the caller's own partnership. */
function sample(type: GraphQLInputType, name: string, partnershipId: string): unknown {
  if (type instanceof GraphQLNonNull) return sample(type.ofType as GraphQLInputType, name, partnershipId);
  if (type instanceof GraphQLList) return [sample(type.ofType as GraphQLInputType, name.replace(/s$/, ''), partnershipId)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0]?.name;
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields()).filter((f) => f.type instanceof GraphQLNonNull);
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type, f.name, partnershipId)]));
  }
  if (type instanceof GraphQLScalarType) {
    if (name === 'partnershipId') return partnershipId;
    switch (type.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'Date':
        return '2025-01-01';
      case 'DateTime':
        return '2025-01-01T00:00:00.000Z';
      case 'JSON':
        return {};
      default:
        return 'x';
    }
  }
  throw new Error(`No sample for ${String(type)}`);
}
