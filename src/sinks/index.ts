export { removeStaleTemps, writeOutputs } from './files.js';
export type { OutputFile } from './files.js';
export { AtomicFileStream } from './atomic-stream.js';
export { openTextStream } from './text-stream.js';
export type { TextStream } from './text-stream.js';
export { GraphStream } from './graph-stream.js';
export type { GraphStreamFormat } from './graph-stream.js';
export { CORPUS_LINKS_STEM, OutputStems, baseStem, numberedStem } from './stems.js';
