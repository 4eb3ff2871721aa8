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
    ['By signing up, you agree to our Terms of Use and Privacy Policy.', 'newsletter'],
    ['We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.', 'cookie-notice'],
    ['This website uses cookies to personalise content and ads.', 'cookie-notice'],
    ['Accept all cookies', 'cookie-notice'],
    ['Manage preferences', 'cookie-notice'],
    ['Do not sell or share my personal information', 'cookie-notice'],
    ['Share this:', 'share-buttons'],
    ['Facebook', 'share-buttons'],
    ['Email', 'share-buttons'],
    ['Copy link', 'share-buttons'],
    ['1.2k shares', 'share-buttons'],
    ['Share on WhatsApp', 'share-buttons'],
    ['Facebook | Twitter | Email | Print', 'share-buttons'],
    ['Follow us on Twitter', 'share-buttons'],
    ['Related articles', 'related-links'],
    ['Read more:', 'related-links'],
    ['Read more: Farmers block border crossing', 'related-links'],
    ['[Read: Why the ferry link was cut for the winter]', 'related-links'],
    ['[Harbour museum reopens its medieval hall]', 'related-links'],
    ['Advertisement', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Sponsored Links by Revcontent', 'advertisement'],
    ['Sponsored | Health Daily', 'advertisement'],
    ['Coast Stories: our reporters walk the shoreline one town at a time. Check it out here.', 'advertisement'],
    ['Tags: energy, rail, budget', 'navigation'],
    ['Home > World > Europe', 'navigation'],
    ['News | World | Business | Sport', 'navigation'],
    ['Skip to main content', 'navigation'],
    ['Continue reading the main story', 'navigation'],
    ['Listen to this article · 4 min', 'navigation'],
    ['Font size: A A A', 'navigation'],
    ['Georgia Helvetica Verdana', 'navigation'],
    ['5 min read', 'navigation'],
    ['Photo: Jane Doe/The Daily Meridian', 'photo-credit'],
    ['Photograph: Jane Doe/AFP/Getty Images', 'photo-credit'],
    ['Credit Jane Doe/Agence France-Presse — Getty Images', 'photo-credit'],
    ['Credit Jane Doe for The Daily Meridian', 'photo-credit'],
    ['Source: Supplied', 'photo-credit'],
    ['Jane Doe / Getty Images', 'photo-credit'],
    ['(AP Photo/Jane Doe)', 'photo-credit'],
    ['Photo', 'photo-credit'],
    ['© 2024 The Daily Meridian. All rights reserved.', 'copyright'],
    ['(Reporting by Jane Doe; Editing by Sam Roe)', 'credits'],
    ["Editor's note: This story has been updated.", 'editor-note'],
    ["The views expressed in this article are the author's own.", 'disclaimer'],
  ])('knows %s as %s', (line, kind) => {
    expect(match(line)?.kind).toBe(kind);
  });

  it.each([
    ['The minister said the comment was unhelpful.'],
    ['Home truths for the Kremlin'],
    ['Search teams found two more survivors on Tuesday.'],
    ['Close to the border, villagers prepared to leave.'],
    ['Stalemate in missile shield talks'],
    [
      'Readers who subscribe to the theory that sanctions work were disappointed by the figures released on Monday, which showed exports rising.',
    ],
    ['Credit Suisse shares fell 5 percent on Monday.'],
    ['EPA officials said the plant would close.'],
    ['Paid by the state, nurses struck.'],
    ['Regulators say the use of cookies by advertisers must be explained in plain language.'],
    ['Sources said the minister would resign.'],
    ['[Applause]'],
    ['Georgia'],
    ['Share prices fell sharply after the announcement.'],
    ['Ruth Abara | Council leader'],
  ])('leaves body text alone: %s', (line) => {
    expect(match(line)).toBeUndefined();
  });

  it('says which lines open a page tail and which head a list', () => {
    expect(match('Leave a Reply')?.opens).toBe('tail');
    expect(match('Related articles')?.opens).toBe('list');
    expect(match('Sponsored Links by Revcontent')?.opens).toBe('list');
    expect(match('Name *')?.opens).toBeUndefined();
  });
});
