import { readFileSync } from 'node:fs';
import { ConfigError } from '../config.ts';
import { DEFAULT_TAXONOMY, type ComplaintTypeDefinition, type Taxonomy } from './default-taxonomy.ts';

export { DEFAULT_TAXONOMY, type ComplaintTypeDefinition, type Taxonomy } from './default-taxonomy.ts';

/**
 * A deployment extends the default taxonomy with a JSON file (COMPLAINT_TAXONOMY_FILE):
 * `{"types":[{"id":"parking","labelZh":"停车","keywords":{"停车难":1.2},"topics":{"停车场":0.5}}]}`.
 * An id that already exists adds to (or re-weights) that type's phrases; a new id adds a type.
 * A weight of 0 removes a default phrase.
 */
export interface TaxonomyExtension {
  types: {
    id: string;
    labelZh?: string;
    labelEn?: string;
    description?: string;
    keywords?: Record<string, number>;
    topics?: Record<string, number>;
  }[];
}

type ValidType = Required<Pick<TaxonomyExtension['types'][number], 'id' | 'keywords' | 'topics'>> & TaxonomyExtension['types'][number];

/**
 * Validated by hand rather than with zod: zod adds ~450 KB and ~100 ms of cold start to the
 * classifier bundle for a check that runs once, when a deployment configures a file.
 */
function validatePhraseWeights(value: unknown, where: string): Record<string, number> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where} must be an object of phrase → weight`);
  for (const [phrase, weight] of Object.entries(value)) {
    if (phrase.trim().length === 0) throw new Error(`${where} has an empty phrase`);
    if (typeof weight !== 'number' || !(weight >= 0 && weight <= 5)) throw new Error(`${where}["${phrase}"] must be a number from 0 to 5`);
  }
  return value as Record<string, number>;
}

function validateExtension(extension: unknown): ValidType[] {
  const types = (extension as { types?: unknown } | null)?.types;
  if (!Array.isArray(types)) throw new Error('expected {"types": [...]}');
  return types.map((type: unknown, index) => {
    const where = `types[${index}]`;
    if (typeof type !== 'object' || type === null) throw new Error(`${where} must be an object`);
    const { id, labelZh, labelEn, description, keywords, topics } = type as Record<string, unknown>;
    if (typeof id !== 'string' || !/^[a-z][a-z0-9_]*$/.test(id)) throw new Error(`${where}.id must be snake_case`);
    for (const [field, value] of Object.entries({ labelZh, labelEn, description })) {
      if (value !== undefined && typeof value !== 'string') throw new Error(`${where}.${field} must be a string`);
    }
    return {
      id,
      ...(typeof labelZh === 'string' ? { labelZh } : {}),
      ...(typeof labelEn === 'string' ? { labelEn } : {}),
      ...(typeof description === 'string' ? { description } : {}),
      keywords: validatePhraseWeights(keywords, `${where}.keywords`),
      topics: validatePhraseWeights(topics, `${where}.topics`),
    };
  });
}

function mergeWeights(base: Record<string, number>, extra: Record<string, number>): Record<string, number> {
  const merged = { ...base };
  for (const [phrase, weight] of Object.entries(extra)) {
    const key = phrase.toLowerCase();
    if (weight === 0) delete merged[key];
    else merged[key] = weight;
  }
  return merged;
}

export function extendTaxonomy(base: Taxonomy, extension: TaxonomyExtension): Taxonomy {
  const types: ComplaintTypeDefinition[] = base.types.map((type) => ({ ...type }));
  for (const addition of validateExtension(extension)) {
    const existing = types.find((type) => type.id === addition.id);
    if (existing) {
      existing.keywords = mergeWeights(existing.keywords, addition.keywords);
      existing.topics = mergeWeights(existing.topics, addition.topics);
      if (addition.description) existing.description = addition.description;
    } else {
      types.push({
        id: addition.id,
        labelZh: addition.labelZh ?? addition.id,
        labelEn: addition.labelEn ?? addition.id,
        description: addition.description ?? '',
        keywords: mergeWeights({}, addition.keywords),
        topics: mergeWeights({}, addition.topics),
      });
    }
  }
  return { types };
}

/**
 * The default taxonomy, extended by `file` (default: COMPLAINT_TAXONOMY_FILE) when given.
 * Throws a ConfigError naming the file when it is missing or malformed: a deployment should fail
 * loudly at start rather than classify with half its taxonomy.
 */
export function loadTaxonomy(file: string | undefined = process.env.COMPLAINT_TAXONOMY_FILE): Taxonomy {
  if (!file) return DEFAULT_TAXONOMY;
  try {
    return extendTaxonomy(DEFAULT_TAXONOMY, JSON.parse(readFileSync(file, 'utf8')) as TaxonomyExtension);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`invalid configuration: COMPLAINT_TAXONOMY_FILE: ${file}: ${reason}`, { cause: error });
  }
}
