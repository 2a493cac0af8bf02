import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useOptionalViewer } from './viewer';

/**
 * What someone typed survives their session ending: while a form is on screen it registers its values
 * here; when a request fails with UNAUTHENTICATED the session handler writes every changed form to
 * sessionStorage (this tab only) before going to sign-in, and the form reads them back on return.
 */
type Values = Record<string, string | boolean | number | null>;

interface Entry {
  key: string;
  read: () => { values: Values; changed: boolean };
}

interface Stored {
  userId: string;
  savedAt: number;
  values: Values;
}

const PREFIX = 'sli:kept:';
/** Typed values older than this are not offered back. */
const MAX_AGE_MS = 12 * 60 * 60 * 1000;
const open = new Map<string, Entry>();

/** Writes every open form that was changed to sessionStorage, with whose it is. Called by the session handler. */
export function keepAllValues(userId: string): void {
  for (const entry of open.values()) {
    const { values, changed } = entry.read();
    if (!changed) continue;
    const stored: Stored = { userId, savedAt: Date.now(), values };
    try {
      sessionStorage.setItem(PREFIX + entry.key, JSON.stringify(stored));
    } catch {
      // Storage full or disabled: nothing more can be done; the sign-in still goes ahead.
    }
  }
}

function readKept(key: string): Stored | null {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const stored = JSON.parse(raw) as Stored;
    return Date.now() - stored.savedAt <= MAX_AGE_MS ? stored : null;
  } catch {
    return null;
  }
}

function forget(key: string): void {
  try {
    sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to forget.
  }
}

/**
 * A form's values that are kept if the session ends before they are saved.
 *
 * `key` names the page and the record (`action-status:<id>`); `exclude` lists fields never written to
 * storage (passwords). `kept` is true when the values were brought back, for the "We kept what you
 * typed" notice. Values are brought back only to the same user.
 */
export function useKeptValues<T extends Values>(key: string, initial: T, options: { exclude?: (keyof T)[] } = {}) {
  const viewer = useOptionalViewer();
  const userId = viewer?.id ?? null;
  const [restored] = useState(() => {
    const stored = readKept(key);
    return stored && stored.userId === userId ? stored : null;
  });
  const [values, setValues] = useState<T>(() => (restored ? { ...initial, ...(restored.values as Partial<T>) } : initial));
  const [kept, setKept] = useState(restored !== null);
  const start = useRef(initial);
  const current = useRef(values);
  current.current = values;
  const exclude = useRef(options.exclude ?? []);
  const instance = useId();

  // Read once: a reload after a successful save must not bring the old text back.
  useEffect(() => {
    if (restored) forget(key);
  }, [key, restored]);

  useEffect(() => {
    const id = `${key}#${instance}`;
    open.set(id, {
      key,
      read: () => {
        const kept: Values = {};
        let changed = false;
        for (const [k, v] of Object.entries(current.current)) {
          if (exclude.current.includes(k)) continue;
          kept[k] = v;
          if (v !== start.current[k]) changed = true;
        }
        return { values: kept, changed };
      },
    });
    return () => {
      open.delete(id);
    };
  }, [key, instance]);

  const setValue = useCallback(<K extends keyof T>(name: K, value: T[K]) => setValues((prev) => ({ ...prev, [name]: value })), []);
  /** After a successful save: start again from these values, and drop the notice. */
  const reset = useCallback((next: T) => {
    start.current = next;
    setValues(next);
    setKept(false);
  }, []);
  return { values, setValue, reset, kept, dismissKept: () => setKept(false) };
}
