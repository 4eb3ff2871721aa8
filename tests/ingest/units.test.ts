import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/ingest/lines.js';
import { groupUnits } from '../../src/ingest/units.js';

const units = (text: string) => groupUnits(splitLines(text)).map((unit) => unit.map((l) => l.text).join(' '));

describe('groupUnits', () => {
  it('separates units at blank lines', () => {
    expect(units('One.\n\nTwo.')).toEqual(['One.', 'Two.']);
  });

  it('keeps one paragraph per line when lines end sentences', () => {
    expect(units('First sentence here.\nSecond one here.\n"A quote," he said.')).toHaveLength(3);
  });

  it('joins a line that continues a sentence in lower case', () => {
    expect(units('Australia will defend the title in\na six-match series next year.')).toEqual([
      'Australia will defend the title in a six-match series next year.',
    ]);
  });

  it('joins a hard-wrapped paragraph even where a wrapped line ends a sentence', () => {
    const text = [
      'When a handful of firms in our region tried a four-day week last',
      'year, the reaction from business groups was swift and dismissive.',
      'Productivity would collapse, they said, and customers would leave.',
      'Neither happened.',
    ].join('\n');
    expect(units(text)).toHaveLength(1);
  });

  it('keeps a list of short lines apart', () => {
    expect(units('Stop lying\nShow humility\nFill in the gaps.')).toHaveLength(3);
  });
});
