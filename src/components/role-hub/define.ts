// The hub shows every section, so registering it registers them all (each behind the same guard).
import '../role-glance/define.js';
import '../skill-ranking/define.js';
import '../career-path/define.js';
import '../skill-pay/define.js';
import '../seniority-breakdown/define.js';
import '../salary-band/define.js';
import '../skill-trend/define.js';
import '../related-roles/define.js';
import '../role-faq/define.js';
import { defineElement } from '../shared/define-element.js';
import { RoleHub } from './role-hub.js';

defineElement('role-hub', RoleHub);

declare global {
  interface HTMLElementTagNameMap {
    'role-hub': RoleHub;
  }
}

export { RoleHub };
