/** A parsed table: the header row, then data rows with their 1-based line numbers in the file. */
export interface ParsedTable {
  header: string[];
  rows: Array<{ line: number; cells: string[] }>;
}

export class FileFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileFormatError';
  }
}

/** Decodes bytes as UTF-8, refusing anything else (so "£" never silently becomes "�"). */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new FileFormatError('This file is not UTF-8 text. In Excel use "Save As → CSV UTF-8 (Comma delimited)", then import that file.');
  }
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): ParsedTable {
  const records: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endField = () => {
    cells.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endRecord();
      i++;
      line++;
      recordLine = line;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      line++;
      recordLine = line;
    } else field += ch;
    i++;
  }
  if (quoted) throw new FileFormatError(`A quoted value that starts on line ${recordLine} is never closed.`);
  if (field !== '' || cells.length) endRecord();
  const [first, ...rest] = records;
  if (!first) throw new FileFormatError('The file is empty: it needs a header row and at least one row of data.');
  return { header: first.cells.map((h) => h.trim()), rows: rest };
}
