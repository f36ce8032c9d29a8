import { useEffect, useRef } from 'react';
import type { SummaryItem } from '../forms/field-errors';

export interface ErrorSummaryProps {
  items: readonly SummaryItem[];
  /** Changes on every failed submit so the summary takes focus again. */
  focusKey: number;
  title?: string;
}

/** Moves focus to a field by id (links cannot use href="#id": the hash is the app's router). */
export function focusField(targetId: string): void {
  const target = document.getElementById(targetId);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.focus();
}

export function ErrorSummary({ items, focusKey, title = 'There is a problem' }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length) ref.current?.focus();
    // Focus only when a submit fails (focusKey changes), not on every edit.
  }, [focusKey]); // items deliberately omitted
  if (!items.length) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {items.map((item, index) => (
          <li key={`${item.path}-${index}`}>
            {item.targetId ? (
              <a
                href={`#${item.targetId}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(item.targetId!);
                }}
              >
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
