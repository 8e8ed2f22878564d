import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DEFAULT_TAXONOMY, type ComplaintTypeDefinition, type Taxonomy } from './default-taxonomy.ts';

export { DEFAULT_TAXONOMY, type ComplaintTypeDefinition, type Taxonomy } from './default-taxonomy.ts';

/**
 * A deployment extends the default taxonomy with a JSON file (COMPLAINT_TAXONOMY_FILE):
 * `{"types":[{"id":"parking","labelZh":"停车","keywords":{"停车难":1.2},"topics":{"停车场":0.5}}]}`.
 * An id that already exists adds to (or re-weights) that type's phrases; a new id adds a type.
 * A weight of 0 removes a default phrase.
 */
const PhraseWeights = z.record(z.string().min(1), z.number().min(0).max(5));

const TaxonomyExtension = z.object({
  types: z.array(
    z.object({
      id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'ids are snake_case'),
      labelZh: z.string().optional(),
      labelEn: z.string().optional(),
      description: z.string().optional(),
      keywords: PhraseWeights.default({}),
      topics: PhraseWeights.default({}),
    }),
  ),
});

export type TaxonomyExtension = z.input<typeof TaxonomyExtension>;

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
  const parsed = TaxonomyExtension.parse(extension);
  const types: ComplaintTypeDefinition[] = base.types.map((type) => ({ ...type }));
  for (const addition of parsed.types) {
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
 * Throws with the file name when the file is missing or malformed: a deployment should fail
 * loudly at start rather than classify with half its taxonomy.
 */
export function loadTaxonomy(file: string | undefined = process.env.COMPLAINT_TAXONOMY_FILE): Taxonomy {
  if (!file) return DEFAULT_TAXONOMY;
  try {
    return extendTaxonomy(DEFAULT_TAXONOMY, JSON.parse(readFileSync(file, 'utf8')) as TaxonomyExtension);
  } catch (error) {
    throw new Error(`complaint taxonomy ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
