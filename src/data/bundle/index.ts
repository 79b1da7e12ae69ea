// The bundle contract in one import: the types, the validator and the link guard. Browser-safe.
export * from './types';
export { validateBundle, validateIndex, type Validation } from './validate';
export { safeHref } from './safe-url';
