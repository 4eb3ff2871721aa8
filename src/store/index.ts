export { MAX_BODY_BYTES, StoreClient } from './client.js';
export { AUTH_MODES, LOAD_PROTOCOLS } from './options.js';
export type { AuthMode, LoadProtocol } from './options.js';
export type { RetryEvent, StoreClientOptions, StoreCredentials, StoreRequest, StoreResponse } from './client.js';
export { StoreError, isStoreError } from './errors.js';
export type { StoreFailure } from './errors.js';
export { addToGraphs } from './graphs.js';
export type { GraphBatches } from './graphs.js';
export { listRdfFiles, readGraphFile } from './inputs.js';
export { loadBlocks, loadGraphs, probeUpdateTarget } from './load.js';
export type { GraphLoaded, LoadOptions, LoadResult, LoadTarget } from './load.js';
export { blocksOf, readGraphBlocks } from './blocks.js';
export type { GraphBlock, InputFailure } from './blocks.js';
export { DIGEST, LOAD_STATE_GRAPH, graphDigest, loadStateOf, readLoadState } from './load-state.js';
export type { LoadState } from './load-state.js';
export { splitQuadLine } from './nquads-lines.js';
export {
  graphStoreAppend,
  graphStoreDelete,
  graphStorePut,
  graphUpdate,
  graphsUpdate,
  nTriplesLines,
  replaceGraphUpdate,
} from './requests.js';
export type { GraphChange } from './requests.js';
export { DEFAULT_RETRY } from './retry.js';
export { VIRTUOSO_LOAD_QUERY, virtuosoGraphStore, virtuosoQuadsRequest } from './virtuoso-batch.js';
export type { RetryPolicy } from './retry.js';
export { credentialsInUrl, fromStore, redactUserinfo, secretForms, serviceText, stripCredentials } from './redact.js';
export { parseChallenges } from './challenge.js';
export type { AuthChallenge } from './challenge.js';
export { digestAuthorization } from './digest.js';
