import { css } from 'lit';

export const relatedRolesStyles = css`
  .roles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: calc(var(--_spacing) / 2);
  }
  .role {
    min-width: 0;
  }
  .card {
    display: block;
    width: 100%;
    min-width: 0;
    padding: calc(var(--_spacing) / 2) calc(var(--_spacing) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: inherit;
    text-decoration: none;
  }
  a.card:hover,
  button.card:hover {
    border-color: var(--_accent);
    background: var(--_track);
  }
  .title,
  .meta {
    display: block;
  }
  .title {
    font-weight: 650;
  }
  a.card .title {
    color: var(--_accent);
  }
  .meta {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .skeleton {
    width: 60%;
  }
  .meta .skeleton {
    width: 80%;
  }
  @media (forced-colors: active) {
    a.card .title {
      color: LinkText;
    }
    a.card:hover,
    button.card:hover {
      border-color: Highlight;
    }
  }
`;
