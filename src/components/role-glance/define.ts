import { defineElement } from '../shared/define-element.js';
import { RoleGlance } from './role-glance.js';

defineElement('role-glance', RoleGlance);

declare global {
  interface HTMLElementTagNameMap {
    'role-glance': RoleGlance;
  }
}

export { RoleGlance };
