/**
 * The builder's name for the wire encoding, which lives beside the contract it follows
 * (src/data/bundle/wire.ts): `wireBundle(bundle)` is `encodeBundle(bundle)`.
 */
export { encodeBundle as wireBundle } from '../../bundle/wire.js';
