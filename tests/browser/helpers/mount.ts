/**
 * Puts a role-hub element on the test page the way a page or a framework does: attributes first,
 * then the index and the data.
 *
 * Wrappers are made with fixtureSync: fixture() on a plain element waits for an animation frame,
 * which never comes in a hidden page, and the runner keeps one of its two test pages hidden.
 */
import { fixture, fixtureSync, html } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { backendBundle } from '../fixtures/backend-bundle.js';
import { settled } from './render.js';

export type RoleHubTestElement = HTMLElement & { data: unknown; index: unknown; updateComplete: Promise<unknown> };

/** Sets the index (unless it is undefined), then the data (likewise), the order a framework uses. */
export function give(el: RoleHubTestElement, data: unknown, index: unknown): void {
  if (index !== undefined) el.index = index;
  if (data !== undefined) el.data = data;
}

/** Mounts `tag`, then sets its attributes, the index and the data, and waits for that update. */
export async function mount(tag: string, attrs: Record<string, string> = {}, data?: unknown, index?: unknown): Promise<RoleHubTestElement> {
  const t = unsafeStatic(tag);
  const el = await fixture<RoleHubTestElement>(staticHtml`<${t}></${t}>`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  give(el, data, index);
  await el.updateComplete;
  return el;
}

/** mount() with the fixture bundle unless given another, then waits until the data is rendered. */
export async function mountReady(
  tag: string,
  attrs: Record<string, string> = {},
  data: unknown = backendBundle(),
  index?: unknown,
): Promise<RoleHubTestElement> {
  const el = await mount(tag, attrs, data, index);
  await settled(el);
  return el;
}

/** A wrapper on the page, `width` px wide when given, so layout can be measured at that width. */
export function sized(width?: number): HTMLDivElement {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
  if (width !== undefined) wrapper.style.width = `${width}px`;
  return wrapper;
}

/** Creates `tag` with its attributes and appends it to `parent`; data, if any, comes after. */
export function attach(parent: Element, tag: string, attrs: Record<string, string> = {}): RoleHubTestElement {
  const el = document.createElement(tag) as RoleHubTestElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.append(el);
  return el;
}

export interface Placement {
  /** The wrapper's width in px; the page's width when left out. */
  width?: number;
  attrs?: Record<string, string>;
  /** The fixture bundle when left out. */
  data?: unknown;
  /** Not set when left out. */
  index?: unknown;
}

/** `tag` in its own wrapper (`el.parentElement`), given attributes, index and data, and rendered. */
export async function placed(
  tag: string,
  { width, attrs = {}, data = backendBundle(), index }: Placement = {},
): Promise<RoleHubTestElement> {
  const el = attach(sized(width), tag, attrs);
  give(el, data, index);
  await settled(el);
  return el;
}
