/**
 * Text widths in DejaVu Sans, the font every renderer embeds, so charts can truncate and wrap
 * labels without a layout engine. Advance widths (per 1000 em) of printable ASCII, from the font.
 */

const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636,
  636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
  603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635,
  634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];
const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696,
  696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
  733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716,
  712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];
const OTHER: Record<string, [number, number]> = { '£': [636, 696], '—': [1000, 1000], '…': [1000, 1000], '–': [500, 500], '·': [318, 380] };

const ELLIPSIS = '…';

/** Width of `text` in px at `fontSize`. Characters outside the table count as a wide letter. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const known = code >= 32 && code < 127 ? table[code - 32] : OTHER[char]?.[bold ? 1 : 0];
    units += known ?? (bold ? 760 : 700);
  }
  return (units * fontSize) / 1000;
}

/** `text` cut with an ellipsis so it fits `maxWidth`; unchanged when it already fits. */
export function truncate(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(chars.join('').trimEnd() + ELLIPSIS, fontSize, bold) > maxWidth) chars.pop();
  return chars.length === 0 ? '' : chars.join('').trimEnd() + ELLIPSIS;
}

/**
 * `text` wrapped at spaces into at most `maxLines` lines of `maxWidth`; a word longer than a line is
 * cut, and the last line ends with an ellipsis when text was left over.
 */
export function wrap(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let current = '';
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index]!;
    const candidate = current === '' ? word : `${current} ${word}`;
    if (textWidth(candidate, fontSize, bold) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current !== '') {
      lines.push(current);
      if (lines.length === maxLines) break;
    }
    current = textWidth(word, fontSize, bold) <= maxWidth ? word : truncate(word, maxWidth, fontSize, bold);
  }
  if (lines.length < maxLines && current !== '') {
    lines.push(current);
    index = words.length;
  }
  if (index < words.length && lines.length > 0) {
    const last = lines.length - 1;
    lines[last] = truncate(`${lines[last]!}${ELLIPSIS}`, maxWidth, fontSize, bold);
  }
  return lines;
}
