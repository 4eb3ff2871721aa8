import { describe, expect, it } from 'vitest';
import { ingestFile, readArticle, texts } from './helpers.js';

/** Articles written for these tests (tests/fixtures/articles), one layout each. */

describe('news report with an agency dateline (reuters-dateline.txt)', () => {
  const doc = ingestFile('reuters-dateline.txt');
  const { paragraphs, boilerplate } = texts(doc);

  it('skips the section name above the headline', () => {
    expect(doc.metadata.headline?.value).toBe('EU ministers agree to extend grain export corridor');
    expect(boilerplate).toContainEqual(['site-name', 'World News']);
  });

  it('reads two authors from "By A and B", each with its own span', () => {
    expect(doc.metadata.authors.map((a) => a.span?.text)).toEqual(['Clara Jensen', 'Tomas Okafor']);
  });

  it('reads the date line with a time and a zone', () => {
    expect(doc.metadata.datePublished).toMatchObject({ value: '2024-03-04', span: { text: 'March 4, 2024' } });
  });

  it('keeps the dateline paragraph as body and the credits, share buttons and related list as boilerplate', () => {
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^BRUSSELS \(Reuters\) - European Union/);
    expect(boilerplate.map(([kind]) => kind)).toEqual(['site-name', 'credits', 'share-buttons', 'related-links']);
    expect(boilerplate[2]?.[1]).toBe('Share this article\n\nFacebook\nTwitter\nLinkedIn');
    expect(boilerplate[3]?.[1]).toMatch(/^Related coverage[\s\S]*Commission proposes new import quotas$/);
  });

  it('reads the agency dateline as a news report, with the dateline as the evidence', () => {
    expect(doc.metadata.genre).toMatchObject({ value: 'News', span: { text: 'BRUSSELS (Reuters)' } });
  });
});

describe('analysis with CRLF line endings (analysis-crlf.txt)', () => {
  const doc = ingestFile('analysis-crlf.txt');
  const { paragraphs, headings, boilerplate } = texts(doc);

  it('keeps the CRLF text unchanged', () => {
    expect(readArticle('analysis-crlf.txt')).toContain('\r\n');
    expect(doc.text).toBe(readArticle('analysis-crlf.txt'));
  });

  it('never puts a carriage return at the end of a span', () => {
    for (const p of [...paragraphs, ...headings]) expect(p).not.toMatch(/[\r\n]$/);
  });

  it('reads the "Analysis:" prefix as the genre and strips it from the headline', () => {
    expect(doc.metadata.genre).toMatchObject({ value: 'Analysis', span: { text: 'Analysis' } });
    expect(doc.metadata.headline?.span?.text).toBe('Why the coastal rail plan keeps stalling');
  });

  it('reads both authors and the "Published:" date', () => {
    expect(doc.metadata.authors.map((a) => a.value)).toEqual(['Priya Raman', 'Daniel Ortiz']);
    expect(doc.metadata.datePublished?.value).toBe('2024-03-03');
  });

  it('reads the publisher from the copyright line', () => {
    expect(doc.metadata.publisher).toMatchObject({ value: 'The Daily Meridian', span: { text: 'The Daily Meridian' } });
    expect(doc.metadata.publisher?.span?.start).toBeGreaterThan(doc.paragraphs[doc.paragraphs.length - 1]!.end);
  });

  it('finds the sub-headings, a question among them', () => {
    expect(headings).toEqual(['A costly route', 'Who decides?']);
  });

  it('keeps six body paragraphs and separates copyright and related links', () => {
    expect(paragraphs).toHaveLength(6);
    expect(boilerplate.map(([kind]) => kind)).toEqual(['site-name', 'copyright', 'related-links']);
    expect(boilerplate[2]?.[1]).toBe(
      'Related articles\r\n\r\nCoastal towns split over rail tunnels\r\nTransport minister defends budget rise',
    );
  });
});

describe('interview (interview.txt)', () => {
  const doc = ingestFile('interview.txt');
  const { paragraphs, headings, boilerplate } = texts(doc);

  it('reads the genre label and keeps the quoted headline', () => {
    expect(doc.metadata.genre?.value).toBe('Interview');
    expect(doc.metadata.headline?.value).toBe("'We cannot wait for the next flood' – river authority chief");
  });

  it('reads a "Name, Role" byline and a day-month-year date', () => {
    expect(doc.metadata.authors.map((a) => a.value)).toEqual(['Maria Santos']);
    expect(doc.metadata.datePublished?.value).toBe('2023-09-12');
  });

  it('reads a valid ISSN', () => {
    expect(doc.metadata.issn?.value).toBe('1234-5679');
  });

  it('keeps the questions as body, not as sub-headings', () => {
    expect(headings).toEqual([]);
    expect(paragraphs).toContain('What do you say to farmers who will lose land to the basins?');
    expect(paragraphs).toContain("Q: What changed after last year's floods?");
    expect(paragraphs).toHaveLength(9);
  });

  it('reads where the interview first appeared', () => {
    expect(doc.metadata.sourceOrganization).toMatchObject({ value: 'Riverside Weekly', span: { text: 'Riverside Weekly' } });
    expect(doc.metadata.sourceOrganizationDescription).toBeUndefined();
  });

  it('separates the share buttons and the comment form', () => {
    expect(boilerplate.map(([kind]) => kind)).toEqual(['publisher-blurb', 'share-buttons', 'comment-form']);
    expect(boilerplate[1]?.[1]).toBe('Share this:\nFacebook\nTwitter\nEmail');
    expect(boilerplate[2]?.[1]).toMatch(/^Leave a comment[\s\S]*Post Comment$/);
  });
});

