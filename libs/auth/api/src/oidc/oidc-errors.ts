/**
 * Why a sign-in through the provider did not sign anyone in. The callback sends the browser to
 * `/sign-in?error=<code>` (with `&email=` for the codes about an account), and the sign-in page shows
 * the message; the server log and the change history keep the technical reason.
 */
export const SSO_ERRORS = {
  'sso-failed': 'Single sign-on did not complete. Try again; if it keeps failing, ask your business unit.',
  'sso-unavailable': 'The single sign-on provider cannot be reached just now. Try again shortly, or sign in with your password.',
  'sso-expired': 'The sign-in took too long or was started in another browser. Start again.',
  'sso-no-email': 'The single sign-on provider did not say which email address you use, so your account cannot be found. Ask your IT team.',
  'sso-unknown-user': 'There is no account for {email}. Ask your business unit to add you.',
  'sso-disabled': 'The account for {email} is disabled. Ask your business unit.',
  'sso-account-linked': 'The account for {email} is already linked to another single sign-on identity. Ask your business unit.',
  'sso-unverified-email': 'The single sign-on provider has not verified {email}, so it cannot be used to find your account.',
} as const;

export type SsoErrorCode = keyof typeof SSO_ERRORS;

/** The text for a code, with the email filled in. */
export function ssoErrorMessage(code: SsoErrorCode, email?: string): string {
  return SSO_ERRORS[code].replace('{email}', email ?? 'this email address');
}

/** The sign-in page's address for a refusal. */
export function signInErrorPath(code: SsoErrorCode, email?: string): string {
  const params = new URLSearchParams({ error: code });
  if (email) params.set('email', email);
  return `/sign-in?${params.toString()}`;
}
