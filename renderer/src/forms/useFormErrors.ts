import { useState } from 'react';
import { errorInfo } from '../api/errors';
import { fieldId, placeFieldErrors, summaryItems, type FieldErrors, type SummaryItem } from './field-errors';

export interface FormErrors {
  /** Errors regrouped under the fields the form shows ("_form" for the form as a whole). */
  placed: FieldErrors;
  /** Lines for the error summary, in the order of `labels`. */
  summary: SummaryItem[];
  /** Changes on every failed submit, so the summary takes focus again. */
  attempt: number;
  /** Shows these errors (an empty object clears them) and moves focus to the summary. */
  show: (errors: FieldErrors) => void;
  /** Shows what the server said: its field errors at their fields, or its message word for word. */
  showApiError: (error: unknown) => void;
  /** The DOM id of a field's control. */
  id: (path: string) => string;
}

/** Error state shared by the small grants and partner forms: inline errors plus an error summary. */
export function useFormErrors(labels: Record<string, string>, prefix: string): FormErrors {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const placed = placeFieldErrors(errors, new Set(Object.keys(labels)));
  const show = (next: FieldErrors) => {
    setErrors(next);
    setAttempt((n) => n + 1);
  };
  return {
    placed,
    summary: summaryItems(placed, Object.keys(labels), (path) => labels[path] ?? path, prefix),
    attempt,
    show,
    showApiError: (error: unknown) => {
      const info = errorInfo(error);
      show(info.fieldErrors ?? { _form: [info.message] });
    },
    id: (path: string) => fieldId(path, prefix),
  };
}
