import type { PackDocument } from '../document';
import { artifact, contentLeft, contentWidth, type PdfContext } from './pdf-context';
import { audienceLabel, dataAsOfLine } from './pack-text';
import { COLOUR, FONT, LINE_GAP, SIZE } from './pdf-theme';

/** The title page: organisation, title, subtitle, audience, period and when the data was frozen. */
export function drawTitlePage(context: PdfContext, pack: PackDocument): void {
  const { doc } = context;
  const left = contentLeft(doc);
  const width = contentWidth(doc);
  artifact(doc, () => doc.rect(0, 0, doc.page.width, 14).fill(COLOUR.accent), 'Layout');

  const line = (type: string, text: string, font: string, size: number, colour: string, gapAfter: number) => {
    const top = doc.y;
    const element = doc.struct(type, {}, () => doc.font(font).fontSize(size).fillColor(colour).text(text, left, top, { width, lineGap: LINE_GAP }));
    context.parent.add(element);
    doc.y += gapAfter;
  };

  doc.y = 200;
  line('P', pack.organisation, FONT.bold, SIZE.subtitle, COLOUR.muted, 18);
  line('H1', pack.title, FONT.bold, SIZE.title, COLOUR.accent, 10);
  if (pack.subtitle.trim() !== '') line('P', pack.subtitle, FONT.regular, SIZE.subtitle, COLOUR.ink, 24);
  const ruleY = doc.y;
  artifact(doc, () => doc.moveTo(left, ruleY).lineTo(left + 120, ruleY).lineWidth(3).strokeColor(COLOUR.accent).stroke(), 'Layout');
  doc.y = ruleY + 24;
  line('P', `Prepared for: ${audienceLabel(pack.audience)}`, FONT.regular, SIZE.body + 1.5, COLOUR.ink, 6);
  line('P', `Period: ${pack.periodLabel}`, FONT.regular, SIZE.body + 1.5, COLOUR.ink, 6);
  line('P', dataAsOfLine(pack), FONT.regular, SIZE.body + 1.5, COLOUR.ink, 6);

  doc.y = doc.page.height - doc.page.margins.bottom - 40;
  line('P', 'Audit chain head at the snapshot', FONT.bold, SIZE.caption, COLOUR.muted, 2);
  line('P', pack.auditHeadHash, FONT.regular, SIZE.caption, COLOUR.muted, 0);
}
