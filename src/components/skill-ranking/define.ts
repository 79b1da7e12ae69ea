import { defineElement } from '../shared/define-element.js';
import { SkillRanking } from './skill-ranking.js';

defineElement('skill-ranking', SkillRanking);

declare global {
  interface HTMLElementTagNameMap {
    'skill-ranking': SkillRanking;
  }
}

export { SkillRanking };
