import { describe, expect, it } from 'vitest';
import { find, statementsIn } from './helpers.js';

const KAINE = { text: 'Maria Kaine', key: 'Person:Maria Kaine' };
const INSTITUTE = { text: 'Harbour Institute', key: 'Organization:Harbour Institute' };

describe('where a content starts and ends', () => {
  it('reads a quotation signed "reads one" as the sign speaking', () => {
    const s = find(statementsIn('“Fresh fish, low prices,” reads one sign in the window.'), { cue: 'reads' });
    expect(s?.content.text).toBe('“Fresh fish, low prices,”');
  });

  it('takes the quotation after a source set off by dashes: "— according to X — “…”"', () => {
    const text = 'The code would include — according to the Harbour Institute — “protection for sources”.';
    const s = find(statementsIn(text, [INSTITUTE]), { cue: 'according to' });
    expect(s?.content.text).toBe('“protection for sources”');
    expect(s?.speaker).toBe('Organization:Harbour Institute');
  });

  it('attributes only the clause after a lone dash: "… — it had 100 stores, according to X"', () => {
    const text = 'The chain is growing fast — it had 100 stores last year, according to the Harbour Institute.';
    const s = find(statementsIn(text, [INSTITUTE]), { cue: 'according to' });
    expect(s?.content.text).toBe('it had 100 stores last year');
  });

  it('keeps "accused X, who …, of Y" whole', () => {
    const text = 'Maria Kaine accused the ministers, who held power until May, of ignoring the danger.';
    const s = find(statementsIn(text, [KAINE]), { cue: 'accused' });
    expect(s?.content.text).toBe('the ministers, who held power until May, of ignoring the danger');
  });

  it('leaves a closing appositive of the writer out: "…, its third such announcement"', () => {
    const s = statementsIn('The company said it was lowering prices, its third such announcement this year.')[0];
    expect(s?.content.text).toBe('it was lowering prices');
  });

  it('takes the quotation after a colon as what was said: "summed up the day: “…”"', () => {
    const s = find(statementsIn('Maria Kaine summed up the long day: “We won.”', [KAINE]), { cue: 'summed up' });
    expect(s?.content.text).toBe('“We won.”');
    expect(s?.mode).toBe('direct');
  });

  it('makes no statement of what someone is only willing to do: "could be willing to accept losses"', () => {
    expect(statementsIn('Maria Kaine could be willing to accept losses for a while.', [KAINE])).toEqual([]);
  });

  it('makes no content of a lone adverb, and no to-infinitive without its verb', () => {
    expect(statementsIn('Maria Kaine knows best.', [KAINE])).toEqual([]);
    expect(statementsIn('We could do that if we want to, but it costs more.')).toEqual([]);
  });
});
