import { css } from 'lit';

/*
 * One line per skill on a fixed grid (name, sparkline, share, change), two lines below 25em
 * (name and share, then sparkline and change), three below 16em (the change on its own). Every cell is one line, so the loading skeleton on
 * the same grid takes exactly the ready height. The switch is in em, like the columns: the fixed
 * columns take 19.5em, so with a large page font a px width would leave the names no room.
 */
export const skillTrendStyles = css`
  .rows {
    display: grid;
    gap: calc(var(--_spacing) / 3);
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 8em) minmax(3em, 1fr) 3.5em 11.5em;
    grid-template-areas: 'name spark share change';
    align-items: center;
    column-gap: calc(var(--_spacing) / 2);
    min-height: var(--_row);
  }
  .name {
    grid-area: name;
    display: block;
    justify-self: start;
    max-width: 100%;
  }
  button.name:hover {
    text-decoration: underline;
  }
  .sparkline {
    grid-area: spark;
    width: 100%;
    height: 1.5em;
  }
  .spark {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .spark-base {
    stroke: var(--_border);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .spark-dot {
    stroke: var(--_accent);
    stroke-width: 6;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .share {
    grid-area: share;
    justify-self: end;
    text-align: end;
    white-space: nowrap;
    font-weight: 650;
  }
  .change {
    grid-area: change;
    font-size: 0.875em;
    white-space: nowrap;
  }
  .arrow {
    font-weight: 700;
    font-size: 1.15em;
    line-height: 1;
  }
  .arrow.up {
    color: var(--_positive);
  }
  .arrow.down {
    color: var(--_negative);
  }
  .note {
    margin: calc(var(--_spacing) * 0.75) 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }

  @container (width < 25em) {
    .row {
      grid-template-columns: minmax(0, 1fr) 10.5em;
      grid-template-areas: 'name share' 'spark change';
      row-gap: 0.125em;
    }
    .change {
      justify-self: end;
    }
  }
  /* Narrower still (a phone with a large page font, a thin sidebar): the change takes a third line
     of its own, so the name keeps the width its share leaves. */
  @container (width < 16em) {
    .row {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'name share' 'spark spark' 'change change';
    }
    .change {
      justify-self: start;
    }
  }
`;
