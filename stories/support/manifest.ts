/**
 * Trims the custom elements manifest to what a page author can use before Storybook turns it into
 * docs tables and controls: public instance fields only (no static, protected or private members,
 * no methods), and no property row for a property that already has an attribute row (`headingLevel`
 * is listed once, as `heading-level`). What is left comes straight from the classes' JSDoc.
 *
 * Two changes for Storybook's sake. Storybook keys every row by its name, parts last, so the part
 * `heading` would replace the attribute `heading`: parts are named as a stylesheet writes them,
 * `::part(heading)`. And it edits a type it does not know as a JSON object, so `string | null`
 * (an attribute that may be absent) is given as `string`, `number | null` as `number`.
 */

interface Member {
  kind?: string;
  name: string;
  static?: boolean;
  privacy?: string;
  attribute?: string;
  type?: { text?: string };
}

interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: Array<{ name: string; type?: { text?: string } }>;
  cssParts?: Array<{ name: string }>;
  [key: string]: unknown;
}

/** "string | null" → "string": absent is not a type Storybook needs to edit. */
function present<T extends { type?: { text?: string } }>(item: T): T {
  const text = item.type?.text;
  return text ? { ...item, type: { ...item.type, text: text.replace(/\s*\|\s*(?:null|undefined)\b/g, '') } } : item;
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
      declarations: (module.declarations ?? []).map((d) =>
        d.tagName
          ? {
              ...d,
              members: (d.members ?? []).filter(publicProperty).map(present),
              attributes: (d.attributes ?? []).map(present),
              cssParts: (d.cssParts ?? []).map((part) => ({ ...part, name: `::part(${part.name})` })),
            }
          : d,
      ),
    })),
  };
}
