import { css } from 'lit';

export const roleFaqStyles = css`
  .faq {
    display: grid;
  }
  .item {
    border-bottom: 1px solid var(--_border);
  }
  .item:first-child {
    border-top: 1px solid var(--_border);
  }
  .question {
    display: block;
    padding: calc(var(--_spacing) / 2) 0;
    font-weight: 650;
  }
  summary.question {
    display: list-item;
    cursor: pointer;
  }
  summary.question:hover {
    color: var(--_accent);
  }
  .answer {
    margin: 0 0 calc(var(--_spacing) * 0.75);
  }
  .skeleton {
    width: 70%;
  }
`;
