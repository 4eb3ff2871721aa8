import type { OutputFormat } from '../serialize/formats.js';
import type { ArticleSettings, JobSettings } from './types.js';

export interface RunOutputs {
  /** Per-article files are written (in the settings' formats). */
  files: boolean;
  /** Formats some other output needs: corpus streams, a queue worker's sink. */
  streams: readonly OutputFormat[];
}

/** The settings a run's worker threads get: every field of the article settings, plus what the outputs need serialized. */
export function jobSettings(settings: ArticleSettings, outputs: RunOutputs): JobSettings {
  return { ...settings, files: outputs.files, serialize: [...new Set([...(outputs.files ? settings.formats : []), ...outputs.streams])] };
}
