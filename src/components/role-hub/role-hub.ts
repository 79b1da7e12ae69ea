import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { RoleBundle } from '../../data/bundle/types.js';
import { bundleCheck, roleCheck, validateIndex } from '../../data/bundle/validate.js';
import { AWAITING_DATA, INDEX_UNAVAILABLE } from '../shared/bundle-controller.js';
import { formatCount } from '../shared/format.js';
import { clampLevel } from '../shared/heading.js';
import { hubContext, type HubContext } from '../shared/hub-context.js';
import { RoleHubElement, type RenderContext } from '../shared/role-hub-element.js';
import { roleTitleFromSlug, withArticle } from '../role-faq/role-title.js';
import { roleHubStyles } from './role-hub.styles.js';
import { HUB_SECTION_TABLE, type HubSection } from './sections.js';
import { inMarket } from '../shared/in-market.js';

export { HUB_SECTIONS, HUB_SECTION_TABLE } from './sections.js';

/**
 * The whole role page — "How to become a Backend Engineer" — with the role's description and every
 * section in order: at a glance, the skills employers ask for, the path in, median pay by skill,
 * where you will start, the salary band, skill demand over time, other career paths and the FAQ.
 *
 * The hub loads the role's bundle and the roles index once and shares them with every section
 * through the hub context (src/components/shared/hub-context.ts), with its market, locale, theme,
 * minimum listings and the next heading level. The sections, one per row of its table
 * (`HUB_SECTION_TABLE`), show no footer of their own (the hub shows one) and no theme of their own
 * (they take the hub's colours).
 *
 * This class module registers nothing; `role-hub/role-hub` registers `<role-hub>` and every section
 * it shows. Registering the class by hand, register the sections too.
 *
 * @summary The full role page: every role-hub section in order.
 * @tag role-hub
 *
 * @attr href-template - Passed to `<related-roles>`: a link per role, e.g. `/careers/{slug}`.
 * @attr emit-schema - Adds FAQPage JSON-LD (from `<role-faq>`) as a `<script type="application/ld+json">` child of the hub.
 *
 * @csspart base - The page wrapper.
 * @csspart heading - The page heading.
 * @csspart intro - The role's description.
 * @csspart market - The line naming the market the figures describe, or the market mix pooled in them.
 * @csspart sections - The column of sections.
 * @csspart section - Each section element (its own parts are inside it).
 * @csspart footer - The provenance line.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message.
 * @csspart empty - The empty-state message.
 *
 * @fires role-hub-load - The bundle arrived and was valid, and the hub's heading and market line are drawn (a roles index that failed fires role-hub-error too, and only the other-roles section says so); fired once for the whole page. Its sections draw in the frames after, each in its own time slice. Detail: `{ url, role }`.
 * @fires role-hub-error - The bundle or the index could not be loaded or read. Detail: `{ code, url, role, status, reason, message }`.
 * @fires role-hub-select - A skill or role was picked in a section (with `pickable`, which the hub passes to its sections). Detail: `{ kind, value }`.
 */
export class RoleHub extends RoleHubElement {
  static override styles = [...RoleHubElement.styles, roleHubStyles];
  static override bundleCheck = bundleCheck({ role: roleCheck });
  static override indexCheck = validateIndex;

  static override properties = {
    ...RoleHubElement.properties,
    hrefTemplate: { attribute: 'href-template' },
    emitSchema: { type: Boolean, attribute: 'emit-schema' },
  };

  /** Passed to `<related-roles>`. */
  declare hrefTemplate: string | null;
  /** Passed to `<role-faq>`. */
  declare emitSchema: boolean;

  /** The one value every section reads its data and settings from; set after each render (see `updated`). */
  readonly #shared = new ContextProvider(this, { context: hubContext });

  constructor() {
    super();
    this.hrefTemplate = null;
    this.emitSchema = false;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Every section announces the data the hub gave it; the page hears one load, the hub's own
    // (fired on the host, so it never passes through this root). Selections and errors go through.
    root.addEventListener('role-hub-load', (event) => event.stopPropagation());
    return root;
  }

  protected headingText(_role: string, ctx?: RenderContext): string {
    const title = ctx?.bundle.role.title ?? roleTitleFromSlug(this.role);
    return title ? `How to become ${withArticle(title)}` : 'How to become …';
  }

