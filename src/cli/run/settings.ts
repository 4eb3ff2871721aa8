import type { ArticleSettings } from '../../batch/index.js';
import { readLinksTable } from '../../links/index.js';
import type { ArticleOptions } from '../article-options.js';

/** The article settings of a run from its command-line options (the --links table read here, once). */
export async function articleSettings(options: ArticleOptions): Promise<ArticleSettings> {
  const links = options.links ? (await readLinksTable(options.links)).entries : undefined;
  return {
    base: options.base,
    ...(options.date ? { date: options.date } : {}),
    ...(links?.length ? { links: [...links] } : {}),
    formats: options.format,
    report: options.report,
    keepInvalid: options.keepInvalid,
    profile: options.profile,
    ...(options.minConfidence !== undefined ? { minConfidence: options.minConfidence } : {}),
  };
}
