import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, Partnership, PartnershipsService } from '@sli/partnerships-api';
import {
  APP_CONFIG,
  AppConfig,
  CROSS_PARTNERSHIP_ROLES,
  currentScope,
  PageArgs,
  requireCaller,
  runInScope,
  UnauthenticatedError,
  type Caller,
  type DbScope,
  type RequestContext,
} from '@sli/shared/api-core';
import type { CookieOptions, Response } from 'express';
import { AuthService } from './auth.service';
import { SESSION_COOKIE } from './credentials';
import { CreateTokenInput, SignInInput } from './dto/auth.input';
import { ApiToken, CreatedToken, SignInOptions, Viewer } from './models/auth.models';
import { ssoOptions } from './oidc/oidc.config';
import { operationsOf } from './permissions';
import { ROLE_LABELS, toRoleValue } from './role.enum';
import { TokensService } from './tokens.service';

/** Sign-in, sign-out, who is signed in, and their own access tokens. */
@Resolver(() => Viewer)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly tokens: TokensService,
    private readonly partnershipsService: PartnershipsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => Viewer, { nullable: true, description: 'The signed-in user, or null.' })
  viewer(@Context() ctx: RequestContext): Viewer | null {
    return ctx.caller ? toViewer(ctx.caller, ctx.req.auth?.sessionExpiresAt ?? null) : null;
  }

  @Query(() => SignInOptions, { description: 'How users can sign in here.' })
  signInOptions(): SignInOptions {
    return { local: true, sso: ssoOptions(this.config) };
  }

  @Mutation(() => Viewer, {
    description: 'Signs in with email and password and sets the session cookie (httpOnly, Secure, SameSite=Lax). Locks the account after repeated failures.',
  })
  async signIn(@Args('input') input: SignInInput, @Context() ctx: RequestContext): Promise<Viewer> {
    const { userId, secret, expiresAt } = await this.auth.signInWithPassword(input.email, input.password);
    setSessionCookie(ctx.res, secret, expiresAt, this.config);
    const found = await this.auth.authenticate({ cookie: `${SESSION_COOKIE}=${encodeURIComponent(secret)}` });
    if (!found.caller || found.caller.userId !== userId) throw new UnauthenticatedError('The new session could not be read back');
    return toViewer(found.caller, found.sessionExpiresAt ?? expiresAt);
  }

  @Mutation(() => Boolean, { description: 'Ends the browser session at once (the cookie stops working server-side).' })
  async signOut(@Context() ctx: RequestContext): Promise<boolean> {
    await this.auth.endSession(requireCaller(ctx));
    ctx.res.clearCookie(SESSION_COOKIE, cookieOptions(this.config));
    return true;
  }

  @Query(() => [ApiToken], { description: "The signed-in user's personal access tokens, newest first." })
  myTokens(@Context() ctx: RequestContext): Promise<ApiToken[]> {
    return this.tokens.list(requireCaller(ctx).userId);
  }

  @Mutation(() => CreatedToken, { description: 'Creates a personal access token for scripts; the token is shown once.' })
  createToken(@Args('input') input: CreateTokenInput, @Context() ctx: RequestContext): Promise<CreatedToken> {
    return this.tokens.create(requireCaller(ctx).userId, input.name, input.expiresInDays ?? undefined);
  }

  @Mutation(() => ApiToken, { description: 'Revokes one of your tokens; it stops working at once.' })
  revokeToken(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<ApiToken> {
    return this.tokens.revoke(requireCaller(ctx).userId, id);
  }

  @ResolveField(() => [Partnership], { description: 'The partnerships this user can see (every one for national analysts and system admins).' })
  async partnerships(@Parent() viewer: Viewer): Promise<Partnership[]> {
    // Read in the viewer's own scope: the same as the request's, except in the signIn answer, whose
    // request began signed out. Row-level security then lists exactly the viewer's partnerships.
    const page = await runInScope(viewerScope(viewer), () =>
      this.partnershipsService.listPartnerships(Object.assign(new PageArgs(), { first: 500 })),
    );
    return page.nodes;
  }

  @ResolveField(() => Agency, { nullable: true, description: 'The agency an agency lead acts for.' })
  async agency(@Parent() viewer: Viewer): Promise<Agency | null> {
    const id = viewer.agencyIds[0];
    if (!id) return null;
    const [found] = await runInScope(viewerScope(viewer), () => this.partnershipsService.findAgenciesByIds([id]));
    return found ?? null;
  }
}

function viewerScope(viewer: Viewer): DbScope {
  return { ...currentScope(), partnerships: viewer.crossPartnership ? 'all' : viewer.partnershipIds };
}

export function toViewer(caller: Caller, sessionExpiresAt: Date | null): Viewer {
  return {
    id: caller.userId,
    email: caller.email,
    name: caller.name,
    role: toRoleValue(caller.role),
    roleLabel: ROLE_LABELS[caller.role],
    operations: operationsOf(caller.role),
    sessionExpiresAt: caller.via === 'session' ? sessionExpiresAt : null,
    partnershipIds: caller.partnershipIds,
    agencyIds: caller.agencyIds,
    crossPartnership: CROSS_PARTNERSHIP_ROLES.includes(caller.role),
  };
}

export function cookieOptions(config: AppConfig): CookieOptions {
  return { httpOnly: true, secure: config.COOKIE_SECURE === 'true', sameSite: 'lax', path: '/' };
}

/** The cookie lives as long as the absolute expiry; the idle expiry is enforced server-side. */
export function setSessionCookie(res: Response, secret: string, expiresAt: Date, config: AppConfig): void {
  res.cookie(SESSION_COOKIE, secret, { ...cookieOptions(config), expires: expiresAt });
}
