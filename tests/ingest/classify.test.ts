import { describe, expect, it } from 'vitest';
import { classifyLines, type ClassifyOptions } from '../../src/ingest/classify.js';
import { splitLines } from '../../src/ingest/lines.js';

function roles(text: string, options: ClassifyOptions = {}): Array<[string, string]> {
  const layout = classifyLines(text, splitLines(text), options);
  return layout.lines.map((line) => [line.text, layout.roles[line.index]!]);
}

/** Each boilerplate line with its kind. */
function furniture(text: string): Array<[string, string]> {
  const layout = classifyLines(text, splitLines(text));
  return layout.lines.filter((line) => layout.roles[line.index] === 'boilerplate').map((line) => [line.text, layout.kinds[line.index]!]);
}

const body = (n: number) =>
  `Paragraph ${n} explains what happened at the meeting and why it matters for the region, according to officials who spoke on Monday.`;

describe('classifyLines: the page top', () => {
  it('reads ISSN, headline, byline and date lines', () => {
    expect(roles(`ISSN 2330-717X\n\nTalks stall again\n\nBy Jane Doe\nMarch 3, 2024\n\n${body(1)}`)).toEqual([
      ['ISSN 2330-717X', 'header'],
      ['Talks stall again', 'headline'],
      ['By Jane Doe', 'byline'],
      ['March 3, 2024', 'header'],
      [body(1), 'body'],
    ]);
  });

  it('takes a short line above a longer headline for the site name', () => {
    expect(roles(`Northern Post\n\nCouncil approves rail tunnel after long debate\n\n${body(1)}`).map(([, role]) => role)).toEqual([
      'boilerplate',
      'headline',
      'body',
    ]);
  });

  it('takes the line that equals the caller title for the headline', () => {
    expect(roles(`Northern Post\n\nTunnel approved\n\n${body(1)}`, { title: 'Tunnel approved' }).map(([, role]) => role)).toEqual([
      'boilerplate',
      'headline',
      'body',
    ]);
  });

  it('joins a headline and its deck when the headline line ends with a semicolon', () => {
    const text = `Council approves tunnel;\nCritics promise to keep fighting the plan in court and at the ballot box.\n\n${body(1)}`;
    expect(roles(text).map(([, role]) => role)).toEqual(['headline', 'headline', 'body']);
  });

  it('takes an author name alone under the headline for a byline', () => {
    expect(roles(`Talks stall again\n\nJane Doe\n\n${body(1)}`).map(([, role]) => role)).toEqual(['headline', 'byline', 'body']);
  });

  it('reads "By" on its own line with the name on the next, and the job title under it', () => {
    const text = `Talks stall again\n\nBy\nJane Doe\nDiplomatic correspondent\n\n${body(1)}`;
    expect(roles(text).map(([, role]) => role)).toEqual(['headline', 'byline', 'byline', 'header', 'body']);
  });

  it('finds no headline when the text starts with a paragraph or a dateline', () => {
    expect(roles(`${body(1)}\n\n${body(2)}`).map(([, role]) => role)).toEqual(['body', 'body']);
    expect(roles(`NAIROBI, Kenya (AP) _\n\n${body(1)}`).map(([, role]) => role)).toEqual(['body', 'body']);
  });

  it('keeps a wire headline in capitals even with a final period', () => {
    expect(
      roles('SOCCER - HOSTS HELD TO A DRAW IN OPENER.\nLONDON 1996-08-30\nThe hosts were held to a draw.').map(([, role]) => role),
    ).toEqual(['headline', 'body', 'body']);
  });
});

describe('classifyLines: sub-headings', () => {
  it('marks a short title-like line between paragraphs', () => {
    expect(roles(`Headline here\n\n${body(1)}\n\nWhat comes next\n\n${body(2)}`)[2]).toEqual(['What comes next', 'heading']);
  });

  it('keeps a short sentence with a final period as body', () => {
    expect(roles(`Headline here\n\n${body(1)}\n\nNeither happened.\n\n${body(2)}`)[2]).toEqual(['Neither happened.', 'body']);
  });

  it('keeps a list of short lines as body', () => {
    const result = roles(`Headline here\n\n${body(1)}\n\nStop lying\nShow humility\n\n${body(2)}`);
    expect(result.filter(([, role]) => role === 'heading')).toEqual([]);
  });

  it('keeps questions as body in a Q&A', () => {
    const text = `Headline here\n\n${body(1)}\n\nQ: Why now?\n\n${body(2)}\n\nWhat about the cost?\n\n${body(3)}`;
    expect(roles(text).filter(([, role]) => role === 'heading')).toEqual([]);
  });

  it('does not take a quote fragment for a heading', () => {
    const text = `Headline here\n${body(1)}\n"I am an emotional player," said Tarango. "\nI think I played very well."\n${body(2)}`;
    expect(roles(text).filter(([, role]) => role === 'heading')).toEqual([]);
  });
});

