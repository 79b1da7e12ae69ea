import { SENIORITY_LEVELS, type SeniorityLevel } from '../../bundle/types';
import type { SalaryRecord } from '../types';
import type { SkillRegistry } from './skill-registry';

/**
 * The salaried listings of one role in one currency, kept column by column in typed arrays:
 * annual pay (8 bytes), level (1 byte) and skill numbers (4 bytes each, plus a 4-byte offset).
 * This is the only part of the builder's memory that grows with the number of listings.
 */
export class SalaryColumns {
  length = 0;
  private pays = new Float64Array(64);
  private levels = new Uint8Array(64);
  private starts = new Uint32Array(65);
  private skills = new Uint32Array(256);
  private skillLength = 0;

  constructor(private readonly registry: SkillRegistry) {}

  add(pay: number, level: SeniorityLevel, skills: readonly string[]): void {
    if (this.length === this.pays.length) {
      this.pays = grow(this.pays, this.length * 2);
      this.levels = grow(this.levels, this.length * 2);
      this.starts = grow(this.starts, this.length * 2 + 1);
    }
    while (this.skillLength + skills.length > this.skills.length) this.skills = grow(this.skills, this.skills.length * 2);
    this.pays[this.length] = pay;
    this.levels[this.length] = SENIORITY_LEVELS.indexOf(level);
    for (const skill of skills) this.skills[this.skillLength++] = this.registry.id(skill);
    this.length += 1;
    this.starts[this.length] = this.skillLength;
  }

  /** The listings as records, for the pay statistics (built once, when the role is finished). */
  toRecords(): SalaryRecord[] {
    return Array.from({ length: this.length }, (_, i) => ({
      pay: this.pays[i],
      level: SENIORITY_LEVELS[this.levels[i]],
      skills: Array.from(this.skills.subarray(this.starts[i], this.starts[i + 1]), (id) => this.registry.name(id)),
    }));
  }
}

function grow<T extends Float64Array | Uint8Array | Uint32Array>(array: T, size: number): T {
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  return next;
}
