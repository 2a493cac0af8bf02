/** Shown when a form was filled back in after the session ended and the user signed in again. */
export function KeptNotice({ what = 'it' }: { what?: string }) {
  return (
    <div className="notice" role="status" data-testid="kept-notice">
      <p>
        <strong>We kept what you typed.</strong> Your session ended before {what} was saved. Check it and submit again.
      </p>
    </div>
  );
}
