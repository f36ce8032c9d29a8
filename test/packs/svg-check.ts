/** A small well-formedness check for the SVG the charts write (no DOM needed). */

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

/** Throws unless every tag is closed in order, attributes are quoted and `&` starts an entity. */
export function assertWellFormedXml(xml: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
  let index = 0;
  let roots = 0;
  while (index < xml.length) {
    const char = xml[index]!;
    if (char === '<') {
      tag.lastIndex = index;
      const match = tag.exec(xml);
      if (!match) throw new Error(`Malformed tag at ${index}: ${xml.slice(index, index + 60)}`);
      const [whole, closing, name, , selfClosing] = match;
      if (closing) {
        const open = stack.pop();
        if (open !== name) throw new Error(`</${name}> closes <${open}> at ${index}`);
      } else if (!selfClosing) {
        if (stack.length === 0) roots++;
        stack.push(name!);
      } else if (stack.length === 0) roots++;
      index += whole.length;
      continue;
    }
    if (char === '&') {
      ENTITY.lastIndex = index;
      if (!ENTITY.test(xml)) throw new Error(`Bare & at ${index}: ${xml.slice(index, index + 20)}`);
    }
    if (char === '>') throw new Error(`Bare > at ${index}`);
    if (stack.length === 0 && char.trim() !== '') throw new Error(`Text outside the root at ${index}`);
    index++;
  }
  if (stack.length > 0) throw new Error(`Unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) throw new Error(`Expected one root element, found ${roots}`);
  // Attribute values: every & inside them must also be an entity.
  for (const value of xml.matchAll(/="([^"]*)"/g)) {
    for (const amp of value[1]!.matchAll(/&/g)) {
      ENTITY.lastIndex = amp.index!;
      if (!ENTITY.test(value[1]!)) throw new Error(`Bare & in attribute: ${value[1]}`);
    }
  }
}

/** WCAG 2 contrast ratio between two #RRGGBB colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((start) => {
      const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
