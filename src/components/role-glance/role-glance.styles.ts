import { css } from 'lit';

export const roleGlanceStyles = css`
  .facts {
    display: grid;
    gap: calc(var(--_spacing) / 2);
  }
  .fact {
    position: relative;
    padding-inline-start: 1.1em;
    min-height: calc(var(--_row) * 2);
  }
  .fact::before {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    top: 0.6em;
    width: 0.4em;
    height: 0.4em;
    border-radius: 50%;
    background: var(--_accent);
  }
  .value {
    font-weight: 650;
  }
`;
