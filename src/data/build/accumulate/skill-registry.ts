/**
 * Gives each skill name a small number, so salaried listings can keep their skills as numbers in
 * typed arrays instead of arrays of strings. Grows with the number of distinct skill names (the
 * taxonomy plus unknown keywords), not with the number of listings.
 */
export class SkillRegistry {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  name(id: number): string {
    return this.names[id];
  }
}
