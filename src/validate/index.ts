export { validateDataset, validateGraph } from './validate.js';
export { loadShapes, DEFAULT_SHAPES_PATH } from './shapes.js';
export type { CompiledShapes } from './shapes.js';
export { formatReport, reportToTurtle } from './report.js';
export type { Severity, ValidateOptions, ValidationOutcome, ValidationResult } from './types.js';
