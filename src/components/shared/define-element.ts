/**
 * Registers a custom element once. Loading role-hub twice (two script tags, or a script tag plus an
 * npm copy) must be harmless, so a second registration of a tag is a no-op. A warning is printed only
 * when the copies disagree on version, because then the page runs the older one unknowingly.
 */
export const VERSION = '0.1.0';

interface Versioned {
  version?: string;
}

/** Tags this copy has warned about: the all-in-one registers each section twice (itself, and through the hub). */
const warned = new Set<string>();

export function defineElement(tag: string, ctor: CustomElementConstructor & Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return; // Not in a browser (server rendering, Node tooling).
  const existing = registry.get(tag) as (CustomElementConstructor & Versioned) | undefined;
  if (existing) {
    if (existing !== ctor && existing.version !== ctor.version && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `role-hub: <${tag}> is already defined by version ${existing.version ?? 'unknown'}; version ${ctor.version ?? 'unknown'} was not registered.`,
      );
    }
    return;
  }
  registry.define(tag, ctor);
}