describe('one paragraph per line, no byline (no-headline-marker.txt)', () => {
  const doc = ingestFile('no-headline-marker.txt');
  const { paragraphs } = texts(doc);

  it('takes the first line as the headline', () => {
    expect(doc.metadata.headline?.value).toBe('Harbour dredging to resume after court lifts ban');
    expect(doc.metadata.authors).toEqual([]);
  });

  it('keeps each line as its own paragraph, the numbered ones included', () => {
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[2]).toBe('1. Work will stop during the spawning season of the local herring stock.');
  });

  it('reads the source from "This article first appeared in"', () => {
    expect(doc.metadata.sourceOrganization?.value).toBe('The Harbour Gazette');
    expect(doc.boilerplate.map((b) => b.kind)).toEqual(['publisher-blurb']);
  });
});

describe('hard-wrapped opinion piece (opinion-wrapped.txt)', () => {
  const doc = ingestFile('opinion-wrapped.txt');
  const { paragraphs, headings, boilerplate } = texts(doc);

  it('reads the "OPINION |" prefix as OpEd', () => {
    expect(doc.metadata.genre).toMatchObject({ value: 'OpEd', span: { text: 'OPINION' } });
    expect(doc.metadata.headline?.value).toBe('The four-day week deserves a fair trial');
  });

  it('reads the "Posted on" date', () => {
    expect(doc.metadata.datePublished?.value).toBe('2022-02-02');
  });

  it('joins wrapped lines back into paragraphs', () => {
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^When a handful of firms[\s\S]*Neither happened\.$/);
  });

  it('finds the sub-heading between wrapped paragraphs', () => {
    expect(headings).toEqual(['What the critics miss']);
  });

  it('separates the disclaimer, the author bio and the think-tank blurb', () => {
    expect(boilerplate.map(([kind]) => kind)).toEqual(['disclaimer', 'author-note', 'publisher-blurb']);
    expect(boilerplate[0]?.[1]).toBe("The views expressed in this article are the author's own.");
    expect(boilerplate[1]?.[1]).toMatch(/^Sam Whitaker is a former[\s\S]*work and\nemployment\.$/);
    expect(doc.metadata.sourceOrganization?.value).toBe('Northern Policy Forum');
    expect(doc.metadata.sourceOrganizationDescription?.value).toBe(
      'Northern Policy Forum is an independent think tank based in Leeds that studies the economy of the north of England.',
    );
  });
});

describe('a page copied with all its furniture (copied-page-furniture.txt)', () => {
  const doc = ingestFile('copied-page-furniture.txt');
  const { paragraphs, boilerplate } = texts(doc);

  it('keeps only the article: five paragraphs, the photo caption among them', () => {
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^Councillors in Port Aldwin voted/);
    expect(paragraphs).toContain('Workers clear debris from the promenade in Port Aldwin after the storm.');
    expect(paragraphs[4]).toBe('Work is expected to begin in May and to take two years.');
  });

  it('says what each piece of furniture is', () => {
    const kinds = new Set(boilerplate.map(([kind]) => kind));
    for (const kind of [
      'cookie-notice',
      'navigation',
      'share-buttons',
      'photo-credit',
      'advertisement',
      'newsletter',
      'related-links',
      'comment-form',
      'copyright',
    ]) {
      expect(kinds).toContain(kind);
    }
    expect(boilerplate).toContainEqual(['photo-credit', 'Photo: Jonas Weber/Harbour Gazette']);
    expect(boilerplate.find(([, text]) => text.includes('Georgia Helvetica Verdana'))?.[0]).toBe('navigation');
  });

  it('reads the headline without the site name', () => {
    expect(doc.metadata.headline?.span?.text).toBe('Harbour town votes to rebuild flooded sea wall');
  });

  it('takes the author from the article byline, not from the sponsored widget', () => {
    expect(doc.metadata.authors.map((a) => a.value)).toEqual(['Miriam Okonkwo']);
    expect(doc.metadata.datePublished?.value).toBe('2024-03-11');
  });

  it('does not read the menu item "Opinion" as the genre', () => {
    expect(doc.metadata.genre).toBeUndefined();
  });
});
