/** Small helpers for writing SVG as text: escaping, safe numbers and elements. */

export type Attributes = Record<string, string | number | undefined | null>;

// Characters XML 1.0 forbids outright (C0 controls other than tab, newline and return, and lone surrogates).
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A coordinate as text: at most two decimals, never NaN, Infinity or -0. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function attributeText(attributes: Attributes): string {
  let text = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    text += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return text;
}

/** An element with attributes; `children` is markup already escaped (use `textElement` for text). */
export function element(name: string, attributes: Attributes, children?: string): string {
  const open = `<${name}${attributeText(attributes)}`;
  return children === undefined || children === '' ? `${open}/>` : `${open}>${children}</${name}>`;
}

/** A `<text>` element holding escaped plain text. */
export function textElement(text: string, attributes: Attributes): string {
  return `<text${attributeText(attributes)}>${escapeXml(text)}</text>`;
}

/** Points for `polyline`/`polygon`. */
export function points(list: Array<[number, number]>): string {
  return list.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');
}
