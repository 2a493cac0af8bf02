import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { GraphQLRequestError, safeReturnTo, viewerQueryOptions } from '@sli/shared/data-access';
import { ErrorSummary, Field, useFieldProblems } from '@sli/shared/ui';
import { ssoHref, useSignIn, useSignInOptions } from './api/sign-in';
import { lockoutMessage } from './lib/lockout';
import './auth.css';

const LABELS = { email: 'Email address', password: 'Password' };
type Problems = Partial<Record<keyof typeof LABELS, string>>;

/** The API's refusal of a wrong email or password names no field: it belongs beside the password. */
function asFieldError(error: unknown): unknown {
  if (error instanceof GraphQLRequestError && error.code === 'BAD_USER_INPUT' && error.fields.length === 0) {
    return new GraphQLRequestError(error.message, [{ field: 'password', message: error.message }], error.code);
  }
  return error;
}

/**
 * Sign in with an email address and password (GOV.UK pattern: error summary at the top, errors beside
 * the fields), or with single sign-on. Afterwards the user goes back to the page they asked for.
 */
export function SignInPage() {
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const expired = params.get('expired') === '1';
  const navigate = useNavigate();
  const viewer = useQuery(viewerQueryOptions);
  const options = useSignInOptions();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [local, setLocal] = useState<Problems>({});
  const locked = lockoutMessage(signIn.error);
  const problems = useFieldProblems(locked ? null : asFieldError(signIn.error), LABELS, 'sign-in', { local });

  useEffect(() => {
    document.title = 'Sign in – Safeguarding Learning & Impact';
  }, []);

  // Already signed in (another tab, or the back button): straight on.
  if (viewer.data && !signIn.isPending) return <Navigate to={returnTo} replace />;

  function submit(e: FormEvent) {
    e.preventDefault();
    const missing: Problems = {
      email: email.trim() ? undefined : 'Enter your email address',
      password: password ? undefined : 'Enter your password',
    };
    setLocal(missing);
    if (missing.email || missing.password) return;
    signIn.mutate({ email: email.trim(), password }, { onSuccess: () => void navigate(returnTo, { replace: true }) });
  }

  const sso = options.data?.sso ?? [];
  const localAllowed = options.data?.local ?? true;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <p className="brand">Safeguarding Learning &amp; Impact</p>
      </header>
      <main id="main" tabIndex={-1} className="auth-main">
        {locked ? (
          <ErrorSummary title="Your account is locked" items={[{ text: locked }]} />
        ) : (
          <ErrorSummary items={problems.summary} />
        )}
        {expired && !signIn.error ? (
          <div className="notice" role="status">
            <p>
              <strong>Your session has ended.</strong> Sign in again to carry on where you were.
            </p>
          </div>
        ) : null}
        <h1>Sign in</h1>
        {options.isLoading ? (
          <p className="state" role="status">
            Loading…
          </p>
        ) : null}
        {localAllowed ? (
          <form onSubmit={submit} noValidate>
            <Field id={problems.id('email')} label={LABELS.email} error={problems.error('email')}>
              {(control) => (
                <input
                  {...control}
                  type="email"
                  name="email"
                  autoComplete="username"
                  spellCheck={false}
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                />
              )}
            </Field>
            <Field id={problems.id('password')} label={LABELS.password} error={problems.error('password')}>
              {(control) => (
                <input {...control} type="password" name="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
              )}
            </Field>
            <p>
              <button type="submit" className="primary" disabled={signIn.isPending}>
                {signIn.isPending ? 'Signing in…' : 'Sign in'}
              </button>
            </p>
          </form>
        ) : null}
        {sso.length > 0 ? (
          <section aria-labelledby="sso-heading" className="auth-sso">
            <h2 id="sso-heading">{localAllowed ? 'Or use your organisation’s account' : 'Use your organisation’s account'}</h2>
            <div className="button-group">
              {sso.map((o) => (
                <a key={o.id} className="button secondary" href={ssoHref(o.startUrl, returnTo)}>
                  {o.label}
                </a>
              ))}
            </div>
          </section>
        ) : null}
        <p className="hint">If you have forgotten your password or cannot sign in, ask your partnership&apos;s business unit.</p>
      </main>
    </>
  );
}
