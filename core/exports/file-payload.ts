/** A file sent through the API: base64 content, so it survives JSON and structured cloning. */
export interface FilePayload {
  filename: string;
  mimeType: string;
  base64: string;
}

export const CSV_MIME = 'text/csv;charset=utf-8';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function filePayload(filename: string, mimeType: string, content: string | Buffer): FilePayload {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { filename, mimeType, base64: buffer.toString('base64') };
}
