import { Link } from 'react-router';

/** What someone sees on a page their role does not allow: said plainly, with somewhere to go. */
export function NoAccess({ roleLabel, home = '/' }: { roleLabel?: string; home?: string }) {
  return (
    <section aria-labelledby="no-access-title">
      <h1 id="no-access-title">You do not have access to this page</h1>
      <p>{roleLabel ? `Your role (${roleLabel}) does not allow you to see or change what is on it.` : 'Your role does not allow you to see or change what is on it.'}</p>
      <p>If you need it for your work, ask your partnership&apos;s business unit to change your role.</p>
      <p>
        <Link to={home}>Go to your start page</Link>
      </p>
    </section>
  );
}
