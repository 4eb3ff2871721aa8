import type { TypedDate } from './types.js';

/** An xsd:date, xsd:gYearMonth or xsd:gYear for a TIMEX3 value that is one; undefined otherwise (weeks, seasons, PRESENT_REF...). */
export function typedDate(value: string | undefined): TypedDate | undefined {
  if (!value) return undefined;
  if (/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value) && isRealDate(value)) return { lexical: value, datatype: 'date' };
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return { lexical: value, datatype: 'gYearMonth' };
  if (/^\d{4}$/.test(value)) return { lexical: value, datatype: 'gYear' };
  return undefined;
}

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