  protected override introText(_role: string, ctx?: RenderContext): string {
    return ctx?.bundle.role.description ?? '';
  }

  protected renderReady({ bundle, locale }: RenderContext): TemplateResult {
    return html`<p class="market" part="market">${marketLine(bundle, locale)}</p>`;
  }

  /** The description's placeholder (the styles keep the lines it takes at the hub's width) and the market line's. */
  protected renderSkeleton(): TemplateResult {
    return html`<div class="intro-placeholder"><span class="skeleton"></span><span class="skeleton"></span></div>
      <p class="market"><span class="skeleton"></span></p>`;
  }

  /**
   * Every section, loading (they are given AWAITING_DATA, and show their own placeholders of their
   * ready size) and ready alike, in the same place: when the bundle arrives nothing is moved or
   * built again, and the sections render it in time slices rather than in one long task. Hidden
   * from screen readers while loading, where the hub's one status line speaks for them.
   */
  protected override renderSteady(loading: boolean): TemplateResult {
    return html`<div class="sections" part="sections" aria-hidden=${loading ? 'true' : nothing}>
      ${HUB_SECTION_TABLE.map((s: HubSection) => this.#section(s))}
    </div>`;
  }

  /** The section elements, one per row of the table, made once for the hub's life. */
  readonly #sectionElements = new Map<string, HTMLElement>();

  /**
   * One section element, made with `document.createElement` (a template cannot name its tag at run
   * time without `lit/static-html`, and this needs no more), and given its own properties on every render.
   */
  #section({ tag, props }: HubSection): HTMLElement {
    let element = this.#sectionElements.get(tag);
    if (!element) {
      element = document.createElement(tag);
      element.setAttribute('part', 'section');
      this.#sectionElements.set(tag, element);
    }
    const own = props?.(this);
    if (own) Object.assign(element, own);
    return element;
  }

  /**
   * Shares the data and settings after the render, not before: sections the render just removed
   * (the loading ones, when the bundle arrives) have unsubscribed by then and never render data
   * nobody sees; the ones it added get it before their first update.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const state = this.bundleState.state;
    const ready = state.status === 'ready';
    const next: HubContext = {
      role: this.role,
      data: ready ? state.bundle : AWAITING_DATA,
      // A failed index is passed on as such: only the section that lists other roles shows it.
      index: ready ? (state.index ?? (state.indexError ? INDEX_UNAVAILABLE : null)) : null,
      market: this.market,
      locale: this.resolvedLocale,
      theme: this.theme,
      headingLevel: Math.min(6, clampLevel(this.headingLevel) + 1),
      minListings: this.minListings,
      pickable: this.pickable,
    };
    const last = this.#shared.value;
    // A new object only when something changed, so an update that changes nothing wakes no section.
    if (!last || (Object.keys(next) as (keyof HubContext)[]).some((key) => next[key] !== last[key])) this.#shared.setValue(next);
  }
}

/** Markets of a pooled view named one by one; the rest are summed. */
const MIX_SHOWN = 3;

/**
 * Which market the hub's figures describe: "Listings in the United States."; for the all-markets
 * view, the mix and that pay is pooled across it ("… United States 10,509 · United Kingdom 2,231 ·
 * India 914 · other markets 7,495."; without a mix when no market has a bundle of its own), or that
 * the data names one market at most.
 */
export function marketLine(bundle: RoleBundle, locale: string): string {
  const m = bundle.market;
  if (m.key !== 'all') return `Listings ${inMarket(m.name)}.`;
  if (!m.pooled) return 'Listings from all markets in the data.';
  // Pooled with no mix: every market is too small for a bundle of its own, so none is named.
  if (m.mix.length === 0) return 'Listings from all markets in the data, pay pooled across them.';
  // The "Other markets" entry (key "") is summed with the rest wherever it ranks, so "other
  // markets" is named once, last.
  const named = m.mix.filter((x) => x.key !== '');
  const shown = named.slice(0, MIX_SHOWN).map((x) => `${x.name} ${formatCount(x.listings, locale)}`);
  const rest = [...named.slice(MIX_SHOWN), ...m.mix.filter((x) => x.key === '')];
  if (rest.length)
    shown.push(
      `other markets ${formatCount(
        rest.reduce((total, x) => total + x.listings, 0),
        locale,
      )}`,
    );
  return `Listings from all markets, pay pooled across them: ${shown.join(' · ')}.`;
}
