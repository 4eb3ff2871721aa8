/** The choices `newskg load` offers, apart from the client and the requests that use them (defining the command loads only this). */
export type AuthMode = 'basic' | 'digest' | 'auto';
export const AUTH_MODES: readonly AuthMode[] = ['basic', 'digest', 'auto'];

export type LoadProtocol = 'gsp' | 'update' | 'virtuoso';
export const LOAD_PROTOCOLS: readonly LoadProtocol[] = ['gsp', 'update', 'virtuoso'];
