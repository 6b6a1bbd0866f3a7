/** The rule schema as a JSON Schema file (rules/rule.schema.json) for editors and other tools. */
import { RuleSchema } from '../core/detections/rule-schema.js';

export const renderRuleJsonSchema = (): string => `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...RuleSchema }, null, 2)}\n`;
