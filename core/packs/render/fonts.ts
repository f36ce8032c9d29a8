import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** DejaVu Sans, which every pack renderer embeds so £, — and … print the same everywhere. */
export const FONT_FAMILY = 'DejaVu Sans';

const requireHere = createRequire(__filename);

/** Paths of the regular and bold DejaVu Sans files shipped by the dejavu-fonts-ttf package. */
export const fontPaths = {
  regular: requireHere.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: requireHere.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

let cached: { regular: Buffer; bold: Buffer } | null = null;

/** The font files' bytes, read once. */
export function fontBytes(): { regular: Buffer; bold: Buffer } {
  cached ??= { regular: readFileSync(fontPaths.regular), bold: readFileSync(fontPaths.bold) };
  return cached;
}
