import type { PayStats, PayStatsWire, RoleBundle, RoleBundleWire, SkillPay, SkillPayColumns } from '../../bundle/types';

/**
 * Pay by skill as the columns files store (`SkillPayColumns`), in the rows' order. `nWithout` is
 * left out: it is always `payN − n`, and readers work it out again. Rows that break that rule
 * could not be written faithfully, so they are an error rather than a silent change.
 */
export function skillPayColumns(rows: readonly SkillPay[], payN: number): SkillPayColumns {
  for (const row of rows) {
    if (row.nWithout !== payN - row.n) {
      throw new Error(`pay.bySkill ${JSON.stringify(row.name)}: nWithout ${row.nWithout} is not pay.n ${payN} minus n ${row.n}`);
    }
  }
  return {
    name: rows.map((r) => r.name),
    n: rows.map((r) => r.n),
    median: rows.map((r) => r.median),
    medianWithout: rows.map((r) => r.medianWithout),
  };
}

/** A pay section as files store it: the same keys in the same order, with `bySkill` in columns. */
function payWire(pay: PayStats): PayStatsWire {
  return { ...pay, bySkill: skillPayColumns(pay.bySkill, pay.n) };
}

/**
 * A role bundle as files store it (`RoleBundleWire`): pay by skill in columns, which is about 20%
 * smaller gzip on roles with many skills; everything else, key order included, as it is, so the
 * same bundle always gives the same bytes. `validateBundle` turns it back into the `RoleBundle`.
 */
export function wireBundle(bundle: RoleBundle): RoleBundleWire {
  return { ...bundle, pay: bundle.pay ? payWire(bundle.pay) : null };
}
