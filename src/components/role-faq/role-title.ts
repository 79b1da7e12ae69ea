/**
 * A role's title before its bundle has arrived, from the slug ("backend-engineer" → "Backend
 * Engineer"), so a heading that names the role reads right, at the same length, while loading.
 */
export function roleTitleFromSlug(slug: string | null | undefined): string {
  return (slug ?? '')
    .trim()
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** "a Backend Engineer", "an Engineering Manager": decided by the first letter, which fits role titles. */
export function withArticle(title: string): string {
  return `${/^[aeiou]/i.test(title) ? 'an' : 'a'} ${title}`;
}
