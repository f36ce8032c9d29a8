import { errorInfo } from '../api/errors';

/** A failed request, explained in words, announced to screen readers. */
export function ApiError({ error, title }: { error: unknown; title?: string }) {
  const info = errorInfo(error);
  return (
    <div className="notice notice--error" role="alert" data-reason={info.reason ?? undefined}>
      {title && <p className="notice__title">{title}</p>}
      <p>{info.message}</p>
    </div>
  );
}
