// The elements the build ships: every src/components/<tag>/define.ts, so a new element is picked up
// without touching the build. `shared` has no define.ts and is skipped.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function findElements(root) {
  const dir = join(root, 'src/components');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'define.ts')))
    .map((d) => ({
      tag: d.name,
      define: join(dir, d.name, 'define.ts'),
      // The class module carries the tag's name; it has no side effects.
      classModule: existsSync(join(dir, d.name, `${d.name}.ts`)) ? join(dir, d.name, `${d.name}.ts`) : null,
    }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}
