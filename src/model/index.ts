export { buildModel } from './build.js';
export { IriMinter } from './iris.js';
export { typedDate } from './dates.js';
export type * from './types.js';
