import { NKG } from '../core/vocab.js';

/**
 * Terms the view reads that the exporter is gaining (event factuality, boilerplate spans).
 * Kept here until src/core/vocab.ts lists them; graphs without them still show.
 */
export const VIEW_TERMS = {
  factuality: `${NKG.$base}factuality`,
  hasBoilerplate: `${NKG.$base}hasBoilerplate`,
  boilerplateKind: `${NKG.$base}boilerplateKind`,
} as const;

export const FACTUALITY_BASE = 'https://w3id.org/newskg/factuality/';
