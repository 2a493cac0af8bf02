import { Controller, Get, Inject, Logger, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@sli/shared/api-core';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { setSessionCookie } from '../auth.resolver';
import { AuthService } from '../auth.service';
import { cookieValue } from '../credentials';
import { OidcAccounts } from './oidc-accounts';
import { OidcClient, type OidcIdentity } from './oidc-client';
import { signInErrorPath, type SsoErrorCode } from './oidc-errors';
import { FLOW_COOKIE, FLOW_MINUTES, flowCookieOptions, redirectUriFor, safeReturnTo, sealFlow, unsealFlow } from './oidc-flow';
import { oidcEnabled } from './oidc.config';

const NOT_CONFIGURED = {
  statusCode: 404,
  error: 'Not Found',
  message: 'Single sign-on is not configured on this server: it needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET.',
};

/**
 * Single sign-on through OpenID Connect (authorization code flow with PKCE). Plain HTTP routes, not
 * GraphQL: the browser is sent here by the sign-in page and comes back from the provider. Every
 * outcome is a redirect: to the page asked for, or to the sign-in page with `?error=<code>`.
 */
@Controller('auth/oidc')
export class OidcController {
  private readonly logger = new Logger('SingleSignOn');
  private readonly client: OidcClient;
  private readonly accounts: OidcAccounts;

  constructor(
    private readonly auth: AuthService,
    @InjectDataSource() dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.client = new OidcClient(config);
    this.accounts = new OidcAccounts(dataSource);
  }

  /** `GET /auth/oidc/start?returnTo=/path`: off to the provider. */
  @Get('start')
  async start(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('cache-control', 'no-store');
    if (!oidcEnabled(this.config)) {
      res.status(404).json(NOT_CONFIGURED);
      return;
    }
    const returnTo = safeReturnTo(req.query['returnTo']);
    let begun: Awaited<ReturnType<OidcClient['begin']>>;
    try {
      begun = await this.client.begin(redirectUriFor(req, this.config), returnTo, Date.now() + FLOW_MINUTES * 60_000);
    } catch (error) {
      this.logger.error(`The provider ${this.config.OIDC_ISSUER} could not be reached for discovery: ${describe(error)}`);
      res.redirect(302, signInErrorPath('sso-unavailable'));
      return;
    }
    res.cookie(FLOW_COOKIE, sealFlow(begun.flow, this.config), { ...flowCookieOptions(this.config), maxAge: FLOW_MINUTES * 60_000 });
    res.redirect(302, begun.url.href);
  }

  /** `GET /auth/oidc/callback?code=…&state=…`: the provider's answer. */
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('cache-control', 'no-store');
    if (!oidcEnabled(this.config)) {
      res.status(404).json(NOT_CONFIGURED);
      return;
    }
    // The flow cookie is good for one answer only, whatever it is.
    res.clearCookie(FLOW_COOKIE, flowCookieOptions(this.config));
    /**
     * Every refusal is a warning in the log. Those from a browser that started a sign-in here also go
     * into the change history; a bare request to the callback (no flow cookie) does not, so nobody
     * can fill the history just by calling it.
     */
    const refuse = async (code: SsoErrorCode, reason: string, who: { userId?: string; email?: string } = {}, record = true) => {
      this.logger.warn(`Single sign-on refused (${code}) for ${who.email ?? 'an unknown user'}: ${reason}`);
      if (record) {
        const action = who.userId || who.email ? 'sign-in-refused' : 'sign-in-failed';
        await this.auth
          .event(action, who.userId ?? null, who.email ?? 'anonymous', { method: 'oidc', code, reason })
          .catch((error: unknown) => this.logger.error(`The refused sign-in could not be recorded: ${describe(error)}`));
      }
      res.redirect(302, signInErrorPath(code, who.email));
    };

    const flow = unsealFlow(cookieValue(req.header('cookie'), FLOW_COOKIE), this.config);
    const query = new URL(req.originalUrl, 'http://callback.invalid').search;
    const params = new URLSearchParams(query);
    const providerError = params.get('error');
    const providerReason = `the provider answered ${providerError}${params.get('error_description') ? `: ${params.get('error_description')}` : ''}`;
    if (typeof flow === 'string') {
      return providerError ? refuse('sso-failed', providerReason, {}, false) : refuse('sso-expired', `the sign-in flow cookie is ${flow}`, {}, false);
    }
    if (params.get('state') !== flow.state) {
      return refuse('sso-failed', 'the state does not match the one this browser was given (a forged or replayed answer)');
    }
    if (providerError) return refuse('sso-failed', providerReason);

    let identity: OidcIdentity;
    try {
      identity = await this.client.finish(flow, query);
    } catch (error) {
      return refuse('sso-failed', `the code exchange or ID token check failed: ${describe(error)}`);
    }
    try {
      const match = await this.accounts.match(identity);
      if (!match.ok) return refuse(match.code, `${match.reason} (subject ${identity.subject} at ${identity.issuer})`, match);
      await this.accounts.recordSignIn(match.userId, match.email);
      const session = await this.auth.startSession(match.userId, 'oidc');
      await this.auth.event('sign-in', match.userId, match.email, { method: 'oidc', issuer: identity.issuer, linked: match.linked });
      setSessionCookie(res, session.secret, session.expiresAt, this.config);
      res.redirect(302, flow.returnTo);
    } catch (error) {
      this.logger.error(`Single sign-on failed after the provider's answer: ${describe(error)}`);
      res.redirect(302, signInErrorPath('sso-failed'));
    }
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${typeof code === 'string' ? `${code}: ` : ''}${error.message}${cause}`;
}
