export { writeOutputs } from './files.js';
export type { OutputFile } from './files.js';
export { AtomicFileStream } from './atomic-stream.js';
export { openTextStream, writeDocument } from './text-stream.js';
export type { TextStream } from './text-stream.js';
export { GraphStream } from './graph-stream.js';
export type { GraphStreamFormat } from './graph-stream.js';
export { checkFolder, resolveTarget } from './target.js';
export type { OutputTarget } from './target.js';
