/**
 * The embedded default policy: always present, used when no organisation or imported policy is in force.
 * Kept as data in several JSON files (one idea each) so reviewers can read the rules, the snippet library
 * and the reply templates apart.
 */
import type { Policy } from './types';
import base from './default-policy.json';
import rules from './defaults/rules.json';
import snippets from './defaults/snippets.json';
import replyTemplates from './defaults/reply-templates.json';

export const DEFAULT_POLICY: Policy = {
  ...(base as Omit<Policy, 'rules' | 'snippets' | 'replyTemplates'>),
  rules: rules as Policy['rules'],
  snippets: snippets as Policy['snippets'],
  replyTemplates: replyTemplates as Policy['replyTemplates'],
};
