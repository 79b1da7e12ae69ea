import { html, type TemplateResult } from 'lit';
import type { RoleIndexEntry } from '../../data/bundle/types.js';
import { bundleCheck, roleCheck, validateIndex } from '../../data/bundle/validate.js';
import { emit } from '../shared/events.js';
import { formatCount, formatListings, formatMoney } from '../shared/format.js';
import { RoleHubElement, type RenderContext } from '../shared/role-hub-element.js';
import { pickRelated } from './pick-related.js';
import { relatedRolesStyles } from './related-roles.styles.js';
import { roleHref } from './role-href.js';
import { inMarket } from '../shared/in-market.js';
import { salaries, salaryNoun } from '../shared/salary-words.js';
import { countSetting } from '../shared/count-setting.js';

const DEFAULT_LIMIT = 6;

/** More cards than this is a directory, not a suggestion; it also bounds the loading placeholder. */
const MAX_LIMIT = 48;

/**
 * "United States", or "all markets" for a role whose default view is every market: the market an
 * index entry's listings and median describe, named as the index names it ("its main market" if the
 * index lists no name for it, never a bare key).
 */
function marketName(entry: RoleIndexEntry): string {
  if (entry.market === 'all') return 'in all markets';
  const name = entry.markets.find((m) => m.key === entry.market)?.name;
  return name ? inMarket(name) : 'in its main market';
}

/**
 * "Explore other career paths": other roles from the roles index (`index.json`) with their listing
 * count and median salary (with the count of salaries it rests on), in the market the index gives
 * them for (each role's default market, named on its card, whatever market the page is about).
 * The bundle's related roles come first, then the busiest other roles.
 *
 * With `href-template` each role is a link (e.g. `/careers/{slug}`); without one, or when the
 * template does not make a web link, each role is a button with `pickable`, else text. Links and
 * buttons fire `role-hub-select`; on a link, calling `preventDefault()` on that event cancels the
 * navigation (for client-side routing).
 *
 * @summary Other roles to explore, with their median pay.
 * @tag related-roles
 *
 * @attr limit - How many roles to show (default 6).
 * @attr href-template - A link per role, with `{slug}` replaced by the role's slug, e.g. `/careers/{slug}`.
 *
 * @csspart base - The section wrapper.
 * @csspart heading - The section heading.
 * @csspart list - The list of roles.
 * @csspart item - One role.
 * @csspart link - A role's link (with `href-template`).
 * @csspart button - A role's button (with `pickable`, without a usable `href-template`).
 * @csspart card - A role as text (neither `pickable` nor a usable `href-template`).
 * @csspart label - A role's title.
 * @csspart market - The line with a role's listing count and the market its figures describe ("6,316 listings in the United States").
 * @csspart value - A role's median salary and the salaries it rests on.
 * @csspart count - A role's listing count.
 * @csspart footer - The provenance line.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message.
 * @csspart empty - The empty-state message.
 *
 * @fires role-hub-select - A role was picked. Detail: `{ kind: 'role', value: slug }`. Cancelable: cancelling stops a link's navigation.
 * @fires role-hub-load - The bundle and the roles index arrived and were valid. Detail: `{ url, role }`.
 * @fires role-hub-error - The bundle or the index could not be loaded or read. Detail: `{ url, status, reason, message }`.
 */
export class RelatedRoles extends RoleHubElement {
  static override styles = [...RoleHubElement.styles, relatedRolesStyles];
  static override bundleCheck = bundleCheck({ role: roleCheck });
  static override indexCheck = validateIndex;
  static override requiresIndex = true;

  static override properties = {
    ...RoleHubElement.properties,
    limit: { type: Number },
    hrefTemplate: { attribute: 'href-template' },
  };

  /** How many roles to show, at most 48; 6 when not a number or under 1. */
  declare limit: number;
  /** A link per role, `{slug}` replaced by the encoded slug; only http(s) or relative results are used. */
  declare hrefTemplate: string | null;

  constructor() {
    super();
    this.limit = DEFAULT_LIMIT;
    this.hrefTemplate = null;
  }

  private get rows(): number {
    return countSetting(this.limit, DEFAULT_LIMIT, MAX_LIMIT);
  }

  protected headingText(): string {
    return 'Explore other career paths';
  }

  private others({ bundle, index }: RenderContext): RoleIndexEntry[] {
    return pickRelated(index, bundle.role.slug, bundle.role.related, this.rows);
  }

  protected override emptyMessage(ctx: RenderContext): string | null {
    return this.others(ctx).length === 0 ? 'There are no other roles to compare with yet.' : null;
  }

  protected renderReady(ctx: RenderContext): TemplateResult {
    return html`<ul class="roles" part="list">
      ${this.others(ctx).map((entry) => html`<li class="role" part="item">${this.renderRole(entry, ctx.locale)}</li>`)}
    </ul>`;
  }

  private renderRole(entry: RoleIndexEntry, locale: string): TemplateResult {
    // The index's figures are each role's default market's, whatever market this page is about, so
    // the card names that market beside the count, which comes first so that a narrow card cuts the
    // market's name, never the count. The median rests on the salaries stated, a number of its
    // own, so it has a line of its own rather than sitting beside the listings as if of them; an
    // index of schema 2.0 does not give that number. The line is short, so it names the basis only
    // when it is not the default, yearly salaries. No median means no usable salary or too few
    // for a figure, not no pay at all (hourly pay may be stated).
    const { medianPay, currency, salaries: n, basis } = entry;
    const pay =
      medianPay !== null && currency
        ? `${formatMoney(medianPay, currency, locale)} median ${n === null ? 'salary' : `of ${formatCount(n, locale)} ${basis === 'all' ? salaries(n, basis) : salaryNoun(n)}`}`
        : 'No salary figure';
    const content = html`<span class="title truncate" part="label">${entry.title}</span>
      <span class="meta truncate" part="market"
        ><span part="count">${formatListings(entry.listings, locale)}</span>${` ${marketName(entry)}`}</span
      >
      <span class="meta truncate" part="value">${pay}</span>`;
    const href = roleHref(this.hrefTemplate, entry.slug);
    if (href === null) {
      return this.pick('role', entry.slug, content, 'card', 'button', 'card');
    }
    return html`<a class="card" part="link" href=${href} @click=${(e: MouseEvent) => this.onLinkClick(e, entry.slug)}>${content}</a>`;
  }

  private select(slug: string): boolean {
    return emit(this, 'role-hub-select', { kind: 'role', value: slug });
  }

  /**
   * A plain activation (click, or Enter on the focused link) is a pick; a listener that cancels it
   * takes over the navigation. Opening in a new tab or window (modifier keys, middle button) is left
   * to the browser untouched.
   */
  private onLinkClick(e: MouseEvent, slug: string): void {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (!this.select(slug)) e.preventDefault();
  }

  protected renderSkeleton(): TemplateResult {
    return html`<ul class="roles">
      ${Array.from(
        { length: this.rows },
        () =>
          html`<li class="role">
            <span class="card">
              <span class="title"><span class="skeleton"></span></span>
              <span class="meta"><span class="skeleton"></span></span>
              <span class="meta"><span class="skeleton"></span></span>
            </span>
          </li>`,
      )}
    </ul>`;
  }
}
