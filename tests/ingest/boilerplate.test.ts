import { describe, expect, it } from 'vitest';
import { matchBoilerplate } from '../../src/ingest/boilerplate.js';

const match = (line: string) => matchBoilerplate(line, line.split(/\s+/).length);

describe('matchBoilerplate', () => {
  it.each([
    ['Leave a Reply', 'comment-form'],
    ['Your email address will not be published. Required fields are marked *', 'comment-form'],
    ['Name *', 'comment-form'],
    ['Post Comment', 'comment-form'],
    ['12 Comments', 'comment-form'],
    ["Click here to have the Daily Meridian's newsletter delivered via RSS, as an email newsletter.", 'newsletter'],
    ['Sign up for our morning briefing', 'newsletter'],
    ['Get the best stories delivered to your inbox', 'newsletter'],
    ['Share this:', 'navigation'],
    ['Facebook', 'navigation'],
    ['Email', 'navigation'],
    ['Follow us on Twitter', 'navigation'],
    ['Related articles', 'navigation'],
    ['Read more: Farmers block border crossing', 'navigation'],
    ['Tags: energy, rail, budget', 'navigation'],
    ['Home > World > Europe', 'navigation'],
    ['Advertisement', 'navigation'],
    ['5 min read', 'navigation'],
    ['© 2024 The Daily Meridian. All rights reserved.', 'other'],
    ['(Reporting by Jane Doe; Editing by Sam Roe)', 'other'],
    ['Photo: Jane Doe/The Daily Meridian', 'other'],
    ["Editor's note: This story has been updated.", 'other'],
  ])('knows %s as %s', (line, kind) => {
    expect(match(line)?.kind).toBe(kind);
  });

  it.each([
    ['The minister said the comment was unhelpful.'],
    ['Home truths for the Kremlin'],
    ['Search teams found two more survivors on Tuesday.'],
    ['Close to the border, villagers prepared to leave.'],
    ['Stalemate in missile shield talks'],
    ['Readers who subscribe to the theory that sanctions work were disappointed by the figures released on Monday, which showed exports rising.'],
  ])('leaves body text alone: %s', (line) => {
    expect(match(line)).toBeUndefined();
  });

  it('says which lines open a page tail', () => {
    expect(match('Leave a Reply')?.opensTail).toBe(true);
    expect(match('Related articles')?.opensTail).toBe(true);
    expect(match('Name *')?.opensTail).toBe(false);
  });
});
