import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/ingest/lines.js';
import { isProse } from '../../src/ingest/top.js';

const line = (text: string) => splitLines(text)[0]!;

describe('isProse', () => {
  it('tells a lead sentence from a headline', () => {
    expect(isProse([line('Travel firm profits rose 11% in the third quarter, even though storm claims cut results by $40 million.')])).toBe(
      true,
    );
    expect(isProse([line('Stealth Over Health: Clinton Was Headed to ER But Diverted to Avoid Bad Optics and Cameras.')])).toBe(false);
    expect(isProse([line('Talks stall again')])).toBe(false);
  });

  it('takes a lead-in with a colon and a dateline alone for body', () => {
    expect(isProse([line('The newspaper said in an editorial on Monday:')])).toBe(true);
    expect(isProse([line('WASHINGTON, August 8 (Xinhua) --')])).toBe(true);
  });

  it('judges a hard-wrapped paragraph as a whole', () => {
    const lines = splitLines(
      'Profits rose 11% in the third quarter, even though claims\nstemming from the storm reduced results by $40 million.',
    );
    expect(isProse(lines.slice(0, 1))).toBe(false);
    expect(isProse(lines)).toBe(true);
  });
});
