import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A native modal <dialog>: opens when mounted and reports Escape or a close through `onClose`. When it
 * goes, focus returns to the element with `returnFocusId`, or — if that has gone meanwhile (say the row
 * that held the button changed) — to `fallbackFocusId`.
 */
export function ModalDialog({ titleId, returnFocusId, fallbackFocusId, className = 'modal-dialog', onClose, children }: {
  titleId: string;
  returnFocusId?: string;
  fallbackFocusId?: string;
  className?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const closed = useRef(onClose);
  closed.current = onClose;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // Escape and a form with method="dialog" fire "close" (asynchronously). Closing here on unmount must
    // not report back, nor may a stale event from a close-and-reopen (React's development double effects).
    const onDialogClose = () => {
      if (!element.open) closed.current();
    };
    element.addEventListener('close', onDialogClose);
    if (!element.open) element.showModal();
    return () => {
      element.removeEventListener('close', onDialogClose);
      if (element.open) element.close();
      // After the re-render that removed the dialog, so a replaced button can be found (or its fallback).
      setTimeout(() => {
        const byId = (id: string | undefined) => (id ? document.getElementById(id) : null);
        (byId(returnFocusId) ?? byId(fallbackFocusId))?.focus();
      }, 0);
    };
  }, [returnFocusId, fallbackFocusId]);

  return (
    <dialog ref={dialog} className={className} aria-labelledby={titleId}>
      {children}
    </dialog>
  );
}
