import { defineElement } from '../shared/define-element.js';
import { SkillTrend } from './skill-trend.js';

defineElement('skill-trend', SkillTrend);

declare global {
  interface HTMLElementTagNameMap {
    'skill-trend': SkillTrend;
  }
}

export { SkillTrend };
