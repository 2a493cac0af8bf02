import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { ForbiddenError, inScope, UnauthenticatedError, type RequestContext } from '@sli/shared/api-core';
import type { GraphQLResolveInfo } from 'graphql';
import { isAllowed, PERMISSIONS } from './permissions';

/**
 * The one global guard: every root Query and Mutation field is looked up in the permission table;
 * missing means refused. Then every partnership named in the arguments must be one of the caller's.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const parent = info.parentType.name;
    // Fields below the root are reached only through a root field this guard has already allowed.
    if (parent !== 'Query' && parent !== 'Mutation') return true;
    const ctx = gql.getContext<RequestContext>();
    const permission = PERMISSIONS[info.fieldName];
    if (permission === 'public') return true;
    const caller = ctx.caller;
    if (!caller) throw new UnauthenticatedError(ctx.req.auth?.problem);
    if (!isAllowed(permission, caller.role)) {
      throw new ForbiddenError(
        permission === undefined
          ? `${info.fieldName} is not open to any role`
          : `Your role (${caller.role}) may not use ${info.fieldName}`,
      );
    }
    for (const { path, id } of partnershipArgs(gql.getArgs())) {
      if (!inScope(caller, id)) throw new ForbiddenError(`${path} is not one of your partnerships`);
    }
    return true;
  }
}

/** Every `partnershipId` and `partnershipIds` value anywhere in the arguments, with its path. */
export function partnershipArgs(args: unknown, path = ''): { path: string; id: string }[] {
  if (Array.isArray(args)) return args.flatMap((v, i) => partnershipArgs(v, `${path}[${i}]`));
  if (!args || typeof args !== 'object') return [];
  return Object.entries(args as Record<string, unknown>).flatMap(([key, value]) => {
    const here = path ? `${path}.${key}` : key;
    if (key === 'partnershipId' && typeof value === 'string') return [{ path: here, id: value }];
    if (key === 'partnershipIds' && Array.isArray(value)) {
      return value.filter((v): v is string => typeof v === 'string').map((id, i) => ({ path: `${here}[${i}]`, id }));
    }
    return partnershipArgs(value, here);
  });
}
