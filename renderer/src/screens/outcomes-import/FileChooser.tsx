import { useRef, useState, type ChangeEvent } from 'react';
import { IPC_LIMITS } from '../../../../electron/shared/ipc-contract';
import { detectTransport } from '../../api/transport';
import { bytesToBase64, checkImportFile, countCsvRows, formatBytes, importFormatOf, importLimitBytes, readPercent, type ImportFormat } from './import-file';

const MAX_BYTES = importLimitBytes(detectTransport().kind, IPC_LIMITS.maxBodyBytes);

export interface ChosenFile {
  filename: string;
  format: ImportFormat;
  base64: string;
  size: number;
  /** About how many data rows a CSV holds; null for workbooks (only the server can tell). */
  approxRows: number | null;
}

/** A file input that refuses wrong or oversized files before reading, then reads with a determinate progress bar. */
export function FileChooser({ id, disabled, onChosen }: { id: string; disabled: boolean; onChosen: (file: ChosenFile) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState<{ name: string; percent: number } | null>(null);
  const reader = useRef<FileReader | null>(null);

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    reader.current?.abort();
    setError(null);
    if (!file) return;
    const problem = checkImportFile(file, MAX_BYTES);
    if (problem) {
      setError(problem);
      event.target.value = '';
      return;
    }
    const format = importFormatOf(file.name)!;
    const fileReader = new FileReader();
    reader.current = fileReader;
    setReading({ name: file.name, percent: 0 });
    fileReader.onprogress = (progress) => {
      if (progress.lengthComputable) setReading({ name: file.name, percent: readPercent(progress.loaded, progress.total) });
    };
    fileReader.onerror = () => {
      setReading(null);
      setError(`"${file.name}" could not be read. Check the file is not open elsewhere, then choose it again.`);
    };
    fileReader.onload = () => {
      const bytes = new Uint8Array(fileReader.result as ArrayBuffer);
      setReading(null);
      onChosen({ filename: file.name, format, base64: bytesToBase64(bytes), size: file.size, approxRows: format === 'csv' ? countCsvRows(bytes) : null });
    };
    fileReader.readAsArrayBuffer(file);
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field__label">
        Choose a .csv or .xlsx file
      </label>
      <p id={hintId} className="field__hint">
        Up to {formatBytes(MAX_BYTES)}. CSV files must be saved as UTF-8; workbooks must hold values, not formulas. Only the first worksheet is read.
      </p>
      {error && (
        <p id={errorId} className="field__error" role="alert">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        id={id}
        type="file"
        className="input input--file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={disabled || reading !== null}
        onChange={choose}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
      />
      {reading && (
        <div className="progress-row">
          <label htmlFor={`${id}-progress`}>Reading {reading.name}…</label>
          <progress id={`${id}-progress`} max={100} value={reading.percent}>
            {reading.percent}%
          </progress>
          <span aria-hidden="true">{reading.percent}%</span>
        </div>
      )}
    </div>
  );
}
