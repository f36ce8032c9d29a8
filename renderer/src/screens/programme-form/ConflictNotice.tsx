import { useEffect, useRef } from 'react';

/** Someone else saved first: explain, and offer to load their version (which discards these edits). */
export function ConflictNotice({ message, onReload }: { message: string; onReload?: (() => void) | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [message]);
  return (
    <div className="notice notice--error" role="alert" tabIndex={-1} ref={ref} aria-labelledby="conflict-title">
      <h2 id="conflict-title" className="notice__title">
        This programme was changed by someone else
      </h2>
      <p>{message}</p>
      {onReload && (
        <>
          <p>Reloading shows their version and discards the changes on this page. Copy anything you need first.</p>
          <button type="button" className="button button--secondary" onClick={onReload}>
            Reload the latest version
          </button>
        </>
      )}
    </div>
  );
}
