import { useEffect, useState } from 'react';
import { TextField } from '../components/TextField';
import { parsePoundsToPence } from './money-input';

interface MoneyFieldProps {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  errors?: readonly string[] | undefined;
}

function problemWith(text: string): string | null {
  if (text.trim() === '') return null;
  const parsed = parsePoundsToPence(text);
  return parsed.ok ? null : parsed.message;
}

/**
 * Pounds and pence as typed text. A problem (such as a third decimal place) is shown once typing
 * pauses, not on blur, so the layout does not shift under a click on the next button.
 */
export function MoneyField({ id, label, value, onValueChange, errors }: MoneyFieldProps) {
  const [liveError, setLiveError] = useState<string | null>(null);
  useEffect(() => {
    const problem = problemWith(value);
    if (problem === null) {
      setLiveError(null);
      return;
    }
    const timer = window.setTimeout(() => setLiveError(problem), 600);
    return () => window.clearTimeout(timer);
  }, [value]);
  const shown = errors && errors.length ? errors : liveError ? [liveError] : undefined;
  return (
    <TextField
      id={id}
      label={label}
      hint="In pounds, for example 1,234.56"
      value={value}
      inputMode="decimal"
      autoComplete="off"
      inputClassName="input--money"
      onValueChange={onValueChange}
      errors={shown}
    />
  );
}
