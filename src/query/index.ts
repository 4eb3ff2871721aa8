export { collectDataFiles } from './files.js';
export { QueryDataset, loadDataset } from './dataset.js';
export { QUERY_OUTPUT_FORMATS, queryForm, runQuery } from './run.js';
export type { QueryForm, QueryOptions, QueryOutputFormat } from './run.js';
export { QUERY_PREFIXES, shortenIri } from './prefixes.js';
export { formatTable } from './table.js';
export type { TableOptions } from './table.js';
export type { SparqlJsonResults, SparqlJsonRow, SparqlJsonTerm } from './results.js';
