import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Drill-down links name the list they lead to (`/reviews?…#notifications`): once that list's data has
 * loaded (so the page above it has its final height), bring it into view, once (later sorts and pages leave the scroll alone).
 */
export function useScrollToHash(id: string, ready: boolean): void {
  const { hash } = useLocation();
  const done = useRef(false);
  useEffect(() => {
    if (!ready || hash !== `#${id}` || done.current) return;
    const target = document.getElementById(id);
    if (!target) return;
    done.current = true;
    target.scrollIntoView({ block: 'start' });
  }, [id, ready, hash]);
}
