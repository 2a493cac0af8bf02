import type { AppConfig } from '@sli/shared/api-core';
import type { SsoOption } from '../models/auth.models';

/** Single sign-on is on when the issuer, client id and secret are all configured. */
export function oidcEnabled(config: AppConfig): boolean {
  return Boolean(config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET);
}

export function ssoOptions(config: AppConfig): SsoOption[] {
  return oidcEnabled(config) ? [{ id: 'oidc', label: config.OIDC_LABEL, startUrl: '/auth/oidc/start' }] : [];
}
