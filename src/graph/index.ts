export { encodeGraph } from './encode.js';
export { orderQuads, quadKey, termKey } from './order.js';
export { parseRdf } from './parse.js';
export { DEFAULT_PROFILE, PROFILES, isProfile, profileRules } from './profile.js';
export type { Profile, ProfileRules } from './profile.js';
