import { defineElement } from '../shared/define-element.js';
import { RelatedRoles } from './related-roles.js';

defineElement('related-roles', RelatedRoles);

declare global {
  interface HTMLElementTagNameMap {
    'related-roles': RelatedRoles;
  }
}

export { RelatedRoles };
