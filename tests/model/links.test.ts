import { describe, expect, it } from 'vitest';
import { parseLinksTable } from '../../src/links/index.js';
import { buildModel } from '../../src/model/index.js';
import { handDocument, handExtraction } from '../helpers/hand-article.js';

const BASE = 'https://example.org/kg/';

function actorNamed(name: string, links?: string) {
  const options =
    links === undefined ? { base: BASE, version: '1.2.3' } : { base: BASE, version: '1.2.3', links: parseLinksTable(links, 'links.tsv') };
  return buildModel(handDocument(), handExtraction(), options).actors.find((a) => a.name === name)!;
}

describe('buildModel with a links table', () => {
  it('gives an actor named in the table its IRI as sameAs', () => {
    expect(actorNamed('Utopian Council', 'Utopian Council\thttp://example.org/utopia').sameAs).toEqual(['http://example.org/utopia']);
  });

  it('links an actor through one of its aliases', () => {
    expect(actorNamed('Ana Lopez', 'lopez\thttp://example.org/lopez\tPerson').sameAs).toEqual(['http://example.org/lopez']);
  });

  it('links the author, who is an actor from the metadata', () => {
    expect(actorNamed('Jane Example', 'Jane Example\thttp://example.org/jane').sameAs).toEqual(['http://example.org/jane']);
  });

  it('does not link an actor whose type differs from the entry', () => {
    expect(actorNamed('Vienna', 'Vienna\thttp://example.org/vienna-org\tOrganization').sameAs).toEqual([]);
  });

  it("keeps a country's packaged Wikidata link beside the table's", () => {
    const extraction = handExtraction();
    extraction.actors.push({
      key: 'Country:Austria',
      type: 'Country',
      name: 'Austria',
      aliases: [],
      roles: [],
      wikidata: 'Q40',
      countryCode: 'AT',
      confidence: 0.95,
    });
    const links = parseLinksTable('Austria\thttps://sws.geonames.org/2782113/\nAustria\tQ40', 'links.tsv');
    const austria = buildModel(handDocument(), extraction, { base: BASE, version: '1.2.3', links }).actors.find(
      (a) => a.name === 'Austria',
    )!;
    expect(austria.sameAs).toEqual(['http://www.wikidata.org/entity/Q40', 'https://sws.geonames.org/2782113/']);
  });

  it('adds no link without a table', () => {
    expect(actorNamed('Utopian Council').sameAs).toEqual([]);
  });
});
