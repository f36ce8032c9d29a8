/** Indicator values as people read them, by unit (see core/outcomes/vocabulary.ts UNITS). */
const numberFormats = new Map<number, Intl.NumberFormat>();

function numberFormat(maxDecimals: number): Intl.NumberFormat {
  let format = numberFormats.get(maxDecimals);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: maxDecimals });
    numberFormats.set(maxDecimals, format);
  }
  return format;
}

/** 1234.5 -> "1,234.5" (up to 2 decimal places, more only for small fractions). */
export function formatNumber(value: number): string {
  const decimals = Math.abs(value) > 0 && Math.abs(value) < 1 ? 3 : 2;
  return numberFormat(decimals).format(value);
}

/** A value with its unit: "72.4%", "£1,250", "3.1 per 1,000", "1,020". Null or undefined -> "No figure". */
export function formatMeasure(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'No figure';
  switch (unit) {
    case 'percentage':
      return `${formatNumber(value)}%`;
    case 'pounds':
      return `${value < 0 ? '−' : ''}£${formatNumber(Math.abs(value))}`;
    case 'rate_per_1000':
      return `${formatNumber(value)} per 1,000`;
    default:
      return formatNumber(value);
  }
}

/** A compact axis label: "12k", "1.5m", "72%" (units other than % and £ are left bare). */
export function formatAxisValue(value: number, unit: string): string {
  const abs = Math.abs(value);
  let text: string;
  if (abs >= 1_000_000) text = `${numberFormat(1).format(value / 1_000_000)}m`;
  else if (abs >= 10_000) text = `${numberFormat(1).format(value / 1000)}k`;
  else text = numberFormat(abs < 10 ? 2 : 1).format(value);
  if (unit === 'percentage') return `${text}%`;
  if (unit === 'pounds') return `£${text}`;
  return text;
}
