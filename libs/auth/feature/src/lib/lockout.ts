import { GraphQLRequestError } from '@sli/shared/data-access';

const when = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/**
 * The lockout in words, in UK time when the API says until when (ACCOUNT_LOCKED with `lockedUntil`);
 * otherwise the API's own message. Null for any other error.
 */
export function lockoutMessage(error: unknown): string | null {
  if (!(error instanceof GraphQLRequestError) || error.code !== 'ACCOUNT_LOCKED') return null;
  const until = error.extensions['lockedUntil'];
  if (typeof until !== 'string' || Number.isNaN(Date.parse(until))) return error.message;
  return `Your account is locked after too many failed sign-ins. You can try again after ${when.format(new Date(until))} (UK time), or ask your partnership's business unit to unlock it.`;
}
