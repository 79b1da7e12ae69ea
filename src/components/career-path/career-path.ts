import { html, nothing, type TemplateResult } from 'lit';
import { bundleCheck, roleCheck, skillsCheck, seniorityCheck } from '../../data/bundle/validate.js';
import { andList, formatCount, formatPercent } from '../shared/format.js';
import { clampLevel } from '../shared/heading.js';
import { RoleHubElement, type RenderContext } from '../shared/role-hub-element.js';
import { careerPathStyles } from './career-path.styles.js';
import { statedSeniority, type StatedSeniority } from '../shared/levels.js';

/** Skills listed as chips under the first step. */
export const STEP_ONE_SKILLS = 5;
/** Steps drawn while loading: every shipped role has four. */
const SKELETON_STEPS = 4;

/** Said instead of a body that needs a level, when the listings cannot point at one. */
function noLevelBody(s: StatedSeniority, listings: number, locale: string): string {
  if (s.stated * 2 > listings)
    return 'No single level leads among the {role} postings that state one, so aim at the level your experience matches.';
  if (s.stated === 0)
    return `None of the ${formatCount(listings, locale)} {role} postings states a seniority level, so aim at the level your experience matches.`;
  return `${formatCount(s.unstated, locale)} of the ${formatCount(listings, locale)} {role} postings do not state a seniority level, so aim at the level your experience matches.`;
}

/** One run of filled-in copy; `placeholder` names the placeholder it replaced, if any. */
export interface Segment {
  text: string;
  placeholder?: string;
}

/**
 * Fills `{name}` placeholders in `template` from `values`, as plain text segments (never markup,
 * so copy and names can never become HTML). A placeholder without a value stays as written. A value
 * that starts a sentence is capitalised ("{role} listings …" → "Backend engineer listings …").
 */
export function fillPlaceholders(template: string, values: ReadonlyMap<string, string>): Segment[] {
  const out: Segment[] = [];
  let before = '';
  for (const piece of template.split(/(\{[A-Za-z]+\})/)) {
    if (!piece) continue;
    const key = /^\{([A-Za-z]+)\}$/.exec(piece)?.[1];
    const value = key === undefined ? undefined : values.get(key);
    if (value === undefined) {
      out.push({ text: piece });
    } else {
      const startsSentence = /(?:^|[.!?]\s+)$/.test(before);
      out.push({ text: startsSentence ? value.charAt(0).toUpperCase() + value.slice(1) : value, placeholder: key });
    }
    before += out.at(-1)?.text ?? '';
  }
  return out;
}

/**
 * "The path in": the role's steps from where a reader is to a first job. The copy comes from the
 * bundle with its placeholders filled from the data: `{role}`, `{level}` (the level most of the
 * listings that state one name), `{levelShare}` (its share of those listings) and `{skills}` (the
 * top three skills). A level is named only when most listings state one (`statedSeniority`).
 * The first step also lists the top five skills, each a button that fires `role-hub-select` with `pickable`.
 *
 * @summary The role's steps in, filled in from the listings.
 * @tag career-path
 *
 * @csspart base - The section wrapper.
 * @csspart heading - The section heading.
 * @csspart intro - The sentence under the heading.
 * @csspart list - The ordered list of steps.
 * @csspart step - One step.
 * @csspart number - The step's number.
 * @csspart step-title - The step's title.
 * @csspart step-body - The step's copy.
 * @csspart value - A figure inside the copy (the level's share).
 * @csspart skills - The list of top skills under the first step.
 * @csspart skill - One skill (a button with `pickable`).
 * @csspart footer - The provenance line.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message.
 * @csspart empty - The empty-state message.
 *
 * @fires role-hub-select - A skill was picked (with `pickable`). Detail: `{ kind: 'skill', value }`.
 * @fires role-hub-load - The bundle arrived and was valid. Detail: `{ url, role }`.
 * @fires role-hub-error - The bundle could not be loaded or read. Detail: `{ url, status, reason, message }`.
 */
export class CareerPath extends RoleHubElement {
  static override styles = [...RoleHubElement.styles, careerPathStyles];
  static override bundleCheck = bundleCheck({ role: roleCheck, skills: skillsCheck, seniority: seniorityCheck });

  protected headingText(): string {
    return 'The path in';
  }

  protected override introText(role: string): string {
    return `A practical route from where you are to a first ${role} role.`;
  }

  protected override emptyMessage({ bundle, role }: RenderContext): string | null {
    return bundle.role.path.length === 0 ? `There is no path-in guide for ${role} roles yet.` : null;
  }

  protected renderReady({ bundle, locale, role }: RenderContext): TemplateResult {
    const top = bundle.skills.slice(0, STEP_ONE_SKILLS);
    const seniority = statedSeniority(bundle.seniority, bundle.listings);
    const level = seniority.advise ? seniority.top : null;
    const values = new Map<string, string>([
      ['role', role],
      ['skills', top.length ? andList(top.slice(0, 3).map((s) => s.name)) : 'the skills employers list most'],
    ]);
    if (level) {
      values.set('level', level.level); // the slug reads as the word: "at the senior level"
      values.set('levelShare', formatPercent(level.count / seniority.stated, locale));
    }
    // Step titles sit one level under the section heading.
    const titleLevel = Math.min(6, clampLevel(this.headingLevel) + 1);
    return html`<ol class="steps" part="list">
      ${bundle.role.path.map((step, i) => {
        const body = !level && /\{(?:level|levelShare)\}/.test(step.body) ? noLevelBody(seniority, bundle.listings, locale) : step.body;
        return html`<li class="step" part="step">
          <span class="number value" part="number" aria-hidden="true">${formatCount(i + 1, locale)}</span>
          <div class="content">
            <p class="title" part="step-title" role="heading" aria-level=${titleLevel}>${step.title}</p>
            <p class="body" part="step-body">
              ${fillPlaceholders(body, values).map((s) =>
                s.placeholder === 'levelShare' && level
                  ? html`<strong class="value" part="value">${s.text}</strong
                      >${` (${formatCount(level.count, locale)} of ${formatCount(seniority.stated, locale)})`}`
                  : s.text,
              )}
            </p>
            ${
              i === 0 && top.length
                ? html`<ul class="chips" part="skills" aria-label="Top skills">
                    ${top.map(
                      (skill) =>
                        html`<li>
                          ${this.pick('skill', skill.name, html`<span class="chip-label">${skill.name}</span>`, 'chip', 'skill')}
                        </li>`,
                    )}
                  </ul>`
                : nothing
            }
          </div>
        </li>`;
      })}
    </ol>`;
  }

  protected renderSkeleton(): TemplateResult {
    const steps = Array.from({ length: SKELETON_STEPS }, (_, i) => i);
    const chips = Array.from({ length: STEP_ONE_SKILLS }, (_, i) => i);
    return html`<ol class="steps">
      ${steps.map(
        (i) =>
          html`<li class="step">
            <span class="number"></span>
            <div class="content">
              <p class="title"><span class="skeleton title-line"></span></p>
              <p class="body"><span class="skeleton"></span> <span class="skeleton short"></span></p>
              ${
                i === 0
                  ? html`<ul class="chips">
                      ${chips.map(() => html`<li><span class="skeleton"></span></li>`)}
                    </ul>`
                  : nothing
              }
            </div>
          </li>`,
      )}
    </ol>`;
  }
}
