import { describe, expect, it } from 'vitest';
import { checkEnglish } from '../../src/ingest/language.js';

const english =
  'The ministers met in Brussels on Monday to discuss the budget, and they decided to postpone the decision until the next summit. ' +
  'According to several diplomats, the talks were difficult and no agreement is expected before the end of the month.';
const spanish =
  'Los ministros se reunieron el lunes en Bruselas para discutir el presupuesto y decidieron aplazar la decisión hasta la próxima cumbre. ' +
  'Según varios diplomáticos, las conversaciones fueron difíciles y no se espera ningún acuerdo antes de fin de mes.';

describe('checkEnglish', () => {
  it('passes English prose', () => {
    expect(checkEnglish(english).looksEnglish).toBe(true);
  });

  it('flags Spanish prose', () => {
    const check = checkEnglish(spanish);
    expect(check.looksEnglish).toBe(false);
    expect(check.englishShare).toBeLessThan(0.05);
  });

  it('does not judge a text too short to tell', () => {
    expect(checkEnglish('Hola mundo').looksEnglish).toBe(true);
  });
});
