import { escapeXml } from '../charts/svg-markup';

export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  description: string;
  keywords: string;
  /** Written as both the created and the modified time. */
  when: Date;
}

/**
 * docProps/core.xml with fixed timestamps. docx always stamps the time of writing there, with
 * no option to change it, so the renderer replaces the part with this one.
 */
export function corePropertiesXml(properties: CoreProperties): string {
  const when = properties.when.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const text = (name: string, value: string) => (value === '' ? '' : `<${name}>${escapeXml(value)}</${name}>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    text('dc:title', properties.title) +
    text('dc:subject', properties.subject) +
    text('dc:creator', properties.creator) +
    text('cp:keywords', properties.keywords) +
    text('dc:description', properties.description) +
    text('cp:lastModifiedBy', properties.creator) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
