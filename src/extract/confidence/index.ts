export { applyCurve } from './curve.js';
export type { CalibrationCurve, CalibrationKnot } from './curve.js';
export { calibrateExtraction } from './calibrate.js';
export type { CalibrationMap, FactKind } from './calibrate.js';
export { keepConfident, thresholdsFor } from './filter.js';
export type { Thresholds } from './filter.js';
export { CALIBRATION, DEFAULT_THRESHOLDS } from './calibration-map.js';
