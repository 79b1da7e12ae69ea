import type { Random } from './random.js';

/**
 * Random yes/no draws that keep close to a target rate: each draw adds the rate to a running
 * balance, says yes with a probability equal to that balance, and pays 1 back on a yes. Over n
 * draws the number of yeses stays within a couple of n × rate, whatever the seed, so small
 * samples still show the intended shares, while which listing gets a yes stays random.
 */
export class Quota {
  private balance = 0;

  constructor(private readonly random: Random) {}

  take(rate: number): boolean {
    this.balance += rate;
    if (this.random.next() < this.balance) {
      this.balance -= 1;
      return true;
    }
    return false;
  }
}

/** The same idea for picking one of several options by weight (a seniority level, say). */
export class WeightedQuota<T> {
  private readonly balance = new Map<T, number>();

  constructor(private readonly random: Random) {}

  pick(options: ReadonlyArray<readonly [T, number]>): T {
    const total = options.reduce((sum, [, w]) => sum + w, 0);
    for (const [option, w] of options) this.balance.set(option, (this.balance.get(option) ?? 0) + w / total);
    const owed = options.map(([option]) => [option, Math.max(0, this.balance.get(option) ?? 0)] as const);
    const chosen = this.random.weighted(owed.some(([, w]) => w > 0) ? owed : options);
    this.balance.set(chosen, (this.balance.get(chosen) ?? 0) - 1);
    return chosen;
  }
}
