import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import type { RoleBundle, RoleIndex } from '../../data/bundle/types.js';
import { validateEnvelope } from '../../data/bundle/validate.js';
import { BundleController, type BundleCheck, type IndexCheck } from './bundle-controller.js';
import { UNSHOWN } from './bundle-state.js';
import { VERSION } from './define-element.js';
import { formatCount, formatDate, formatListings, prepareDates } from './format.js';
import { heading } from './heading.js';
import { hubContext, type HubContext } from './hub-context.js';
import { resolveLocale } from './locale.js';
import { roleNoun, roleNounFromSlug } from './role-name.js';
import { themeStyles } from './theme.styles.js';
import { inMarket } from './in-market.js';
import { speakOnce } from './speak-once.js';
import { countSetting } from './count-setting.js';
import { emit } from './events.js';

export type Theme = 'light' | 'dark' | 'auto';

/** Below this many listings a section says it has too few, unless its `min-listings` says otherwise. */
const MIN_LISTINGS = 10;

/** What a section renders from, once its bundle is in. */
export interface RenderContext {
  /** The role's bundle: its envelope and the sections the element's `bundleCheck` names are checked. */
  bundle: RoleBundle;
  index: RoleIndex | null;
  /** Why the roles index could not be had, for sections that read it (and for the hub to pass on). */
  indexError: string | null;
  locale: string;
  /** The role inside a sentence: "backend engineer". */
  role: string;
}

/**
 * The base of every role-hub section: loading, validation, states, heading, footer, theming and
 * locale. A section only says what its heading and intro read and how it renders a bundle.
 *
 * Subclasses override `headingText`, `introText`, `renderReady` and `renderSkeleton`, and may
 * override `emptyMessage` to call a bundle empty (for example a pay chart with no salaries).
 *
 * @attr role - Role slug, e.g. `backend-engineer` (moved to `data-role` once read).
 * @attr data-role - Where the element keeps the role slug; a server-rendered or hydrated page writes it here in place of `role`, and a new value loads that role.
 * @attr market - Market key from the index, e.g. `united-states`, or `all` for every market together; the role's default market when absent.
 * @attr src - URL of the stats folder holding `<role>.json` and `index.json`.
 * @attr locale - BCP 47 locale for numbers and dates.
 * @attr theme - `light`, `dark` or `auto` (a card with its own colours; `auto` follows the page's `color-scheme`, from any ancestor or a color-scheme meta tag and as it changes, then the reader's `prefers-color-scheme`); none follows the page: its font, size and text colour on a transparent background, with accent colours mixed to keep their contrast on light and dark pages.
 * @attr heading - Replaces the section heading's text.
 * @attr heading-level - The heading tag's level, 1–6 (default 2).
 * @attr no-footer - Hides the provenance footer: the listing count, the market (or that pay is pooled), the data window and the source, which the page must then state itself.
 * @attr min-listings - Below this many listings the section shows its empty state (default 10, also when not a number or under 1).
 * @attr timeout - Seconds to wait for the bundle, retries included (default: `<meta name="role-hub-timeout">`, else 10).
 * @attr pickable - Makes the skill names (and role cards) buttons that fire `role-hub-select`, for a page that listens; without it they are text, so a keyboard never stops on a control that does nothing.
 *
 * @csspart base - The section wrapper.
 * @csspart heading - The section heading.
 * @csspart footer - The provenance line: listings, data window, build date.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message.
 * @csspart empty - The empty-state message.
 *
 * @cssprop [--role-hub-accent] - Bars, marks, links and focus rings. Default: #2563eb mixed with 35% of the page's text colour (4.5:1 on light and dark pages); with a theme, the theme's blue.
 * @cssprop [--role-hub-text=currentColor] - Main text colour.
 * @cssprop [--role-hub-muted] - Secondary text (intro, labels, footer) and the salary band's 10th–90th percentile band. Default: 72% of the text colour.
 * @cssprop [--role-hub-surface=transparent] - Background of the widget.
 * @cssprop [--role-hub-border] - Borders, grid lines and skeleton placeholders.
 * @cssprop [--role-hub-track] - The unfilled part of bars.
 * @cssprop [--role-hub-positive] - Rises and pay premiums. Default: green mixed with 35% of the text colour.
 * @cssprop [--role-hub-negative] - Falls and pay gaps. Default: red mixed with 35% of the text colour.
 * @cssprop [--role-hub-font=inherit] - Font family; the page's by default.
 * @cssprop [--role-hub-font-size=1em] - Base font size; the page's by default (every size inside is in em, so the whole widget scales with it).
 * @cssprop [--role-hub-radius=0.5em] - Corner radius of the card (with a theme) and of the related-role cards.
 * @cssprop [--role-hub-spacing=1em] - Base spacing unit.
 *
 * @fires role-hub-load - The bundle arrived, what the element shows of it is valid, and it is drawn. Detail: `{ url, role }`.
 * @fires role-hub-error - The bundle could not be loaded or read; sent once the element shows why. Detail: `{ code, url, role, status, reason, message }`.
 */
