import { describe, expect, it } from 'vitest';
import { findPublisherName } from '../../src/ingest/publisher.js';

describe('findPublisherName', () => {
  it.each([
    ["Click here to have Eurasia Review's newsletter delivered via RSS", 'Eurasia Review'],
    ["Sign up for The Daily Meridian's morning newsletter", 'The Daily Meridian'],
    ['© 2024 The Daily Meridian. All rights reserved.', 'The Daily Meridian'],
    ['Copyright (c) 2010-2024 Harbour Media Ltd.', 'Harbour Media Ltd'],
    ['Copyright Northern Post 2023', 'Northern Post'],
    ['© Riverside Weekly', 'Riverside Weekly'],
  ])('reads %s', (line, name) => {
    const found = findPublisherName(line);
    expect(found?.value).toBe(name);
    expect(line.slice(found!.start, found!.end)).toBe(name);
  });

  it('ignores lines that name no organisation', () => {
    expect(findPublisherName('© 2024 all rights reserved')).toBeUndefined();
    expect(findPublisherName('Subscribe to our newsletter')).toBeUndefined();
  });
});
