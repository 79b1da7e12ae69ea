import { css } from 'lit';

/**
 * Tokens and resets shared by every element.
 *
 * Public custom properties (`--role-hub-*`) are read once, into private `--_*` variables with
 * defaults, so each element's own styles only ever use the private names.
 *
 * By default a widget follows the page: it borrows the font family, the font size and the text
 * colour, draws no background, and mixes its accent, rise and fall colours with the page's text
 * colour (35% of it), so they keep at least 4.5:1 against whatever background makes that text
 * readable: darker on a light page, lighter on a dark one, whether the page follows the reader's
 * `prefers-color-scheme` or sets its own `color-scheme`. Sizes are in em, so the page's font size
 * scales the whole widget. `theme="light|dark"` switches to an opaque card with its own colours;
 * `theme="auto"` does the same but follows the page's `color-scheme` (as declared on any
 * ancestor or by a `<meta name="color-scheme">`, and as it changes), else the reader's
 * `prefers-color-scheme`, through `light-dark()`.
 *
 * The `.root` wrapper resets every inherited text property a host stylesheet can reach through the
 * host element (`* { line-height: 3; text-transform: uppercase }` and the like) and sets the
 * direction its English copy reads in, so the widget keeps its layout on any page.
 */
export const themeStyles = css`
  :host {
    display: block;
    contain: layout style;
    container-type: inline-size;
    /* A size container has no width of its own to offer: in a flex row, a float, a table cell or a
       dialog, which size a box by its content, it would be 0 px wide. There it takes 20em, or on a
       phone the screen less a margin. */
    contain-intrinsic-inline-size: min(20em, 100vw - 2rem);
    min-width: 0;
    box-sizing: border-box;
    /* The copy and the charts run left to right, on a page of vertical text too. */
    writing-mode: horizontal-tb;
    --_accent: var(--role-hub-accent, color-mix(in srgb, #2563eb 65%, currentColor));
    --_text: var(--role-hub-text, currentColor);
    --_muted: var(--role-hub-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_surface: var(--role-hub-surface, transparent);
    --_border: var(--role-hub-border, color-mix(in srgb, currentColor 18%, transparent));
    --_track: var(--role-hub-track, color-mix(in srgb, var(--_accent) 14%, transparent));
    --_positive: var(--role-hub-positive, color-mix(in srgb, #16a34a 65%, currentColor));
    --_negative: var(--role-hub-negative, color-mix(in srgb, #dc2626 65%, currentColor));
    --_font: var(--role-hub-font, inherit);
    --_font-size: var(--role-hub-font-size, 1em);
    --_radius: var(--role-hub-radius, 0.5em);
    --_spacing: var(--role-hub-spacing, 1em);
    /* A line: 1.5em where it is used, inside the card, whose font size is already --_font-size.
       Not calc(var(--_font-size) * 1.5): a relative size (1.25em, 125%) would apply again there,
       or, as a percentage, become one of a height. */
    --_row: 1.5em;
    --_pulse: role-hub-pulse 1.6s ease-in-out infinite;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']),
  :host([theme='dark']),
  :host([theme='auto']) {
    --_accent: var(--role-hub-accent, light-dark(#1d4ed8, #8ab4ff));
    --_text: var(--role-hub-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--role-hub-muted, light-dark(#57606a, #9da7b3));
    --_surface: var(--role-hub-surface, light-dark(#fff, #161b22));
    --_border: var(--role-hub-border, light-dark(#d0d7de, #30363d));
    --_positive: var(--role-hub-positive, light-dark(#1a7f37, #56d364));
    --_negative: var(--role-hub-negative, light-dark(#cf222e, #ff7b72));
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  /* On the card, not the host: the host keeps the page's own scheme for the probe below to read. */
  :host([theme='auto']) .root {
    color-scheme: var(--_page-scheme, light dark);
  }
  /* theme="auto": an empty mark in the page's scheme. Its colour changes, with a transition, when the
     page's scheme does (a dark-mode toggle on any ancestor, a meta tag), which tells the element. */
  .scheme-probe {
    position: absolute;
    visibility: hidden;
    color: light-dark(#000, #fff);
    /* Important, to outlast reduced motion's rule below: a 1ms change of an invisible mark moves
       nothing a reader sees, and without it theme="auto" would not hear the page. */
    transition: color 1ms !important;
  }
  /* Drawn anew (first shown, shown again after display: none, moved) it runs a transition too: a
     change made while the element was not drawn is read then. */
  @starting-style {
    .scheme-probe {
      color: transparent;
    }
  }

  .root {
    color: var(--_text);
    background: var(--_surface);
    /* The shorthand resets every font longhand a page can reach the widget with (weight, style,
       variant, stretch, kerning, features, size-adjust…); family and size then come from the tokens. */
    font: 16px/1.5 serif;
    font-family: var(--_font);
    font-size: var(--_font-size);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    /* More inherited text properties that change glyph widths or line breaks (found by the e2e hostile-CSS test). */
    word-break: normal;
    line-break: auto;
    hyphens: manual;
    text-wrap-style: auto;
    text-align-last: auto;
    text-emphasis: none;
    /* The copy is English: a right-to-left page would move its full stops and mirror its rows. */
    direction: ltr;
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  :host([theme]) .root {
    padding: var(--_spacing);
    border: 1px solid var(--_border);
  }
  /* What the card's padding and border take of the element's width, for content sized from it. */
  :host([theme]) {
    --_inset: calc(var(--_spacing) * 2 + 2px);
  }
  .root,
  .root *,
  .root ::before,
  .root ::after {
    box-sizing: border-box;
  }
  /* A page without a doctype (quirks mode) gives tables the browser's medium text and normal
     line height; in the widget they follow it, as everything else does. */
  table {
    font: inherit;
    color: inherit;
    white-space: inherit;
  }

  .heading {
    margin: 0 0 calc(var(--_spacing) / 4);
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 650;
  }
  .intro {
    margin: 0 0 calc(var(--_spacing) * 0.75);
    color: var(--_muted);
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .value {
    font-variant-numeric: tabular-nums;
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* Stands in, in a loading state, for text that arrives with the data (a week label, a minimum):
     takes its room, shows nothing. */
  .placeholder {
    visibility: hidden;
  }
  .truncate {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    min-width: 0;
  }

  /* States. The loading skeleton mirrors the ready layout row for row, so nothing moves on arrival. */
  .skeleton {
    display: inline-block;
    height: 0.8em;
    width: 100%;
    vertical-align: middle;
    border-radius: 4px;
    background: var(--_border);
  }
  /* One pulse per widget, on the placeholder block rather than on each of its dozens of bars: the
     browser recomputes the style of every animated element each frame, and fifty widgets' bars
     cost it more than drawing the widgets themselves (measured in bench/page). */
  .loading {
    animation: var(--_pulse);
  }
  @keyframes role-hub-pulse {
    50% {
      opacity: 0.45;
    }
  }
  .message {
    margin: 0;
    padding: calc(var(--_spacing) * 0.75) 0;
    color: var(--_muted);
  }

  .footer {
    margin: calc(var(--_spacing) * 0.75) 0 0;
    font-size: 0.8em;
    color: var(--_muted);
  }
  /* The provenance line (130–160 characters) wraps to two lines in a blog column, sooner in a wide
     page font. Its placeholder and the line itself keep the room it takes at each width (one line
     only in wide containers, up to four in the narrowest), so the text arriving moves nothing.
     Three lines from 28em down: the all-markets view's line ("from all markets (pay pooled)")
     takes three up to about 27.5em. */
  .footer {
    min-height: 3em;
  }
  @container (width >= 56em) {
    .footer {
      min-height: 1.5em;
    }
  }
  @container (width < 28em) {
    .footer {
      min-height: 4.5em;
    }
  }
  @container (width < 18.5em) {
    .footer {
      min-height: 6em;
    }
  }

  /* A button reads as the text around it: no box, the same font and colour. */
  button {
    all: unset;
    display: inline-block;
    cursor: pointer;
  }
  :is(button, a, summary):focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  a {
    color: var(--_accent);
  }

  @media print {
    /* Paper is white and the browser leaves out backgrounds: a dark card prints in its light colours. */
    :host([theme]),
    :host([theme='auto']) .root {
      color-scheme: light;
    }
    /* A row, a card or a chart stays whole, with its figures and their n; a heading stays with them. */
    li,
    tr,
    figure,
    svg,
    .card {
      break-inside: avoid;
    }
    .heading {
      break-after: avoid;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    /* Over a theme's colours too: [theme] outranks a bare :host. */
    :host,
    :host([theme]) {
      --_accent: Highlight;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_track: Canvas;
      --_positive: CanvasText;
      --_negative: CanvasText;
    }
    .skeleton {
      background: GrayText;
    }
  }
`;
