import { SCHEMA_VERSION, type RoleBundle, type RoleIndex } from '../../bundle/types';
import { compareNames } from '../compare-names';

/** The roles index (`index.json`): every built role's slug, title, listing count and median pay, by slug. */
export function roleIndex(bundles: readonly RoleBundle[], generatedAt: string): RoleIndex {
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt,
    roles: [...bundles]
      .sort((a, b) => compareNames(a.role.slug, b.role.slug))
      .map((b) => ({
        slug: b.role.slug,
        title: b.role.title,
        listings: b.listings,
        medianPay: b.pay ? b.pay.median : null,
        currency: b.pay ? b.pay.currency : null,
      })),
  };
}
