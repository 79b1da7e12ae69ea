/**
 * Trims the custom elements manifest to what a page author can use before Storybook turns it into
 * docs tables and controls: public instance fields only (no static, protected or private members,
 * no methods), and no property row for a property that already has an attribute row (`headingLevel`
 * is listed once, as `heading-level`). What is left comes straight from the classes' JSDoc.
 */

interface Member {
  kind?: string;
  name: string;
  static?: boolean;
  privacy?: string;
  attribute?: string;
}

interface Declaration {
  tagName?: string;
  members?: Member[];
  [key: string]: unknown;
}

interface Manifest {
  modules?: Array<{ declarations?: Declaration[]; [key: string]: unknown }>;
  [key: string]: unknown;
}

function publicProperty(member: Member): boolean {
  return member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !member.attribute;
}

export function manifestForDocs(manifest: unknown): Manifest {
  const m = (manifest ?? {}) as Manifest;
  return {
    ...m,
    modules: (m.modules ?? []).map((module) => ({
      ...module,
      declarations: (module.declarations ?? []).map((d) => (d.tagName ? { ...d, members: (d.members ?? []).filter(publicProperty) } : d)),
    })),
  };
}
