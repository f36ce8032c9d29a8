/** Checks on a chosen import file that need no server: its kind, its size, and turning it into base64. */

/** The largest file an import accepts (core/imports/file-input.ts MAX_IMPORT_BYTES). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ImportFormat = 'csv' | 'xlsx';

/** "figures.CSV" -> "csv"; anything other than .csv or .xlsx -> null. */
export function importFormatOf(filename: string): ImportFormat | null {
  const match = /\.([A-Za-z0-9]+)$/.exec(filename.trim());
  const ext = match?.[1]?.toLowerCase();
  return ext === 'csv' || ext === 'xlsx' ? ext : null;
}

/** 1536 -> "1.5 KB", 20971520 -> "20 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb.toFixed(kb < 10 ? 1 : 0)} KB`;
  const mb = kb / 1024;
  return `${Number(mb.toFixed(1))} MB`;
}

/**
 * The largest file this window can send. On the desktop every request crosses the IPC bridge, whose
 * body limit (electron/shared/ipc-contract.ts) may be below the server's; base64 adds a third, and
 * the JSON around it a little more.
 */
export function importLimitBytes(transport: 'desktop' | 'http', bridgeMaxBodyBytes: number): number {
  if (transport === 'http') return MAX_IMPORT_BYTES;
  return Math.min(MAX_IMPORT_BYTES, Math.floor(((bridgeMaxBodyBytes - 4096) * 3) / 4));
}

/** Why a file cannot be imported before it is even read, or null when it may be read. */
export function checkImportFile(file: { name: string; size: number }, maxBytes = MAX_IMPORT_BYTES): string | null {
  if (!importFormatOf(file.name)) {
    return `"${file.name}" is not a .csv or .xlsx file. Save the spreadsheet as CSV UTF-8 or Excel workbook (.xlsx) and choose that file.`;
  }
  if (file.size === 0) return `"${file.name}" is empty.`;
  if (file.size > maxBytes) {
    return `"${file.name}" is ${formatBytes(file.size)}. Files are limited to ${formatBytes(maxBytes)}: split it into smaller files and import each one.`;
  }
  return null;
}

/** Bytes as base64, converted in slices so large files do not overflow the argument list. */
export function bytesToBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  }
  return btoa(binary);
}

/** About how many data rows a CSV holds: non-blank lines after the header (quoted line breaks count extra). */
export function countCsvRows(bytes: Uint8Array): number {
  let lines = 0;
  let content = false;
  for (const byte of bytes) {
    if (byte === 0x0a || byte === 0x0d) {
      if (content) lines += 1;
      content = false;
    } else if (byte !== 0x20 && byte !== 0x09) {
      content = true;
    }
  }
  if (content) lines += 1;
  return Math.max(0, lines - 1);
}

/** Percentage read so far, 0–100, for a determinate <progress>. */
export function readPercent(loaded: number, total: number): number {
  if (!(total > 0)) return 0;
  return Math.min(100, Math.max(0, Math.round((loaded / total) * 100)));
}
