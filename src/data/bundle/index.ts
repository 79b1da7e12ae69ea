// The bundle contract in one import: the types, the validator and the link guard. Browser-safe.
export * from './types.js';
export { validateBundle, validateIndex, type Validation } from './validate.js';
export { safeHref } from './safe-url.js';
