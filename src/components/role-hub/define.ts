// The hub shows every section of its table, so registering it registers them all (each behind the
// same guard: a section registered already, by its own define module or another copy, stays as is).
import { defineElement } from '../shared/define-element.js';
import { RoleHub } from './role-hub.js';
import { HUB_SECTION_TABLE } from './sections.js';

for (const { tag, element } of HUB_SECTION_TABLE) defineElement(tag, element);
defineElement('role-hub', RoleHub);

declare global {
  interface HTMLElementTagNameMap {
    'role-hub': RoleHub;
  }
}

export { RoleHub };
