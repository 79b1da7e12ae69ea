import { css } from 'lit';

/*
 * A real table, so a screen reader announces "Senior, share of listings, 71%". Every row is one
 * text line with fixed padding, and the skeleton is the same table, so loading and ready heights
 * match. Below 400 px the bar leaves its cell and runs under the whole row (the row is its
 * containing block), which frees the width the text needs without wrapping it.
 */
export const seniorityBreakdownStyles = css`
  /* The sentence under the heading names the role ("How these machine learning engineer listings
     break down…", 94–109 characters), so it wraps to one line more for some roles than others at
     the same width. It keeps the lines of the longest role name, so the loading height is the same
     for every role and the loading stylesheet (role-hub-loading.css), which cannot know the role,
     holds it. The widths are in em: a line holds the same text whatever the font size. */
  .intro {
    min-height: calc(var(--_row) * 2);
  }
  @container (width >= 52em) {
    .intro {
      min-height: var(--_row);
    }
  }
  @container (width < 24em) {
    .intro {
      min-height: calc(var(--_row) * 3);
    }
  }
  @container (width < 16em) {
    .intro {
      min-height: calc(var(--_row) * 4);
    }
  }
  /* Large text in a narrow column can still outgrow the narrowest layout below: the table then
     scrolls sideways inside the element, where the counts can be reached, rather than running past
     its edge (the host contains its layout, so the page would not scroll to them). Chromium and
     Firefox let the keyboard focus a scroller with nothing focusable inside; Safari does not, but
     a tabindex would add a tab stop to every table that never scrolls. */
  .fit {
    overflow-x: auto;
  }
  .levels {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  thead th {
    padding: 0;
  }
  /* Line height (1.5) and middle alignment come from the root and the table's defaults. */
  tbody th,
  tbody td {
    padding: calc(var(--_spacing) / 8) 0;
    white-space: nowrap;
  }
  tbody tr {
    position: relative;
  }
  .label {
    width: 1%;
    font-weight: 400;
    text-align: start;
  }
  .share {
    padding-inline: calc(var(--_spacing) / 2) !important;
  }
  .share-cell {
    display: flex;
    align-items: center;
    gap: calc(var(--_spacing) / 2);
  }
  .bar {
    display: block;
    flex: 1 1 auto;
    /* Width 0 to grow from: an svg without one asks for 300 px, which the table would give its
       column and push the counts past the element's edge between about 400 and 540 px. */
    width: 0;
    min-width: 0;
    height: 0.625em;
  }
  .track {
    fill: var(--_track);
  }
  .fill {
    fill: var(--_accent);
  }
  .share .value {
    flex: none;
    width: 3.5em;
    text-align: end;
  }
  .count {
    width: 1%;
    text-align: end;
  }
  .skeleton.label-line {
    width: 5.5em;
  }
  .skeleton.bar-line {
    flex: 1 1 auto;
    width: auto;
  }
  .skeleton.count-line {
    width: 6em;
  }

  @container (max-width: 400px) {
    tbody th,
    tbody td {
      padding-bottom: calc(0.5em + var(--_spacing) / 4);
    }
    .bar,
    .skeleton.bar-line {
      position: absolute;
      inset-inline: 0;
      bottom: calc(var(--_spacing) / 8);
      width: 100%;
      height: 0.5em;
    }
  }

  /* In the narrowest columns the count keeps its number and drops the word: the column's header
     (read out with every cell) still says these are listings. In em, as the row's text is: with
     large text the word goes at a wider column (17em is 272 px at 16 px). Rows keep their height. */
  @container (max-width: 17em) {
    .unit {
      display: none;
    }
    .skeleton.count-line {
      width: 3em;
    }
  }

  @media (forced-colors: active) {
    .track {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1px;
    }
    .fill {
      fill: Highlight;
    }
  }
`;
