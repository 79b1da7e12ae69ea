import { html, type TemplateResult } from 'lit';
import { scaleLinear } from 'd3-scale';
import { SENIORITY_LEVELS } from '../../data/bundle/types.js';
import { bundleCheck, seniorityCheck } from '../../data/bundle/validate.js';
import { pct } from '../shared/chart/scale.js';
import { formatCount, formatPercent } from '../shared/format.js';
import { LEVEL_LABELS } from '../shared/levels.js';
import { RoleHubElement, type RenderContext } from '../shared/role-hub-element.js';
import { seniorityBreakdownStyles } from './seniority-breakdown.styles.js';

/**
 * "Where you will start": how the role's listings split by seniority. One row per level in career
 * order — all seven, zero counts included, so the layout is the same for every role — with a bar,
 * the share of listings as a whole percentage and the listing count.
 *
 * @summary The role's listings by seniority level.
 * @tag seniority-breakdown
 *
 * @csspart base - The section wrapper.
 * @csspart heading - The section heading.
 * @csspart intro - The sentence under the heading.
 * @csspart table - The table of levels.
 * @csspart row - One level's row.
 * @csspart label - The level's name.
 * @csspart bar - The bar's SVG.
 * @csspart value - The share of listings, as a percentage.
 * @csspart count - The number of listings.
 * @csspart footer - The provenance line.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message.
 * @csspart empty - The empty-state message.
 *
 * @fires role-hub-load - The bundle arrived and was valid. Detail: `{ url, role }`.
 * @fires role-hub-error - The bundle could not be loaded or read. Detail: `{ url, status, reason, message }`.
 */
export class SeniorityBreakdown extends RoleHubElement {
  static override styles = [...RoleHubElement.styles, seniorityBreakdownStyles];
  static override bundleCheck = bundleCheck({ seniority: seniorityCheck });

  protected headingText(): string {
    return 'Where you will start';
  }

  protected override introText(role: string): string {
    // The listings may be months or years old (the footer gives their dates), so the sentence
    // speaks of these listings, not of current ones or openings now.
    return `How these ${role} listings break down by seniority — a sense of where the openings were.`;
  }

  protected override emptyMessage({ bundle, role }: RenderContext): string | null {
    return bundle.seniority.every((s) => s.count === 0) ? `These ${role} listings carry no seniority information.` : null;
  }

  protected renderReady({ bundle, locale }: RenderContext): TemplateResult {
    // The levels split the whole set of listings, so each bar is drawn against all of them ([0, 1]):
    // the track is every listing and the fill is this level's part of it.
    const x = scaleLinear().domain([0, 1]).range([0, 100]).clamp(true);
    return this.table(
      SENIORITY_LEVELS.map((level) => {
        const count = bundle.seniority.find((s) => s.level === level)?.count ?? 0;
        const share = count / bundle.listings;
        return html`<tr class="row" part="row">
          <th scope="row" class="label" part="label">${LEVEL_LABELS[level]}</th>
          <td class="share">
            <div class="share-cell">
              <svg class="bar" part="bar" aria-hidden="true">
                <rect class="track" width="100%" height="100%"></rect>
                <rect class="fill" width=${pct(x(share))} height="100%"></rect>
              </svg>
              <span class="value" part="value">${formatPercent(share, locale)}</span>
            </div>
          </td>
          <td class="count value" part="count">
            ${formatCount(count, locale)}<span class="unit">${` ${count === 1 ? 'listing' : 'listings'}`}</span>
          </td>
        </tr>`;
      }),
    );
  }

  protected renderSkeleton(): TemplateResult {
    return this.table(
      SENIORITY_LEVELS.map(
        () =>
          html`<tr class="row">
            <th class="label"><span class="skeleton label-line"></span></th>
            <td class="share">
              <div class="share-cell"><span class="skeleton bar-line"></span><span class="skeleton value"></span></div>
            </td>
            <td class="count"><span class="skeleton count-line"></span></td>
          </tr>`,
      ),
    );
  }

  /** The table around the rows, the same for the skeleton and the data so both take one height. */
  private table(rows: TemplateResult[]): TemplateResult {
    return html`<div class="fit">
      <table class="levels" part="table">
        <caption class="visually-hidden">
          Listings by seniority level
        </caption>
        <thead>
          <tr>
            <th scope="col"><span class="visually-hidden">Level</span></th>
            <th scope="col"><span class="visually-hidden">Share of listings</span></th>
            <th scope="col"><span class="visually-hidden">Listings</span></th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>`;
  }
}
