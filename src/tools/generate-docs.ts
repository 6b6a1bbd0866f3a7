/**
 * `npm run docs`: writes docs/error-codes.md and docs/error-codes.ja.md from the catalog, docs/rules.md and
 * docs/rules.ja.md from the built-in rules, and rules/rule.schema.json from the rule schema.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderCatalogDocs } from '../core/catalog/render-docs.js';
import { renderRulesDocs } from '../core/detections/render-rules-docs.js';
import { BUILTIN_RULES_DIR, readRuleFolder } from '../detections/rule-files.js';
import { renderRuleJsonSchema } from '../detections/rule-json-schema.js';

const docs = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'docs');
mkdirSync(docs, { recursive: true });
writeFileSync(join(docs, 'error-codes.md'), renderCatalogDocs('en'));
writeFileSync(join(docs, 'error-codes.ja.md'), renderCatalogDocs('ja'));
process.stdout.write(`wrote ${join(docs, 'error-codes.md')} and error-codes.ja.md\n`);
const rules = readRuleFolder(BUILTIN_RULES_DIR, 'builtin').map((r) => r.definition);
writeFileSync(join(docs, 'rules.md'), renderRulesDocs('en', rules));
writeFileSync(join(docs, 'rules.ja.md'), renderRulesDocs('ja', rules));
writeFileSync(join(BUILTIN_RULES_DIR, 'rule.schema.json'), renderRuleJsonSchema());
process.stdout.write(`wrote ${join(docs, 'rules.md')}, rules.ja.md and rules/rule.schema.json\n`);
