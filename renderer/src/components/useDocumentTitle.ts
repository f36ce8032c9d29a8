import { useEffect } from 'react';

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – Alignment Desk` : 'Alignment Desk';
  }, [title]);
}
