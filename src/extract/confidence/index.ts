export { applyCurve } from './curve.js';
export type { CalibrationCurve, CalibrationKnot } from './curve.js';
export { calibrateExtraction } from './calibrate.js';
export type { CalibrationMap, FactKind } from './calibrate.js';
export { keepConfident } from './filter.js';
export { CALIBRATION, DEFAULT_MIN_CONFIDENCE } from './calibration-map.js';
