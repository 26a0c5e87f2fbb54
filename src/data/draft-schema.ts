/**
 * A draft written by `npm run ingest`, as the review UI reads it: an outbreak file (schema.ts) whose every feature
 * carries its review state and the tool's confidence. `npm run validate` rejects a draft until every feature is
 * reviewed ("accepted"; rejected ones removed) and its `source` names the seed (validate.ts).
 *
 * What a reviewer sees per feature: name, kind, precision, `geometrySource` and `geometryNote` (where the point or
 * polygon comes from), `flag` (zh / en) when the place is uncertain, and events, each with its verbatim `quote`,
 * a `note` on where its date came from and a `flag` when its status came from a cue in another clause. Places
 * named without a date are in `outbreak.undatedPlaces`; the draft's own caveats are in `outbreak.notes`.
 */
import { z } from './zod';
import { featurePropertiesSchema, featureSchema, outbreakFileSchema } from './schema';

export const REVIEW_STATES = ['pending', 'accepted', 'rejected'] as const;

// z.extend keeps the schema's strictness: an unknown key stays an error.
export const draftFeatureSchema = z.extend(featureSchema, {
  properties: z.extend(featurePropertiesSchema, {
    review: z.enum(REVIEW_STATES),
    /** 0–1: how sure the tool is of the date, the status cue and the place (src/ingest/candidate.ts). */
    confidence: z.number().check(z.minimum(0), z.maximum(1)),
  }),
});

export const draftFileSchema = z.extend(outbreakFileSchema, { features: z.array(draftFeatureSchema) });

export type DraftFeature = z.infer<typeof draftFeatureSchema>;
export type DraftFile = z.infer<typeof draftFileSchema>;
