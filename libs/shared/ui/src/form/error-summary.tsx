import { useEffect, useId, useRef, type MouseEvent } from 'react';
import type { SummaryItem } from './field-problems';

/**
 * GOV.UK error summary: at the top of the form, focused when it appears so it is read out, each problem
 * a link that moves focus to its field (and scrolls its label into view).
 */
export function ErrorSummary({ items, title = 'There is a problem' }: { items: SummaryItem[]; title?: string }) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const signature = items.map((i) => i.text).join('\n');
  useEffect(() => {
    if (signature) box.current?.focus();
  }, [signature]);
  if (items.length === 0) return null;

  const go = (e: MouseEvent<HTMLAnchorElement>, href: string) => {
    const target = document.getElementById(href.slice(1));
    if (!target) return;
    e.preventDefault();
    const label = document.querySelector(`label[for="${CSS.escape(target.id)}"]`) ?? target.closest('fieldset')?.querySelector('legend');
    (label ?? target).scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  };

  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary-title">
        {title}
      </h2>
      <ul>
        {items.map((item) => (
          <li key={item.text}>
            {item.href ? (
              <a href={item.href} onClick={(e) => go(e, item.href as string)}>
                {item.text}
              </a>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
