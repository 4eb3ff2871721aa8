/**
 * Links from actors to outside identifiers, from a table the user supplies (`--links file.tsv`).
 * Countries get their Wikidata ids from packaged data during extraction; every other id comes
 * from such a table, never from a guess.
 */
export { LinksTable, nameKey, type LinkEntry } from './table.js';
export { parseLinksTable } from './parse.js';
export { readLinksTable } from './read.js';
