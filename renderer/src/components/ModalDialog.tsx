import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A native modal <dialog>: opens when mounted, reports Escape or a close through `onClose`, and gives
 * focus back to the element with `returnFocusId` when it goes.
 */
export function ModalDialog({ titleId, returnFocusId, onClose, children }: { titleId: string; returnFocusId?: string; onClose: () => void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const closed = useRef(onClose);
  closed.current = onClose;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const onDialogClose = () => {
      if (!element.open) closed.current();
    };
    element.addEventListener('close', onDialogClose);
    if (!element.open) element.showModal();
    return () => {
      element.removeEventListener('close', onDialogClose);
      if (element.open) element.close();
      if (returnFocusId) document.getElementById(returnFocusId)?.focus();
    };
  }, [returnFocusId]);

  return (
    <dialog ref={dialog} className="modal-dialog" aria-labelledby={titleId}>
      {children}
    </dialog>
  );
}