describe('classifyLines: page furniture', () => {
  it('skips a cookie notice and a copied menu to find the headline', () => {
    const text = `We use cookies to improve your experience on our site.\nAccept all\nMenu\nNews\nWorld\nOpinion\nSport\n\nTram line to reopen in June\n\nBy Jane Doe\n\n${body(1)}`;
    const result = roles(text);
    expect(result.slice(0, 7).every(([, role]) => role === 'boilerplate')).toBe(true);
    expect(result[7]).toEqual(['Tram line to reopen in June', 'headline']);
    expect(furniture(text)[0]).toEqual(['We use cookies to improve your experience on our site.', 'cookie-notice']);
  });

  it('takes a footer copied one link per line, its site-specific links included', () => {
    const text = `Headline here\n\n${body(1)}\n\n${body(2)}\n\nAbout us\nContact\nHarbour Awards\nPrivacy Policy`;
    expect(furniture(text).map(([, kind]) => kind)).toEqual(['navigation', 'navigation', 'navigation', 'navigation']);
  });

  it('keeps a short list in the body that is not a menu', () => {
    const text = `Headline here\n\n${body(1)}\n\nThe finalists are:\nJane Doe\nSam Roe\nAda Stone\n\n${body(2)}`;
    expect(furniture(text)).toEqual([]);
  });

  it('reads a late byline near the top, not an ad credit further down', () => {
    const early = roles(`Headline here\n\n${body(1)}\n\nBy Jane Doe\n\n${body(2)}`);
    expect(early[2]).toEqual(['By Jane Doe', 'byline']);
    const late = roles(`Headline here\n\nBy Jane Doe\n\n${body(1)}\n\n${body(2)}\n\n${body(3)}\n\n${body(4)}\n\nBy Health Tips`);
    expect(late[late.length - 1]).toEqual(['By Health Tips', 'body']);
  });
});

describe('classifyLines: the page tail', () => {
  it('takes everything after "Related articles" late in the text as navigation', () => {
    const text = `Headline here\n\n${body(1)}\n\n${body(2)}\n\nRelated articles\n\nTunnel costs rise again\nMinister defends plan`;
    expect(
      roles(text)
        .slice(-3)
        .map(([, role]) => role),
    ).toEqual(['boilerplate', 'boilerplate', 'boilerplate']);
  });

  it('takes a bio of the byline author at the end as boilerplate', () => {
    const text = `Headline here\n\nBy Jane Doe\n\n${body(1)}\n\nJane Doe is a senior fellow at the Centre for Rail Studies.`;
    expect(roles(text).slice(-1)).toEqual([['Jane Doe is a senior fellow at the Centre for Rail Studies.', 'boilerplate']]);
  });

  it('takes the headlines after "Read more:" up to the next paragraph, and no further', () => {
    const text = `Headline here\n\n${body(1)}\n\nRead more:\n\nTunnel costs rise again\n\nMinister defends plan\n\n${body(2)}`;
    expect(furniture(text)).toEqual([
      ['Read more:', 'related-links'],
      ['Tunnel costs rise again', 'related-links'],
    ]);
    expect(
      roles(text)
        .slice(-2)
        .map(([, role]) => role),
    ).toEqual(['heading', 'body']);
  });

  it('ends a list at the header of the next one', () => {
    const text = `Headline here\n\n${body(1)}\n\n${body(2)}\n\nRelated:\nTunnel costs rise again\nSponsored links by Adnet\nThis one trick saves you money\nBy Money Tips`;
    expect(furniture(text).map(([, kind]) => kind)).toEqual([
      'related-links',
      'related-links',
      'advertisement',
      'advertisement',
      'advertisement',
    ]);
  });

  it('keeps the caption under a long photo credit as text', () => {
    const text = `Headline here\n\n${body(1)}\n\nPhotograph: Jane Doe/Agence France-Presse via Getty Images\nWorkers clear debris from the promenade after the storm, which flooded 200 homes.\n\n${body(2)}`;
    expect(furniture(text)).toEqual([['Photograph: Jane Doe/Agence France-Presse via Getty Images', 'photo-credit']]);
  });

  it('takes the hard-wrapped rest of a boilerplate line along', () => {
    const text = `Headline here\n\n${body(1)}\n\nEditor's note: this story was\nupdated with new figures.`;
    expect(
      roles(text)
        .slice(-2)
        .map(([, role]) => role),
    ).toEqual(['boilerplate', 'boilerplate']);
  });
});