export abstract class RoleHubElement extends LitElement {
  /** The role-hub version that defined this class; a second copy of another version warns instead of registering. */
  static version = VERSION;
  static override styles = [themeStyles];
  /**
   * How the section checks a bundle before rendering it: `bundleCheck({ … })` with the checks of the
   * sections it reads (`payCheck` for a pay chart). The envelope (role, listings, provenance) is
   * always checked; sections it does not read are not, so a page showing one chart carries only
   * that chart's checks.
   */
  static bundleCheck: BundleCheck = validateEnvelope;
  /**
   * Set to `validateIndex` by sections that read the roles index (the other roles): they load
   * `index.json` beside the bundle and check an `index` given to them. The others leave it null and
   * ignore `index`, which also keeps the index code out of their bundles.
   */
  static indexCheck: IndexCheck | null = null;
  /**
   * True for a section that shows nothing without the roles index (the other roles): a failed
   * index is its error state. The hub loads the index for its sections but renders without it.
   */
  static requiresIndex = false;

  static override properties = {
    role: {},
    market: {},
    src: {},
    data: { attribute: false },
    index: { attribute: false },
    locale: {},
    theme: { reflect: true },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    noFooter: { type: Boolean, attribute: 'no-footer', reflect: true },
    // A removed attribute (a framework's null) is the default again, not no minimum.
    minListings: { attribute: 'min-listings', converter: (value: string | null) => (value === null ? MIN_LISTINGS : Number(value)) },
    timeout: { type: Number },
    pickable: { type: Boolean },
  };

  /**
   * Role slug, e.g. `backend-engineer`; the element fetches `<src>/<role>.json`. `role` is also ARIA's
   * attribute, where a slug is invalid, so the element reads the attribute, removes it and keeps the
   * slug in `data-role` instead.
   */
  declare role: string;
  /**
   * Market key, e.g. `united-states` (the index lists each role's markets), or `all` for every
   * market together; the element fetches `<src>/<role>.<market>.json`. Without it, the role's
   * default market (`<src>/<role>.json`).
   */
  declare market: string | null;
  /** URL of the stats folder. Defaults to `<meta name="role-hub-src">`, else `stats/` beside the script. */
  declare src: string | null;
  /** A stats bundle object; wins over `src` (for frameworks, Storybook and tests). */
  declare data: unknown;
  /** A role index object (`index.json`); used with `data` by sections that list other roles, ignored by the others. */
  declare index: unknown;
  /** BCP 47 locale for numbers and dates; defaults to the page's `lang`, then the browser's. */
  declare locale: string | null;
  /** `light`, `dark` or `auto`; without it the widget takes the page's colours and no background. */
  declare theme: Theme | null;
  /** Replaces the section heading's text; an empty one (a framework's cleared value) keeps the element's own. */
  declare heading: string | null;
  /** The heading tag's level, 1–6. */
  declare headingLevel: number;
  /** Hides the footer line (listing count, data window, build date). */
  declare noFooter: boolean;
  /** Below this many listings the section says it has too few to show. */
  declare minListings: number;
  /** Seconds to wait for the bundle, retries included; the page's `<meta name="role-hub-timeout">` or 10 s when null. */
  declare timeout: number | null;
  /** Skill names (and role cards) as buttons that fire `role-hub-select`; text when false. */
  declare pickable: boolean;

  protected readonly bundleState = new BundleController(this, this.constructor as typeof RoleHubElement);

