// The built-in rule files: each valid against the schema and compiling (its filters parse), ids equal to file names, the eleven rules present, and the generated docs and JSON Schema equal to what the generator writes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Value } from '@sinclair/typebox/value';
import { parse } from 'yaml';
import { RuleSchema } from '../core/detections/rule-schema.js';
import { renderRulesDocs } from '../core/detections/render-rules-docs.js';
import { compileRules } from '../core/detections/compile-rules.js';
import { BUILTIN_RULES_DIR, parseRuleText, readRuleFolder } from './rule-files.js';
import { renderRuleJsonSchema } from './rule-json-schema.js';

const DOCS = join(BUILTIN_RULES_DIR, '..', 'docs');
const files = readdirSync(BUILTIN_RULES_DIR).filter((f) => f.endsWith('.yaml')).sort();
const rules = readRuleFolder(BUILTIN_RULES_DIR, 'builtin');

describe('built-in rule files', () => {
  it('are the issue\'s eleven rules, one file each named by its id', () => {
    expect(files.map((f) => f.replace(/\.yaml$/, ''))).toEqual(rules.map((r) => r.definition.id));
    expect(rules.map((r) => r.definition.id).sort()).toEqual([
      'break-glass', 'brute-force', 'disabled-account', 'impossible-travel', 'legacy-auth', 'lockout-storm', 'mfa-denied',
      'mfa-fatigue', 'new-country', 'password-spray', 'sp-new-country',
    ]);
  });

  it.each(files)('%s is valid against the schema and compiles', (f) => {
    const value = parse(readFileSync(join(BUILTIN_RULES_DIR, f), 'utf8')) as unknown;
    expect([...Value.Errors(RuleSchema, value)]).toEqual([]);
    expect(compileRules([{ definition: value as never, source: 'builtin' }], { breakGlassAccounts: ['a@b.c'] })[0]?.enabled).toBe(true);
  });

  it('refuses a file that breaks the schema or a filter that does not parse, naming the file', () => {
    expect(() => parseRuleText('id: x\nseverity: loud', 'bad.yaml', 'custom')).toThrow(/bad\.yaml/);
    expect(() => parseRuleText('id: [', 'broken.yaml', 'custom')).toThrow(/broken\.yaml: not valid YAML/);
    const def = { ...rules[0]!.definition, where: 'nosuchfield eq 1' };
    expect(() => compileRules([{ definition: def, source: 'custom' }])).toThrow(/unknown property 'nosuchfield'/);
    const params = { rules: { [def.id]: { parameters: { threshold: -1 } } } };
    expect(() => compileRules([{ definition: rules[0]!.definition, source: 'builtin' }], params)).toThrow(/threshold/);
  });
});

describe('generated rule docs', () => {
  it.each(['en', 'ja'] as const)('docs/rules%s equal the rendering of the rule files (run npm run docs)', (lang) => {
    const file = join(DOCS, lang === 'en' ? 'rules.md' : 'rules.ja.md');
    expect(readFileSync(file, 'utf8')).toBe(renderRulesDocs(lang, rules.map((r) => r.definition)));
  });

  it('name every rule and its public source, both ways', () => {
    const en = readFileSync(join(DOCS, 'rules.md'), 'utf8');
    for (const r of rules) {
      expect(en).toContain(`## ${r.definition.id} — `);
      expect(en).toContain(r.definition.learnedFrom);
    }
    const listed = [...en.matchAll(/^## ([a-z0-9-]+) — /gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(rules.map((r) => r.definition.id).sort());
  });

  it('rules/rule.schema.json equals the TypeBox schema', () => {
    expect(readFileSync(join(BUILTIN_RULES_DIR, 'rule.schema.json'), 'utf8')).toBe(renderRuleJsonSchema());
  });
});
