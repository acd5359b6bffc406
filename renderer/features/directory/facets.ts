import type { DirectoryPerson } from '../../../shared/directory';
import { fieldKey, foldText, htmlToText } from './directoryText';

/** One value of a facet and how many people have it. */
export interface FacetValue {
  /** The value as most people spell it. */
  label: string;
  /** The value as filters compare it (folded). */
  key: string;
  count: number;
}

/** A profile field enough people fill in to filter by: Team, Location, Role… */
export interface Facet {
  /** The field name as filters compare it ("team"). */
  key: string;
  /** The field name as most people spell it ("Team"). */
  label: string;
  /** How many people have this field. */
  count: number;
  /** Its values, most common first. */
  values: FacetValue[];
}

/** When a field becomes a facet. */
export interface FacetRules {
  /** The share of people who must have the field (a field only a few use is not a filter). */
  minShare: number;
  /** Fields whose values are nearly all different (a website, a start month) are not filters. */
  maxValues: number;
}

/** Defaults that suit an organization's directory: a field a quarter of the people fill in, up to 40 values. */
export const defaultFacetRules: FacetRules = { minShare: 0.25, maxValues: 40 };

/** A person's fields by field key: the name as written, the value as text and folded. */
export type PersonFields = Map<string, { label: string; value: string; valueKey: string }>;

/** A person's fields by field key; the first of a repeated field wins. */
export function fieldsOf(person: DirectoryPerson): PersonFields {
  const fields: PersonFields = new Map();
  for (const field of person.fields) {
    const key = fieldKey(field.name);
    const value = htmlToText(field.value);
    if (key === '' || value === '' || fields.has(key)) continue;
    fields.set(key, { label: htmlToText(field.name).replace(/[:：\s]+$/u, ''), value, valueKey: foldText(value) });
  }
  return fields;
}

/** The spelling most people use, among the ways a name or value was written. */
function mostCommon(spellings: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [spelling, count] of spellings) if (count > bestCount) [best, bestCount] = [spelling, count];
  return best;
}

function tally(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Finds the facets in a directory: profile field names that recur across a good share of people,
 * grouped regardless of case, accents and a trailing colon, each with its values and their counts.
 * Facets come in the order people list the fields in their profiles.
 */
export function discoverFacets(people: readonly DirectoryPerson[], rules: FacetRules = defaultFacetRules): Facet[] {
  return facetsOfFields(people.map(fieldsOf), rules);
}

/** {@link discoverFacets} over each person's fields as {@link fieldsOf} reads them (read once, used twice). */
export function facetsOfFields(people: readonly PersonFields[], rules: FacetRules = defaultFacetRules): Facet[] {
  const fields = new Map<string, { names: Map<string, number>; count: number; positions: number; values: Map<string, { spellings: Map<string, number>; count: number }> }>();
  for (const person of people) {
    let position = 0;
    for (const [key, field] of person) {
      let entry = fields.get(key);
      if (!entry) fields.set(key, (entry = { names: new Map(), count: 0, positions: 0, values: new Map() }));
      entry.count += 1;
      entry.positions += position++;
      tally(entry.names, field.label);
      let value = entry.values.get(field.valueKey);
      if (!value) entry.values.set(field.valueKey, (value = { spellings: new Map(), count: 0 }));
      value.count += 1;
      tally(value.spellings, field.value);
    }
  }
  const facets: (Facet & { position: number })[] = [];
  for (const [key, entry] of fields) {
    if (entry.count < Math.max(2, rules.minShare * people.length) || entry.values.size > rules.maxValues) continue;
    // A field everyone answers differently is not a filter, even when there are few people.
    if (entry.values.size === entry.count && entry.count > 2) continue;
    const values = [...entry.values].map(([valueKey, value]) => ({ key: valueKey, label: mostCommon(value.spellings), count: value.count }));
    values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    facets.push({ key, label: mostCommon(entry.names), count: entry.count, values, position: entry.positions / entry.count });
  }
  // People put the field that matters most first (Team before Pronouns): facets keep that order.
  return facets.sort((a, b) => a.position - b.position || b.count - a.count).map(({ position: _position, ...facet }) => facet);
}
