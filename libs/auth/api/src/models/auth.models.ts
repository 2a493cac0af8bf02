import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, JSONScalar } from '@sli/shared/api-core';
import { RoleValue } from '../role.enum';

@ObjectType({ description: 'The signed-in user, and what they may do.' })
export class Viewer {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RoleValue)
  role!: RoleValue;

  @Field(() => String, { description: 'The role in words, e.g. "Agency lead".' })
  roleLabel!: string;

  @Field(() => [String], { description: 'Every root query and mutation (and capability such as annualReportExact) this user may use.' })
  operations!: string[];

  @Field(() => Date, { nullable: true, description: 'When the browser session ends unless used again; null for token callers.' })
  sessionExpiresAt!: Date | null;

  /** Resolved by field resolvers. */
  partnershipIds!: readonly string[];
  agencyIds!: readonly string[];
  crossPartnership!: boolean;
}

@ObjectType()
export class SsoOption {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { description: 'Open this address (add ?returnTo=/path) to sign in through the provider.' })
  startUrl!: string;
}

@ObjectType()
export class SignInOptions {
  @Field(() => Boolean, { description: 'Email and password sign-in.' })
  local!: boolean;

  @Field(() => [SsoOption])
  sso!: SsoOption[];
}

@ObjectType({ description: "A personal access token for scripts, sent as `Authorization: Bearer …`; only its prefix is kept readable." })
export class ApiToken {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The first characters, to tell tokens apart.' })
  prefix!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType()
export class CreatedToken {
  @Field(() => String, { description: 'The token itself: shown this once, never again.' })
  token!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}

@ObjectType()
export class User {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RoleValue)
  role!: RoleValue;

  @Field(() => Boolean)
  disabled!: boolean;

  @Field(() => Boolean, { description: 'Whether the user has a password (else single sign-on only).' })
  hasPassword!: boolean;

  @Field(() => Date, { nullable: true, description: 'Locked after repeated failed sign-ins until then.' })
  lockedUntil!: Date | null;

  @Field(() => Date, { nullable: true })
  lastSignInAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  partnershipIds!: string[];
  agencyIds!: string[];
}

@ObjectType({ description: 'One entry of the change history: a row created, changed or deleted, or an event such as a sign-in or export.' })
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => String, { description: 'Who: the email of the signed-in user, or the command line that ran.' })
  actorName!: string;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { description: 'insert, update, delete, sign-in, sign-in-failed, sign-out, export, exact-report…' })
  action!: string;

  @Field(() => String, { description: 'The table, e.g. actions.' })
  entity!: string;

  @Field(() => String, { nullable: true })
  entityId!: string | null;

  @Field(() => ID, { nullable: true })
  partnershipId!: string | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field(() => JSONScalar, { nullable: true, description: 'The row before the change (null for an insert).' })
  before!: unknown;

  @Field(() => JSONScalar, { nullable: true, description: 'The row after the change, or the event detail.' })
  after!: unknown;
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent) {}
