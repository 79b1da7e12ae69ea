/**
 * Version of the builder's rules (taxonomy handling, pay constants, statistics). Written into
 * every bundle's provenance; bump it when the same listings would produce different figures.
 */
export const BUILDER_VERSION = '2.1.0';
