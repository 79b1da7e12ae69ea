/**
 * The playground: a designer pastes a stats bundle (the JSON the builder writes for one role) and
 * every element renders it. Text that is not JSON gets a message saying where it breaks, and the
 * elements keep showing the last JSON that parsed; JSON that is not a valid bundle reaches the
 * elements, which show their own error state, and the status line says what the validator found.
 */
import type { Args } from '@storybook/web-components-vite';
import { applyArgs } from './render.js';
import { sampleFile, sampleIndex, sampleRoles } from './samples.js';

let ids = 0;
/** What the designer typed, kept across re-renders (a toolbar or control change rebuilds the story). */
let remembered: { startRole: string; text: string } | undefined;

function field<K extends keyof HTMLElementTagNameMap>(tag: K, label: string): { wrap: HTMLElement; control: HTMLElementTagNameMap[K] } {
  const id = `role-hub-playground-${++ids}`;
  const wrap = document.createElement('div');
  wrap.className = 'role-hub-playground-field';
  const labelEl = document.createElement('label');
  labelEl.htmlFor = id;
  labelEl.textContent = label;
  const control = document.createElement(tag);
  control.id = id;
  wrap.append(labelEl, control);
  return { wrap, control };
}

/** What the status line says about the text in the box. */
export function describeText(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (!text.trim()) return { ok: false, message: 'Paste a stats bundle: the JSON file the builder writes for one role.' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      message: `This is not valid JSON (${(error as Error).message}). The elements below still show the last JSON that was.`,
    };
  }
}

/**
 * Builds the playground for `tags`. `elementArgs` (theme, locale, …) go onto every element, the way
 * an element's stories spread their args.
 */
export function createPlayground(tags: readonly string[], startRole: string, elementArgs: Args): HTMLElement {
  const root = document.createElement('div');
  root.className = 'role-hub-playground';

  const start = field('select', 'Start from the sample bundle of');
  for (const slug of sampleRoles()) start.control.add(new Option(slug, slug, false, slug === startRole));

  const input = field('textarea', 'Bundle JSON (paste your own, or edit this one)');
  input.control.rows = 14;
  input.control.spellcheck = false;

  const status = document.createElement('p');
  status.className = 'role-hub-playground-status';
  status.setAttribute('role', 'status');

  const index = sampleIndex();
  const elements = tags.map((tag) => {
    const el = document.createElement(tag);
    applyArgs(el, { ...elementArgs, index });
    return el;
  });
  const list = document.createElement('div');
  list.className = 'role-hub-playground-elements';
  list.append(...elements);

  // The elements show a short error; the validator's reason (what is wrong, and where) comes with
  // their role-hub-error event, and a designer fixing a bundle needs it.
  list.addEventListener('role-hub-error', (event) => {
    status.dataset.state = 'error';
    status.textContent = `The elements cannot use this bundle: ${event.detail.message}`;
  });

  const render = () => {
    const result = describeText(input.control.value);
    status.dataset.state = result.ok ? 'ok' : 'error';
    if (!result.ok) {
      status.textContent = result.message;
      return;
    }
    status.textContent = `Rendering this JSON in ${elements.length === 1 ? '1 element; it checks' : `${elements.length} elements; each checks`} that it is a valid bundle.`;
    for (const el of elements) (el as HTMLElement & { data: unknown }).data = result.value;
  };
  const load = (slug: string) => {
    input.control.value = JSON.stringify(sampleFile(slug), null, 2);
    remembered = undefined;
    render();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.control.addEventListener('input', () => {
    remembered = { startRole, text: input.control.value };
    clearTimeout(timer);
    timer = setTimeout(render, 250);
  });
  start.control.addEventListener('change', () => load(start.control.value));

  root.append(start.wrap, input.wrap, status, list);
  if (remembered?.startRole === startRole) {
    input.control.value = remembered.text;
    render();
  } else {
    load(startRole);
  }
  return root;
}
