import { html, type PropertyValues, type TemplateResult } from 'lit';
import { bundleCheck, skillsCheck, payCheck, seniorityCheck, trendCheck } from '../../data/bundle/validate.js';
import { RoleHubElement, type RenderContext } from '../shared/role-hub-element.js';
import { faqEntries, faqJsonLd, type FaqEntry } from './faq-answers.js';
import { setScriptJson } from './json-ld.js';
import { roleFaqStyles } from './role-faq.styles.js';
import { roleTitleFromSlug } from './role-title.js';

/** Marks the JSON-LD scripts the element adds, so that a copy's stale one can be told apart. */
const SCHEMA_MARK = 'data-role-hub-schema';
/** The scripts live elements own: two FAQs may share a `schemaTarget`, and neither removes the other's. */
const OWNED = new WeakSet<Element>();

/**
 * "{Role} career FAQ": the four questions people ask about a role — how to become one, which skills
 * it needs, what it pays, and whether it is a good career — answered from the role's bundle, each
 * as a disclosure widget (`<details>`).
 *
 * With `emit-schema`, the element also puts schema.org FAQPage JSON-LD, with the same questions and
 * answers, in a `<script type="application/ld+json">` child in its light DOM, where crawlers read it.
 * The script follows the answers, and goes away with the attribute or the element. On pages that
 * enforce Trusted Types, allow the policy name `role-hub`.
 *
 * @summary The role's FAQ, answered from the data, with optional FAQPage JSON-LD.
 * @tag role-faq
 *
 * @attr emit-schema - Adds schema.org FAQPage JSON-LD as a light-DOM `<script type="application/ld+json">` child.
 *
 * @csspart base - The section wrapper.
 * @csspart heading - The section heading.
 * @csspart list - The list of questions.
 * @csspart item - One question with its answer (a `<details>`).
 * @csspart question - A question (the `<summary>`).
 * @csspart answer - An answer.
 * @csspart footer - The provenance line.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message.
 * @csspart empty - The empty-state message.
 *
 * @fires role-hub-load - The bundle arrived and was valid. Detail: `{ url, role }`.
 * @fires role-hub-error - The bundle could not be loaded or read. Detail: `{ url, status, reason, message }`.
 */
export class RoleFaq extends RoleHubElement {
  static override styles = [...RoleHubElement.styles, roleFaqStyles];
  static override bundleCheck = bundleCheck({ skills: skillsCheck, pay: payCheck, seniority: seniorityCheck, trend: trendCheck });

  static override properties = {
    ...RoleHubElement.properties,
    emitSchema: { type: Boolean, attribute: 'emit-schema' },
  };

  /** Adds FAQPage JSON-LD in the light DOM. */
  declare emitSchema: boolean;
  /**
   * Where the JSON-LD goes: this element by default. `<role-hub>` points it at itself, because
   * inside the hub's shadow root the script would be out of a crawler's reach.
   */
  schemaTarget: Element | null = null;

  /** The entries the last render showed; null when it showed no FAQ (loading, error, empty). */
  private shown: FaqEntry[] | null = null;
  private schemaScript: HTMLScriptElement | null = null;
  private schemaJson = '';

  constructor() {
    super();
    this.emitSchema = false;
  }

  protected headingText(_role: string, ctx?: RenderContext): string {
    const title = ctx?.bundle.role.title ?? roleTitleFromSlug(this.role);
    return title ? `${title} career FAQ` : 'Career FAQ';
  }

  protected override render(): TemplateResult {
    this.shown = null;
    return super.render();
  }

  protected renderReady({ bundle, locale }: RenderContext): TemplateResult {
    const entries = faqEntries(bundle, locale);
    this.shown = entries;
    return html`<div class="faq" part="list">
      ${entries.map(
        (e) =>
          html`<details class="item" part="item">
            <summary class="question" part="question">${e.question}</summary>
            <p class="answer" part="answer">${e.answer}</p>
          </details>`,
      )}
    </div>`;
  }

  protected renderSkeleton(): TemplateResult {
    return html`<div class="faq">
      ${[0, 1, 2, 3].map(
        () =>
          html`<div class="item">
            <span class="question"><span class="skeleton"></span></span>
          </div>`,
      )}
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncSchema();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeSchema();
  }

  /** Keeps the JSON-LD script equal to what is on show, or absent when nothing (or no schema) is. */
  private syncSchema(): void {
    const target = this.schemaTarget ?? this;
    // A copy of the element (cloneNode, innerHTML) comes with its original's script, which may
    // speak of another role by now and which no element owns: it goes.
    for (const child of Array.from(target.children)) if (child.hasAttribute(SCHEMA_MARK) && !OWNED.has(child)) child.remove();
    if (!this.emitSchema || !this.shown || !this.isConnected) {
      this.removeSchema();
      return;
    }
    const json = faqJsonLd(this.shown);
    if (this.schemaScript?.parentNode === target && json === this.schemaJson) return;
    const script = this.schemaScript ?? document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(SCHEMA_MARK, '');
    if (!setScriptJson(script, json)) {
      this.removeSchema();
      return;
    }
    this.schemaScript = script;
    OWNED.add(script);
    this.schemaJson = json;
    if (script.parentNode !== target) target.append(script);
  }

  private removeSchema(): void {
    if (this.schemaScript) OWNED.delete(this.schemaScript);
    this.schemaScript?.remove();
    this.schemaScript = null;
    this.schemaJson = '';
  }
}
