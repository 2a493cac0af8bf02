import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * The two steps of creating a record: the form, then "check your answers". A Change link returns to
 * the form with focus on that field; an error from the API also returns to the form, where the
 * messages sit beside their fields.
 */
export function useCheckStep() {
  const [checking, setChecking] = useState(false);
  const focusId = useRef<string | null>(null);
  useEffect(() => {
    if (checking || !focusId.current) return;
    const el = document.getElementById(focusId.current);
    focusId.current = null;
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [checking]);
  return {
    checking,
    check: () => {
      setChecking(true);
      window.scrollTo(0, 0);
    },
    /** Back to the form, focus on this control. */
    change: (controlId: string) => {
      focusId.current = controlId;
      setChecking(false);
    },
    back: () => setChecking(false),
  };
}

/** What a page tells after a record was saved or deleted and the user was sent to it: `navigate(to, { state: { flash } })`. */
export function FlashMessage() {
  const state = useLocation().state as { flash?: string } | null;
  const box = useRef<HTMLDivElement>(null);
  const flash = state?.flash;
  useEffect(() => {
    if (flash) box.current?.focus();
  }, [flash]);
  if (!flash) return null;
  return (
    <div className="success" role="status" tabIndex={-1} ref={box} data-testid="flash">
      <p>{flash}</p>
    </div>
  );
}

/**
 * The confirmation of a change made in place (the page stays): it takes focus when it appears or
 * changes, so a screen reader says it and the keyboard is not left on a control that has gone.
 */
export function SuccessMessage({ message, className = 'success' }: { message: string | null | undefined; className?: string }) {
  const box = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) box.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <p className={className} role="status" ref={box} tabIndex={-1}>
      {message}
    </p>
  );
}

/** A kept list of ids (themes, agencies) as one string, since kept values are flat. */
export const ids = {
  read: (kept: string): string[] => (kept ? kept.split(',') : []),
  write: (list: readonly string[]): string => list.join(','),
};
