import type { Context } from '@lit/context';
import type { Theme } from './role-hub-element.js';

/**
 * What a `<role-hub>` shares with every section inside it: the data it loaded once for all of them
 * and the settings they show it with. The hub provides one value; each section (every
 * `RoleHubElement`) consumes it when it is placed inside a hub, so a new section gets everything
 * without the hub naming it. Outside a hub nobody provides it and a section loads on its own.
 *
 * @example
 * // In a section: nothing to write, the base class consumes it. By hand, elsewhere:
 * new ContextConsumer(this, { context: hubContext, subscribe: true, callback: (hub) => … });
 */
export interface HubContext {
  /** The role's slug. */
  role: string;
  /** The bundle the hub loaded, or `AWAITING_DATA` while it loads; given to the section as `data`. */
  data: unknown;
  /** The roles index, `INDEX_UNAVAILABLE` when it failed to load (only the other-roles list minds), or null. */
  index: unknown;
  /** The hub's market key, or null for the role's default market. The bundle names the market it describes. */
  market: string | null;
  /** The locale the hub formats in (its own attribute, else the page's); the sections format in it too. */
  locale: string;
  /**
   * The hub's theme. Sections keep none of their own (the hub draws the one card and hands its
   * colours down through the custom properties); it is here for a section that must know which.
   */
  theme: Theme | null;
  /** The level of the sections' headings: one below the hub's own. */
  headingLevel: number;
  /** Below this many listings a section shows its empty state: the hub's `min-listings`. */
  minListings: number;
  /** Whether skill names and role cards are buttons that fire `role-hub-select`: the hub's `pickable`. */
  pickable: boolean;
}

/**
 * The context's key. A string rather than a symbol: a page that loads role-hub twice (a script tag
 * and an npm copy) can end up with a hub from one copy and sections from the other, and a string
 * key still matches across them. No call at module level, so an unused import leaves nothing.
 */
export const hubContext = 'role-hub-context' as Context<'role-hub-context', HubContext>;
