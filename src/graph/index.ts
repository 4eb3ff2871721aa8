export { encodeGraph } from './encode.js';
export { orderQuads, quadKey, termKey } from './order.js';
export { parseRdf, rdfFormatOf } from './parse.js';
export type { RdfInputFormat } from './parse.js';
