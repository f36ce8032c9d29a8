import { describe, expect, it } from 'vitest';
import { chartToSvg } from '../../core/packs/charts/chart-svg';
import { svgSize } from '../../core/packs/charts/svg-size';
import { svgToPng } from '../../core/packs/render/png';
import { flowChart } from './sample-pack';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('svgToPng', () => {
  it('rasterises a chart to a PNG at the scale asked for', async () => {
    const svg = chartToSvg(flowChart);
    const size = svgSize(svg);
    const double = await svgToPng(svg, 2);
    expect(double.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(pngSize(double)).toEqual({ width: size.width * 2, height: size.height * 2 });
    const single = await svgToPng(svg);
    expect(pngSize(single)).toEqual(size);
  });

  it('draws text with the bundled fonts (no system fonts are loaded)', async () => {
    const frame = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" font-family="DejaVu Sans"><text x="10" y="28" font-size="20">${text}</text></svg>`;
    const withText = await svgToPng(frame('£1,200.00'));
    const blank = await svgToPng(frame(''));
    expect(withText.equals(blank)).toBe(false);
    const bold = await svgToPng(frame('£1,200.00').replace('<text ', '<text font-weight="bold" '));
    expect(bold.equals(withText)).toBe(false);
  });

  it('gives the same bytes for the same SVG', async () => {
    const svg = chartToSvg(flowChart);
    expect((await svgToPng(svg)).equals(await svgToPng(svg))).toBe(true);
  });

  it('refuses a scale that is not a positive number', async () => {
    await expect(svgToPng(chartToSvg(flowChart), 0)).rejects.toThrow(/positive/);
    await expect(svgToPng(chartToSvg(flowChart), Number.NaN)).rejects.toThrow(/positive/);
  });
});