  constructor() {
    super();
    this.role = '';
    this.market = null;
    this.src = null;
    this.data = null;
    this.index = null;
    this.locale = null;
    this.theme = null;
    this.heading = null;
    this.headingLevel = 2;
    this.noFooter = false;
    this.minListings = MIN_LISTINGS;
    this.timeout = null;
    this.pickable = false;
    // Inside a <role-hub>, the bundle it loaded for all its sections and its settings (see
    // hub-context.ts). Outside a hub nothing answers, and the element loads on its own.
    new ContextConsumer(this, { context: hubContext, subscribe: true, callback: (hub) => this.#fromHub(hub) });
  }

  /**
   * A skill name or role card: with `pickable`, a button that fires `role-hub-select` with `value`;
   * else the same text in a span (its part `textPart` when that differs), so a page that does not
   * listen has no dead controls.
   */
  protected pick(
    kind: 'skill' | 'role',
    value: string,
    content: unknown,
    className: string,
    part: string,
    textPart = part,
  ): TemplateResult {
    const picked = () => emit(this, 'role-hub-select', { kind, value });
    return this.pickable
      ? html`<button type="button" class=${className} part=${part} @click=${picked}>${content}</button>`
      : html`<span class=${className} part=${textPart}>${content}</span>`;
  }

  /**
   * Loads the bundle again, as when it was first shown: after a failure (the server is back, the
   * reader pressed an app's "try again") there is otherwise nothing to change that would start a
   * new load. A given `data` object is checked and shown again. Before the element first draws it
   * does nothing, since that draw loads.
   */
  reload(): void {
    // Before the first update, that update loads: a load now would be a second request.
    if (this.hasUpdated) this.bundleState.reload();
  }

  /**
   * The section heading for a role ("The skills employers ask for most"). `ctx` is there once the
   * bundle is in; `shown` is true when the body shows its figures rather than a message (too few
   * listings, nothing to show), so only then may a heading carry a figure ("Backend Engineer
   * salary: $124,671 median").
   */
  protected abstract headingText(role: string, ctx?: RenderContext, shown?: boolean): string;
  /**
   * The sentence under the heading, or '' for none. A template lets the loading state hold the
   * room of a figure it does not know yet with a hidden stand-in.
   */
  protected introText(_role: string, _ctx?: RenderContext): string | TemplateResult {
    return '';
  }
  /** The section's content for a bundle. */
  protected abstract renderReady(ctx: RenderContext): TemplateResult | typeof nothing;
  /** A placeholder with the ready layout's size, shown while loading. */
  protected abstract renderSkeleton(): TemplateResult;
  /**
   * What the section shows after its body both while loading and once ready (not with a message):
   * it keeps its place in the template across the two, so its elements are neither moved nor built
   * again when the bundle arrives. The hub's sections live here. `loading` says which state it is.
   */
  protected renderSteady(_loading: boolean): unknown {
    return nothing;
  }
  /** A reason to show the empty state for this bundle, or null to render it. */
  protected emptyMessage(_ctx: RenderContext): string | null {
    return null;
  }

  /**
   * Takes what the hub shares: its bundle, index and role (the hub is the one that loads; the
   * section renders them through the controller's usual path), and each setting the section has no
   * attribute of its own for. The hub shows the one footer.
   */
  #fromHub(hub: HubContext | undefined): void {
    if (!hub) return;
    this.role = hub.role;
    this.data = hub.data;
    this.index = hub.index;
    if (!this.hasAttribute('market')) this.market = hub.market;
    if (!this.hasAttribute('locale')) this.locale = hub.locale;
    if (!this.hasAttribute('heading-level')) this.headingLevel = hub.headingLevel;
    if (!this.hasAttribute('min-listings')) this.minListings = hub.minListings;
    if (!this.hasAttribute('pickable')) this.pickable = hub.pickable;
    this.noFooter = true;
  }

  /**
   * Lit adopts constructed stylesheets. On a page that broke them (a stylesheet polyfill that
   * throws, say) the same rules go in as <style> elements, so the section is still styled and
   * nothing is thrown into the page.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    try {
      return super.createRenderRoot();
    } catch {
      const root = this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
      for (const sheet of (this.constructor as typeof LitElement).elementStyles) {
        const style = document.createElement('style');
        style.textContent = (sheet as CSSResult).cssText;
        root.append(style);
      }
      return root;
    }
  }

  protected get resolvedLocale(): string {
    return resolveLocale(this, this.locale);
  }

  /** `data-role` too: a server-rendered or hydrated page writes the slug there (see `role`). */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'data-role'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'data-role') {
      // A copy (cloneNode, innerHTML, a page cache) carries the slug here alone, a server-rendered
      // page writes it here, and a framework reusing the element changes it here for the next
      // role's page. The element's own write of the same slug, and a removal, change nothing.
      if (value !== null && value !== this.role) this.role = value;
      return;
    }
    if (name === 'role') {
      // Null is our own removal below; the property keeps the slug.
      if (value === null) return;
      this.role = value;
      this.removeAttribute('role');
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('role')) {
      if (this.role) this.setAttribute('data-role', this.role);
      else this.removeAttribute('data-role');
    }
    this.bundleState.sync(changed as Map<PropertyKey, unknown>);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After the render, so the probe is there to read (the page has not been painted yet).
    if (changed.has('theme') && this.theme === 'auto') this.#followPageScheme();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // The first render is the loading state: the footer's dates are needed once the bundle is in.
    prepareDates(this.resolvedLocale);
  }

  /**
   * With theme="auto", a page that declares its own `color-scheme` wins over the reader's
   * preference. The host inherits the page's scheme (the card sets its own), so its computed value
   * is what the nearest ancestor declares; a `<meta name="color-scheme">` leaves it `normal`, which
   * the browser then resolves by the meta tag.
   */
  #followPageScheme(): void {
    try {
      // The probe's style now is where its next transition starts from: a change in the very
      // frame it was drawn in would otherwise start none.
      const probe = this.renderRoot.querySelector('.scheme-probe');
      if (probe) void getComputedStyle(probe).color;
      const scheme = getComputedStyle(this).colorScheme;
      const meta = this.ownerDocument.querySelector('meta[name="color-scheme"]');
      // An empty value removes the property, leaving the reader's preference (light dark).
      this.style.setProperty('--_page-scheme', scheme && scheme !== 'normal' ? scheme : meta ? 'normal' : '');
    } catch {
      // A page that broke getComputedStyle: the reader's preference stands.
    }
  }

  protected override render(): TemplateResult {
    try {
      return this.#renderState();
    } catch (error) {
      // Not only a section's own bug: a page that broke a built-in the loading placeholder or the
      // footer needs gets a sentence too, never an exception thrown into it.
      console.warn('role-hub: a section could not render.', error);
      return html`<div class="root" part="base" lang="en">${this.#message('error', UNSHOWN)}</div>`;
    }
  }

  #renderState(): TemplateResult {
    const state = this.bundleState.state;
    const locale = this.resolvedLocale;
    let body: unknown;
    let role = roleNounFromSlug(this.role);
    let footer: unknown = nothing;
    let steady: unknown = nothing;
    let ctx: RenderContext | undefined;
    let shown = false;
    if (state.status === 'ready') {
      ctx = { bundle: state.bundle, index: state.index, indexError: state.indexError, locale, role: roleNoun(state.bundle) };
      role = ctx.role;
      const safe = this.#renderSafely(ctx);
      body = safe.body;
      shown = safe.ready;
      if (shown) steady = this.renderSteady(false);
      footer = this.#renderFooter(ctx);
    } else if (state.status === 'loading') {
      // Said to a reader who reaches it, not announced: a live region that arrives with its text is
      // read by some screen readers and not others, and fifty widgets loading are no news.
      body = html`<div class="loading" part="loading" aria-hidden="true">${this.renderSkeleton()}</div>
        <span class="visually-hidden">Loading ${role} stats…</span>`;
      steady = this.renderSteady(true);
      // The footer line is reserved too: it arrives with the data and would otherwise push the page down.
      if (!this.noFooter) footer = html`<p class="footer loading" part="loading" aria-hidden="true"><span class="skeleton"></span></p>`;
    } else {
      body = this.#message(state.status, state.message);
    }
    const intro = this.introText(role, ctx);
    // theme="auto": the probe's transition says the page's scheme changed (see theme.styles.ts); a
    // change back before the transition's first frame cancels it instead, which says so too.
    const probe =
      this.theme === 'auto'
        ? html`<span class="scheme-probe" @transitionrun=${this.#followPageScheme} @transitioncancel=${this.#followPageScheme}></span>`
        : nothing;
    // A plain div, not a <section> landmark: a page may show the same section twice (a hub beside a
    // standalone widget, two roles side by side), and landmarks with the same name confuse navigation.
    // lang="en": the copy is English whatever the page's language, so a screen reader on a French
    // page reads it with an English voice (WCAG 3.1.2); numbers still follow `locale`.
    // Nothing before it but the probe, not even a space: a page that makes the host keep its
    // spaces (!important) would turn one into a line of text above the card.
    // prettier-ignore
    return html`${probe}<div class="root" part="base" lang="en" aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
        ${heading(this.headingLevel, 'heading', this.heading || this.headingText(role, ctx, shown))}
        ${intro ? html`<p class="intro" part="intro">${intro}</p>` : nothing} ${body} ${steady} ${footer}
      </div>`;
  }

  /**
   * The fewest listings a figure is shown from: `min-listings`, or 10 when it is not a number or
   * under 1 (null or 0, a framework's way of clearing a bound number, is the default again).
   */
  protected get leastListings(): number {
    return countSetting(this.minListings, MIN_LISTINGS);
  }

  /**
   * The last sentence this element had to announce, and whether it is the one to: a widget the
   * reader can see (a hidden one's alert is never read, and would keep the visible ones quiet), and
   * not one whose sentence another widget has just announced (`speakOnce`).
   */
  #spoken: [string, boolean] | undefined;
  #aloud(text: string): boolean {
    if (this.#spoken?.[0] !== text) this.#spoken = [text, this.#seen() && speakOnce(text)];
    return this.#spoken[1];
  }

  /**
   * The error or empty state's message. An error is an alert, so a screen reader announces it,
   * unless it is not the one to (`#aloud`).
   */
  #message(kind: 'error' | 'empty', text: string): TemplateResult {
    return html`<p class="message ${kind}" part=${kind} role=${kind === 'error' && this.#aloud(text) ? 'alert' : nothing}>${text}</p>`;
  }

  /** Whether the element is drawn: it, or an element around it, is not `display: none` (`hidden`). */
  #seen(): boolean {
    try {
      return this.getClientRects().length > 0;
    } catch {
      // A page that broke getClientRects: announce, as before the check.
      return true;
    }
  }

  /**
   * The ready body, or the message shown instead (`ready` false). A bug in one section's rendering
   * must leave a readable message, not a broken page.
   */
  #renderSafely(ctx: RenderContext): { body: unknown; ready: boolean } {
    const instead = (kind: 'error' | 'empty', text: string) => ({ body: this.#message(kind, text), ready: false });
    try {
      if (ctx.indexError && (this.constructor as typeof RoleHubElement).requiresIndex) return instead('error', ctx.indexError);
      const least = this.leastListings;
      const tooFew = ctx.bundle.listings < least;
      const empty = tooFew
        ? `Too few ${ctx.role} listings to show reliable figures (${formatCount(ctx.bundle.listings, ctx.locale)}; at least ${formatCount(least, ctx.locale)} needed).`
        : this.emptyMessage(ctx);
      if (empty) return instead('empty', empty);
      return { body: this.renderReady(ctx), ready: true };
    } catch (error) {
      console.warn('role-hub: a section could not render its data.', error);
      return instead('error', UNSHOWN);
    }
  }

  #renderFooter({ bundle, locale }: RenderContext): unknown {
    if (this.noFooter) return nothing;
    const p = bundle.provenance;
    return html`<p class="footer" part="footer">
      Based on ${`${formatListings(bundle.listings, locale)} ${marketPhrase(bundle)}`} posted ${formatDate(p.window.from, locale)} –
      ${formatDate(p.window.to, locale)}${p.source ? html` · ${p.source}` : nothing} · built ${formatDate(p.generatedAt, locale)}
    </p>`;
  }
}

/**
 * Where the listings are: "in the United States"; for the all-markets view "from all markets (pay
 * pooled)" when it mixes several, or nothing when every listing is from one market.
 */
export function marketPhrase(bundle: RoleBundle): string {
  const m = bundle.market;
  if (m.key !== 'all') return inMarket(m.name);
  return m.pooled ? 'from all markets (pay pooled)' : '';
}
