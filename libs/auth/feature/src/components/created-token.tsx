import { useEffect, useRef, useState } from 'react';
import { formatDate } from '@sli/shared/ui';

/** The new token's secret, shown this once, with a copy button and a plain warning. */
export function CreatedToken({ token, name, expiresAt, onDone }: { token: string; name: string; expiresAt: string | null; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => heading.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section className="token-created" aria-labelledby="token-created-heading">
      <h2 id="token-created-heading" ref={heading} tabIndex={-1}>
        Token “{name}” created
      </h2>
      <div className="warning-text">
        <span className="icon" aria-hidden="true">
          !
        </span>
        <p>
          <span className="visually-hidden">Warning: </span>
          Copy the token now and keep it somewhere safe. It will not be shown again.
        </p>
      </div>
      <p id="token-secret-label">Your new token{expiresAt ? `, valid until ${formatDate(expiresAt)}` : ''}:</p>
      <div className="copy-row">
        <code className="secret" data-testid="new-token" aria-labelledby="token-secret-label">
          {token}
        </code>
        <button type="button" onClick={() => void copy()}>
          Copy the token
        </button>
      </div>
      <p role="status" className="hint">
        {copied === 'copied' ? 'Copied to the clipboard.' : copied === 'failed' ? 'Could not copy: select the token and copy it yourself.' : ''}
      </p>
      <p className="hint">Send it in the Authorization header: Authorization: Bearer &lt;token&gt;.</p>
      <p>
        <button type="button" className="secondary" onClick={onDone}>
          I have copied it
        </button>
      </p>
    </section>
  );
}
