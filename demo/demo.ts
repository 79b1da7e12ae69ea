// The demo pages' script: registers every element, then wires the role, theme and locale switches
// to every role-hub element on the page. Shared by index.html and elements.html.
import '../src/index.js';
import { HUB_SECTIONS } from '../src/components/role-hub/role-hub.js';
// The same loader the elements use, so the picker's index.json is the one request the page makes for it.
import { indexUrl, loadIndex, resolveStatsBase } from '../src/data/load/loader.js';

const TAGS = ['role-hub', ...HUB_SECTIONS];

/**
 * elements.html shows each of the hub's sections alone (`<main data-each-section>`), from the hub's
 * own table, so a section added there shows here too; each is `pickable`, since this page listens
 * for picks. Each fetches on its own: the shared loader still makes one request per URL.
 */
const ATTRIBUTES: Record<string, Record<string, string>> = { 'related-roles': { 'href-template': '?role={slug}' } };
for (const main of document.querySelectorAll('main[data-each-section]')) {
  main.append(
    ...HUB_SECTIONS.map((tag) => {
      const figure = document.createElement('figure');
      const caption = figure.appendChild(document.createElement('figcaption')).appendChild(document.createElement('code'));
      caption.textContent = `<${tag}>`;
      const el = figure.appendChild(document.createElement(tag));
      for (const [name, value] of Object.entries({ role: 'data-analyst', pickable: '', ...ATTRIBUTES[tag] })) el.setAttribute(name, value);
      return figure;
    }),
  );
}

type Widget = HTMLElement & { role: string };

const widgets = () => [...document.querySelectorAll<Widget>(TAGS.join(','))];
const form = document.querySelector<HTMLFormElement>('form.controls');
const status = document.querySelector<HTMLElement>('.status');
if (!form || !status) throw new Error('The demo page lost its controls (form.controls, .status).');
const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
const params = new URLSearchParams(location.search);

/** Sets an attribute on every widget, or removes it for the empty choice. */
function setAll(name: string, value: string): void {
  for (const el of widgets()) {
    if (value) el.setAttribute(name, value);
    else el.removeAttribute(name);
  }
}

function showRole(slug: string, push: boolean): void {
  for (const el of widgets()) el.role = slug;
  select('role').value = slug;
  if (push) {
    const url = new URL(location.href);
    url.searchParams.set('role', slug);
    try {
      history.pushState({ role: slug }, '', url);
    } catch {
      // A page without an address of its own (about:srcdoc in a frame) cannot keep the role in its URL.
    }
  }
}

/** Fills the role picker from the bundles' index.json. */
async function loadRoles(): Promise<void> {
  const picker = select('role');
  try {
    const { data: index } = await loadIndex(indexUrl(resolveStatsBase(null, location.href)));
    const current = picker.value;
    picker.replaceChildren(
      ...[...index.roles]
        .sort((a, b) => a.title.localeCompare(b.title))
        .map((r) => new Option(`${r.title} (${r.listings.toLocaleString()} listings)`, r.slug)),
    );
    picker.value = current;
  } catch (error) {
    status.textContent = `The role list could not be loaded (${error instanceof Error ? error.message : String(error)}).`;
  }
}

const initialRole = params.get('role');
const initialTheme = params.get('theme') ?? '';
const initialLocale = params.get('locale') ?? '';
select('theme').value = initialTheme;
select('locale').value = initialLocale;
setAll('theme', initialTheme);
setAll('locale', initialLocale);
document.documentElement.dataset.theme = initialTheme;

await loadRoles();
if (initialRole) showRole(initialRole, false);

form.addEventListener('change', (event) => {
  const target = event.target as HTMLSelectElement;
  if (target.name === 'role') showRole(target.value, true);
  if (target.name === 'theme') {
    setAll('theme', target.value);
    document.documentElement.dataset.theme = target.value;
  }
  if (target.name === 'locale') setAll('locale', target.value);
});

// The related roles are real links (?role=…); the demo switches role in place instead of reloading,
// by cancelling the select event — the same hook a single-page app's router would use.
document.addEventListener('role-hub-select', (event) => {
  const { kind, value } = event.detail;
  if (kind === 'role') {
    event.preventDefault();
    showRole(value, true);
    status.textContent = `Picked role “${value}”.`;
    scrollTo({ top: 0 });
  } else {
    status.textContent = `Picked skill “${value}” (role-hub-select, kind "skill").`;
  }
});

document.addEventListener('role-hub-error', (event) => {
  status.textContent = `role-hub-error: ${event.detail.message}`;
});

addEventListener('popstate', () => {
  showRole(new URLSearchParams(location.search).get('role') ?? 'data-analyst', false);
});
