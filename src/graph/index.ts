export { encodeGraph } from './encode.js';
export { orderQuads } from './order.js';
export { TermList, quadSortKey, sameTerm, termKey } from './terms.js';
export { parseRdf } from './parse.js';
export { DEFAULT_PROFILE, PROFILES, isProfile, profileRules } from './profile.js';
export type { Profile, ProfileRules } from './profile.js';
