import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { fontBytes, FONT_FAMILY } from './fonts';

let ready: Promise<void> | null = null;

/** Loads resvg's WebAssembly module once, on first use. */
function ensureWasm(): Promise<void> {
  ready ??= (async () => {
    const wasmPath = createRequire(__filename).resolve('@resvg/resvg-wasm/index_bg.wasm');
    await initWasm(await readFile(wasmPath));
  })().catch((error: unknown) => {
    ready = null;
    throw error;
  });
  return ready;
}

/** Rasterises an SVG to PNG at `scale` × its own size, with DejaVu Sans and no system fonts. */
export async function svgToPng(svg: string, scale = 1): Promise<Buffer> {
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`Scale must be a positive number, not ${scale}`);
  await ensureWasm();
  const fonts = fontBytes();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#FFFFFF',
    font: {
      fontBuffers: [new Uint8Array(fonts.regular), new Uint8Array(fonts.bold)],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  try {
    const image = resvg.render();
    try {
      return Buffer.from(image.asPng());
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
