import { base64ToBytes } from './base64';

/** Offers a file to the user: a Blob URL on a temporary <a download>, released afterwards. */
export function downloadFile(file: { filename: string; mimeType: string; base64: string }): void {
  downloadBlob(new Blob([base64ToBytes(file.base64)], { type: file.mimeType }), file.filename);
}

/** Offers a Blob (e.g. a streamed response body) as a file named `filename`. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
