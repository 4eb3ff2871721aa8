import type { Term } from 'oxigraph';

/**
 * SPARQL result rows from two engines in one comparable form. Virtuoso and Oxigraph
 * agree on the values but not always on their spelling: numbers come back as xsd:int
 * or xsd:integer, "1.0E0" or "1"; GROUP_CONCAT joins in whatever order it met the values.
 */
export type Row = Record<string, string>;

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const NUMERIC = new Set(
  [
    'integer',
    'int',
    'long',
    'short',
    'byte',
    'decimal',
    'double',
    'float',
    'nonNegativeInteger',
    'positiveInteger',
    'negativeInteger',
    'nonPositiveInteger',
    'unsignedInt',
    'unsignedLong',
    'unsignedShort',
    'unsignedByte',
  ].map((t) => XSD + t),
);

interface JsonTerm {
  type: string;
  value: string;
  datatype?: string;
  'xml:lang'?: string;
}

function normalise(kind: 'uri' | 'bnode' | 'literal', value: string, datatype?: string, language?: string): string {
  if (kind === 'uri') return `<${value}>`;
  if (kind === 'bnode') return '_:';
  if (language) return `"${value}"@${language.toLowerCase()}`;
  if (datatype && NUMERIC.has(datatype)) return `number ${Number(value)}`;
  if (!datatype || datatype === `${XSD}string`) return `"${value}"`;
  return `"${value}"^^<${datatype}>`;
}

export function rowsFromJson(json: { head: { vars: string[] }; results: { bindings: Record<string, JsonTerm>[] } }): Row[] {
  return json.results.bindings.map((binding) =>
    Object.fromEntries(
      Object.entries(binding).map(([name, t]) => [
        name,
        normalise(t.type === 'uri' ? 'uri' : t.type === 'bnode' ? 'bnode' : 'literal', t.value, t.datatype, t['xml:lang']),
      ]),
    ),
  );
}

export function rowsFromOxigraph(solutions: Map<string, Term>[]): Row[] {
  return solutions.map((solution) =>
    Object.fromEntries(
      [...solution.entries()].map(([name, t]) => [
        name,
        t.termType === 'NamedNode'
          ? normalise('uri', t.value)
          : t.termType === 'BlankNode'
            ? normalise('bnode', t.value)
            : t.termType === 'Literal'
              ? normalise('literal', t.value, t.datatype.value, t.language)
              : `?${t.termType}`,
      ]),
    ),
  );
}

/** Variables bound by GROUP_CONCAT, with their separator: their values compare as sorted parts. */
export function groupConcatVariables(query: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of query.matchAll(/GROUP_CONCAT\s*\(([^()]*)\)\s+AS\s+\?(\w+)/gi)) {
    const separator = m[1]!.match(/separator\s*=\s*(["'])(.*?)\1/i)?.[2] ?? ' ';
    found.set(m[2]!, separator);
  }
  // and the variable a concatenation is renamed to: BIND(COALESCE(?names, "") AS ?participants)
  for (const m of query.matchAll(/COALESCE\s*\(\s*\?(\w+)\s*,\s*""\s*\)\s+AS\s+\?(\w+)/gi)) {
    const separator = found.get(m[1]!);
    if (separator !== undefined) found.set(m[2]!, separator);
  }
  return found;
}

export function canonicalRows(rows: Row[], concat: Map<string, string>): Row[] {
  return rows.map((row) => {
    const copy: Row = { ...row };
    for (const [name, separator] of concat) {
      const value = copy[name];
      const m = value?.match(/^"(.*)"$/s);
      if (m) copy[name] = `"${m[1]!.split(separator).sort().join(separator)}"`;
    }
    return copy;
  });
}

export function rowKey(row: Row, variables?: readonly string[]): string {
  return JSON.stringify((variables ?? Object.keys(row).sort()).map((v) => [v, row[v] ?? null]));
}

/** The variables of the outermost ORDER BY that the query also returns. */
export function orderVariables(query: string, projected: readonly string[]): string[] {
  const last = [...query.matchAll(/ORDER\s+BY\s+([\s\S]*?)(?=LIMIT|OFFSET|\}|$)/gi)].at(-1);
  const clause = last?.[1] ?? '';
  return [...new Set([...clause.matchAll(/\?(\w+)/g)].map((m) => m[1]!))].filter((v) => projected.includes(v));
}
