export { writeOutputs } from './files.js';
export type { OutputFile } from './files.js';
