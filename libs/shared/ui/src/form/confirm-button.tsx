import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** The button that asks, e.g. "Revoke". */
  label: ReactNode;
  /** What will happen, as a question. */
  question: ReactNode;
  /** The button that does it, e.g. "Yes, revoke it". */
  confirmLabel: ReactNode;
  onConfirm: () => void;
  pending?: boolean;
  /** Styles the confirming button as a warning (destructive) one. */
  warning?: boolean;
}

/**
 * An action that needs a second, deliberate click: the question and the confirming button appear in
 * place, with focus on the confirming button; Cancel returns focus to where it was.
 */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, pending = false, warning = true }: Props) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) askRef.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" ref={askRef} className="secondary" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={`${id}-q`}>
      <p id={`${id}-q`}>{question}</p>
      <div className="button-group">
        <button type="button" ref={confirmRef} className={warning ? 'warning' : 'primary'} disabled={pending} onClick={onConfirm}>
          {pending ? 'Working…' : confirmLabel}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
          }}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
