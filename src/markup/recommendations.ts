import type { Diagnostic, DiagnosticCode } from '../core/errors.js';
import type { ArticleModel } from '../model/index.js';

/**
 * Google's Article structured-data recommendations (headline, image, datePublished,
 * dateModified, author.name, author.url) that the markup cannot meet because the text does not
 * say: reported, never invented.
 */
export function missingRecommendations(model: ArticleModel): Diagnostic[] {
  const a = model.article;
  const warnings: Diagnostic[] = [];
  const warn = (code: DiagnosticCode, message: string) => warnings.push({ code, level: 'warning', message });
  warn('MARKUP_NO_IMAGE', 'no image: Google recommends one (plain text carries none); add "image" by hand');
  if (!a.datePublished) warn('MARKUP_NO_DATE_PUBLISHED', 'no datePublished: the article prints no date; pass --date YYYY-MM-DD');
  warn('MARKUP_NO_DATE_MODIFIED', 'no dateModified: the article does not say when it was last changed');
  if (a.authors.length === 0) warn('MARKUP_NO_AUTHOR', 'no author: the article has no byline');
  else warn('MARKUP_NO_AUTHOR_URL', 'no author.url: the text gives no profile page for the author');
  return warnings;
}
