import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { hintsFrom, ingestText } from '../../src/ingest/index.js';
import { isNewskgError } from '../../src/core/errors.js';
import { ingestFile, readArticle, SAMPLE } from './helpers.js';

describe('ingestText on the bundled sample', () => {
  const doc = ingestFile(SAMPLE);
  const text = readArticle(SAMPLE);

  it('keeps the text unchanged and hashes it', () => {
    expect(doc.text).toBe(text);
    expect(doc.contentHash).toBe(createHash('sha256').update(text).digest('hex'));
    expect(doc.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads the headline without its genre suffix', () => {
    expect(doc.metadata.headline).toMatchObject({ value: 'NATO-Russia Missile Row Intensifies', origin: 'text' });
    expect(doc.metadata.headline?.span?.text).toBe('NATO-Russia Missile Row Intensifies');
  });

  it('reads the genre from the headline suffix', () => {
    expect(doc.metadata.genre).toMatchObject({ value: 'OpEd', span: { text: 'OpEd' } });
  });

  it('reads the author from the byline', () => {
    expect(doc.metadata.authors.map((a) => a.value)).toEqual(['Hassan Beheshtipour']);
    expect(doc.metadata.authors[0]?.span?.text).toBe('Hassan Beheshtipour');
  });

  it('reads and validates the ISSN', () => {
    expect(doc.metadata.issn).toMatchObject({ value: '2330-717X', span: { text: '2330-717X' } });
  });

  it('reads the publisher from the newsletter line', () => {
    expect(doc.metadata.publisher).toMatchObject({ value: 'Eurasia Review', origin: 'text' });
  });

  it('reads the source organisation and its description from the closing blurb', () => {
    expect(doc.metadata.sourceOrganization?.value).toBe('Press TV');
    expect(doc.metadata.sourceOrganizationDescription?.value).toBe(
      'Press TV is a 24-hour English language global news network owned by Islamic Republic of Iran Broadcasting (IRIB).',
    );
  });

  it('finds the sub-headings as sections', () => {
    // The brief mentions three sub-headings; the text has two title-like lines without final
    // punctuation. "Russia needs more than just such a course of action." is a one-sentence
    // paragraph (it ends with a period) and stays in the body.
    expect(doc.sections.map((s) => s.heading.text)).toEqual([
      'Stalemate in missile shield talks',
      'Who does the future of Libya belong to?',
    ]);
    expect(doc.paragraphs.map((p) => p.text)).toContain('Russia needs more than just such a course of action.');
  });

  it('gives each section the body up to the next heading', () => {
    const [first, second] = doc.sections;
    expect(first?.end).toBe(second?.heading.start);
    expect(second?.end).toBe(doc.paragraphs[doc.paragraphs.length - 1]?.end);
    expect(text.slice(first!.start, first!.end)).toContain('Dmitry Rogozin has warned');
  });

  it('separates the newsletter line, the blurb and the comment form as boilerplate', () => {
    expect(doc.boilerplate.map((b) => b.kind)).toEqual(['newsletter', 'publisher-blurb', 'comment-form']);
    expect(doc.boilerplate[0]?.span.text).toMatch(/^Click here to have .* newsletter delivered/);
    expect(doc.boilerplate[2]?.span.text).toBe('Leave a Reply\n\nYour email address will not be published. Required fields are marked *');
  });

  it('keeps only body paragraphs, in order, numbered ones included', () => {
    const paragraphs = doc.paragraphs.map((p) => p.text);
    expect(paragraphs[0]).toMatch(/^Representatives from NATO’s 28 member states/);
    expect(paragraphs[paragraphs.length - 1]).toMatch(/^Despite the fact that/);
    expect(paragraphs.some((p) => p.startsWith('1. It is extremely unlikely'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('2. Russia views the Middle East'))).toBe(true);
    for (const excluded of ['ISSN', 'NATO-Russia Missile Row', 'By Hassan', 'Stalemate in', 'Click here', 'Press TV', 'Leave a Reply']) {
      expect(paragraphs.some((p) => p.startsWith(excluded))).toBe(false);
    }
    expect(paragraphs).toHaveLength(26);
    const starts = doc.paragraphs.map((p) => p.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('reports English and no diagnostics', () => {
    expect(doc.metadata.language).toBe('en');
    expect(doc.diagnostics).toEqual([]);
  });
});

describe('ingestText on small inputs', () => {
  const source = { name: 'inline', format: 'text' } as const;

  const body = 'The council voted on Monday to rebuild the sea wall, ending months of argument over the cost.';

  it('reads the headline without the site name after it, its span covering the headline only', () => {
    const doc = ingestText(`Sea wall vote ends months of argument | The Harbour Gazette\n\n${body}`, source);
    expect(doc.metadata.headline).toMatchObject({
      value: 'Sea wall vote ends months of argument',
      span: { text: 'Sea wall vote ends months of argument' },
    });
  });

  it("skips the site's generic title line to the article's headline", () => {
    const doc = ingestText(`Harbour Gazette - Latest News & Headlines\n\nSea wall vote ends months of argument\n\n${body}`, source);
    expect(doc.metadata.headline?.value).toBe('Sea wall vote ends months of argument');
    expect(doc.boilerplate.map((b) => [b.kind, b.span.text])).toEqual([['site-name', 'Harbour Gazette - Latest News & Headlines']]);
  });

  it('cleans a title given by the caller, and ignores one that is only the site title', () => {
    const cleaned = ingestText(
      `Sea wall vote ends months of argument\n\n${body}`,
      source,
      hintsFrom({ title: 'Sea wall vote ends months of argument - Harbour Gazette', publisher: 'Harbour Gazette' }, 'record'),
    );
    expect(cleaned.metadata.headline).toMatchObject({
      value: 'Sea wall vote ends months of argument',
      origin: 'record',
      span: { start: 0 },
    });
    const generic = ingestText(
      `Sea wall vote ends months of argument\n\n${body}`,
      source,
      hintsFrom({ title: 'Harbour Gazette - Latest News & Headlines' }, 'record'),
    );
    expect(generic.metadata.headline).toMatchObject({ value: 'Sea wall vote ends months of argument', origin: 'text' });
  });

  it('reads an organisation and a date from a byline line that starts with the date', () => {
    const doc = ingestText(`Sea wall vote ends months of argument\n\n3/26/2015 7:11 AM PST BY HARBOUR GAZETTE STAFF\n\n${body}`, source);
    expect(doc.metadata.authors.map((a) => [a.value, a.type, a.span?.text])).toEqual([
      ['HARBOUR GAZETTE', 'Organization', 'HARBOUR GAZETTE'],
    ]);
    expect(doc.metadata.datePublished).toMatchObject({ value: '2015-03-26', span: { text: '3/26/2015' } });
  });

  it('keeps a one-sentence input as body instead of taking it for a headline', () => {
    const doc = ingestText('Russia warned NATO on Monday.', source);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Russia warned NATO on Monday.']);
    expect(doc.metadata.headline).toBeUndefined();
    expect(doc.diagnostics.map((d) => d.code)).toContain('NO_HEADLINE');
  });

  it('reports text with no body as INPUT_NO_ARTICLE', () => {
    try {
      ingestText('Leave a Reply\n\nYour email address will not be published.', source);
      expect.unreachable();
    } catch (error) {
      expect(isNewskgError(error) && error.code).toBe('INPUT_NO_ARTICLE');
    }
  });

  it('flags text that does not look English and sets the language to und', () => {
    const french =
      'Les ministres se sont réunis lundi à Bruxelles pour discuter du budget. Ils ont décidé de reporter la décision. ' +
      'Selon plusieurs diplomates, les discussions ont été difficiles et aucun accord ne sera possible avant la fin du mois prochain. ' +
      'La présidence espère néanmoins trouver un compromis lors du prochain sommet européen.';
    const doc = ingestText(`Les ministres reportent la décision\n\n${french}`, source);
    expect(doc.metadata.language).toBe('und');
    expect(doc.diagnostics.map((d) => d.code)).toContain('LANGUAGE_NOT_ENGLISH');
  });

  it('lets a language hint stand without a check', () => {
    const doc = ingestText('Titre\n\nLe texte est court et en français, sans aucun doute possible.', source, {
      language: { value: 'fr', origin: 'option' },
    });
    expect(doc.metadata.language).toBe('fr');
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('LANGUAGE_NOT_ENGLISH');
  });

  it('reports an ISSN with a wrong check digit and does not use it', () => {
    const doc = ingestText('ISSN 2330-7170\n\nHeadline here\n\nBody text that says something about the world.', source);
    expect(doc.metadata.issn).toBeUndefined();
    expect(doc.diagnostics.map((d) => d.code)).toContain('ISSN_CHECK_DIGIT');
  });

  it('takes a text starting with a long paragraph as having no headline', () => {
    const body =
      'The central bank raised its main interest rate by a quarter point on Thursday, the third increase this year, and said further rises were likely. ' +
      'Officials cited stubborn inflation in services.';
    const doc = ingestText(`${body}\n\nMarkets fell after the announcement.`, source);
    expect(doc.metadata.headline).toBeUndefined();
    expect(doc.paragraphs).toHaveLength(2);
  });
});
