/**
 * Shape tests for names in bylines, blurbs and copyright lines. Only the form is
 * checked (capitalised tokens, particles, initials): there are no name lists.
 */

// Lower-case particles inside personal names: "Ursula von der Leyen", "Abd al-Rahman".
const PARTICLE = /^(?:de|da|di|du|del|della|der|den|van|von|la|le|bin|ibn|al|el|dos|das|ter|ten|y|e|zu)$/;
// A capitalised token: "Beheshtipour", "O'Neill", "Jean-Luc", "McDonald", "J.", "al-Assad", "ALL-CAPS".
const CAPITALISED = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.|(?:al|el|ad|ar|as|at)-\p{Lu}[\p{L}\p{M}'’-]*)$/u;
// Capitalised words that start sentences or name times, never people ("By Monday", "By Then").
const NOT_A_NAME =
  /^(?:then|now|this|that|these|those|contrast|comparison|way|far|law|default|design|mid|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|tomorrow|today|tonight|yesterday|noon|midnight|all|some|most|many|his|her|their|its|our|my|your|using|taking|making)$/i;

/** "Hassan Beheshtipour", "JULIE HIRSCHFELD DAVIS", "Anne-Marie de la Cruz", "J. R. Smith". */
export function isPersonName(value: string): boolean {
  const tokens = value.trim().split(/\s+/);
  if (tokens.length < 1 || tokens.length > 6) return false;
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  if (!CAPITALISED.test(first) || !CAPITALISED.test(last)) return false;
  if (/^the$/i.test(first) || NOT_A_NAME.test(first.replace(/[.'’]+$/, ''))) return false;
  if (!tokens.every((t) => CAPITALISED.test(t) || PARTICLE.test(t))) return false;
  // At least one token with two letters or more, so "A. B." is not a name.
  return tokens.some((t) => /\p{L}{2,}/u.test(t));
}

/** The first word is one that starts sentences or names a time ("Then", "Monday"). */
export function isNotAName(value: string): boolean {
  const first = value.trim().split(/\s+/)[0] ?? '';
  return NOT_A_NAME.test(first.replace(/[.,'’]+$/, ''));
}

// Words that may start or sit inside an organisation name: "The Harbour Gazette", "Council on Foreign Relations".
const ORG_CONNECTOR = /^(?:the|of|for|on|and|&|de|du|des|la|le|el|di|del|der|fur|für|und|in|at|-|–)$/i;
const ORG_TOKEN = /^(?:\p{Lu}[\p{L}\p{M}\p{N}'’.&+-]*|\p{N}[\p{L}\p{N}-]*|[\p{Ll}\p{N}-]+\.[\p{Ll}]{2,}(?:\.[\p{Ll}]{2,})?)$/u;

/** "Eurasia Review", "The Harbour Gazette", "Press TV", "example.com", "Al Jazeera". */
export function isOrganisationName(value: string): boolean {
  const tokens = value.trim().split(/\s+/);
  if (tokens.length < 1 || tokens.length > 8 || value.length > 80) return false;
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  if (!(ORG_TOKEN.test(first) || /^the$/i.test(first)) || !ORG_TOKEN.test(last)) return false;
  return tokens.every((t) => ORG_TOKEN.test(t) || ORG_CONNECTOR.test(t));
}

// Last words of an organisation's name in a byline: "Example News", "Reuters Staff", "The Editorial Board".
const ORGANISATION_HEAD =
  /^(?:news|times|post|journal|herald|tribune|gazette|guardian|telegraph|express|daily|weekly|online|network|tv|radio|media|magazine|wire|press|today|chronicle|observer|review|service|services|agency|bureau|desk|staff|board|team|group|inc\.?|ltd\.?|llc|corp\.?|corporation|company|institute|foundation|council|university|association|society|center|centre|reports?|editors|newsroom)$/i;

/**
 * Whether a byline name is a person or an organisation: an organisation when it ends in an
 * organisation's word ("Example News", "The Editorial Board") or is a single word or
 * acronym ("Reuters", "TMZ"), since people sign with a full name.
 */
export function authorType(name: string): 'Person' | 'Organization' {
  const tokens = name.trim().split(/\s+/);
  const last = tokens[tokens.length - 1] ?? '';
  if (tokens.length === 1 || ORGANISATION_HEAD.test(last) || /^the$/i.test(tokens[0] ?? '')) return 'Organization';
  return 'Person';
}
