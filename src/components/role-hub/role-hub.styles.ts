import { css } from 'lit';

export const roleHubStyles = css`
  /*
   * The sections carry no theme of their own: they take their colours from the hub. Text colour
   * inherits; the theme's private colours are handed down through the public properties the
   * sections read, so a dark hub gets dark-theme accents all the way down. Surfaces stay
   * transparent inside: the hub draws the one card.
   */
  .root {
    --role-hub-accent: var(--_accent);
    --role-hub-text: var(--_text);
    --role-hub-muted: var(--_muted);
    --role-hub-border: var(--_border);
    --role-hub-track: var(--_track);
    --role-hub-positive: var(--_positive);
    --role-hub-negative: var(--_negative);
    /* The hub has already taken the page's size: a relative one (1.25em, 125%) applied again in
       each section would compound. */
    --role-hub-font-size: 1em;
  }
  .heading {
    font-size: 1.6em;
  }
  /* The title ("How to become a Data Analyst" … "a Machine Learning Engineer") takes one line or
     two in a narrow hub depending on the role: there every role keeps two lines (three in the
     narrowest), so the hub's loading height is the same for all and the loading stylesheet
     (role-hub-loading.css), which cannot know the role, holds it before the module runs. */
  @container (width < 34em) {
    .heading {
      min-height: 2.6em;
    }
  }
  @container (width < 18em) {
    .heading {
      min-height: 3.9em;
    }
  }
  .sections {
    display: grid;
    gap: calc(var(--_spacing) * 2);
    margin-top: var(--_spacing);
  }
  .sections > * {
    min-width: 0;
  }
  .intro-placeholder {
    display: grid;
    align-content: start;
    margin: 0 0 calc(var(--_spacing) * 0.75);
  }
  /* The market line: one line kept while loading, two where a pooled mix wraps in a narrow hub. */
  .market {
    margin: 0 0 calc(var(--_spacing) * 0.75);
    color: var(--_muted);
    font-size: 0.875em;
    min-height: calc(var(--_row) * 0.875);
  }
  .market .skeleton {
    width: 40%;
  }
  .intro-placeholder .skeleton:last-child {
    width: 60%;
  }
  /* A role's description runs to 200–290 characters: the lines the longest takes at the hub's width
     are kept while loading, so it does not push the sections down when it arrives. The widths are in
     em, where a line holds the same text whatever the font size (measured in Georgia-like serifs at
     16–20 px and a wide sans at 16 px). */
  .intro,
  .intro-placeholder {
    min-height: calc(var(--_row) * 3);
  }
  @container (width < 45em) {
    .intro,
    .intro-placeholder {
      min-height: calc(var(--_row) * 4);
    }
  }
  @container (width < 32em) {
    .intro,
    .intro-placeholder {
      min-height: calc(var(--_row) * 5);
    }
  }
  @container (width < 27em) {
    .intro,
    .intro-placeholder {
      min-height: calc(var(--_row) * 6);
    }
  }
  @container (width < 22em) {
    .intro,
    .intro-placeholder {
      min-height: calc(var(--_row) * 7);
    }
  }
  @container (width < 19em) {
    .intro,
    .intro-placeholder {
      min-height: calc(var(--_row) * 8);
    }
  }
  @container (width < 16em) {
    .intro,
    .intro-placeholder {
      min-height: calc(var(--_row) * 9);
    }
  }
`;
