import { safeHref } from '../../data/bundle/safe-url.js';

/**
 * The link for a role from a page author's template, e.g. "/careers/{slug}" → "/careers/data-engineer".
 * The slug is URL-encoded so it stays one path segment, and the result goes through safeHref(): a
 * template that would make a javascript:, data: or other non-web URL gives null, and the caller shows
 * no link (a button with `pickable`, else text).
 */
export function roleHref(template: string | null | undefined, slug: string): string | null {
  if (!template) return null;
  return safeHref(String(template).split('{slug}').join(encodeURIComponent(slug)));
}
