import MiniSearch from 'minisearch';
import type { DirectoryPerson } from '../../../shared/directory';
import { narrowedFacets } from './facetCounts';
import { facetsOfFields, fieldsOf, type Facet, type PersonFields } from './facets';
import { foldText, htmlToText } from './directoryText';

/** How the list is ordered: best match (when searching), name, newest members, recently active. */
export type DirectorySort = 'match' | 'name' | 'newest' | 'active';

/** What the person asked the directory for. */
export interface DirectoryQuery {
  text: string;
  /** Facet key → value key, e.g. `{ team: 'platform' }`; every filter must match. */
  filters: Readonly<Record<string, string>>;
  sort: DirectorySort;
}

type Indexed = { id: string; name: string; handle: string; bio: string; fields: string };

// Tokens shorter than this are matched exactly; longer ones forgive a typo.
const FUZZY_FROM_LENGTH = 5;

const time = (iso: string | null) => (iso ? Date.parse(iso) || 0 : 0);

/** How long one slice of building may hold the page before it lets a key press or a frame through. */
const SLICE_MS = 12;

/** Lets the page handle input and paint before the next slice of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The directory made searchable: a MiniSearch full-text index over name, handle, bio and field
 * values (accent- and case-folded, matching word beginnings and forgiving a typo in longer words),
 * the facets, and the people pre-sorted each way, so a key press is answered in a few milliseconds.
 * `DirectoryIndex.build` makes one without holding the page; the constructor makes one at once.
 */
export class DirectoryIndex {
  private readonly people = new Map<string, DirectoryPerson>();
  private readonly values = new Map<string, Map<string, string>>();
  /** Each person's name and handle words, folded: a one-letter query matches their beginnings only. */
  private readonly initials = new Map<string, string[]>();
  private readonly search: MiniSearch<Indexed>;
  private readonly allFields: PersonFields[] = [];
  private readonly documents: Indexed[] = [];
  private facetList: Facet[] = [];
  private lastNarrowed: { filters: Readonly<Record<string, string>>; facets: Facet[] } | null = null;
  /** Per first letter, the people with a name or handle word starting with it (filled on first use). */
  private readonly byLetter = new Map<string, Set<string>>();
  private orders: Record<Exclude<DirectorySort, 'match'>, string[]> = { name: [], newest: [], active: [] };

  /**
   * Builds the index in slices of a few milliseconds with a pause between them, so that thousands
   * of people are indexed while the page keeps answering key presses and drawing frames.
   */
  static async build(people: readonly DirectoryPerson[]): Promise<DirectoryIndex> {
    const index = new DirectoryIndex([]);
    let next = 0;
    while (next < people.length) {
      const sliceEnd = performance.now() + SLICE_MS;
      while (next < people.length && performance.now() < sliceEnd) index.prepare(people[next++] as DirectoryPerson);
      await nextTask();
    }
    // MiniSearch indexes a chunk at a time and pauses between chunks by itself.
    await index.search.addAllAsync(index.documents, { chunkSize: 100 });
    index.finish();
    return index;
  }

  /** Builds the whole index at once (small directories, tests). */
  constructor(people: readonly DirectoryPerson[]) {
    this.search = new MiniSearch<Indexed>({
      fields: ['name', 'handle', 'bio', 'fields'],
      processTerm: (term) => foldText(term) || null,
      searchOptions: {
        prefix: true,
        fuzzy: (term) => (term.length >= FUZZY_FROM_LENGTH ? 0.2 : false),
        combineWith: 'AND',
        boost: { name: 3, handle: 2, fields: 1.5 },
      },
    });
    if (people.length === 0) return;
    for (const person of people) this.prepare(person);
    this.search.addAll(this.documents);
    this.finish();
  }

  /** Reads one person into the index's tables and queues their document for the full-text index. */
  private prepare(person: DirectoryPerson): void {
    if (this.people.has(person.id)) return;
    this.people.set(person.id, person);
    const fields = fieldsOf(person);
    this.allFields.push(fields);
    this.values.set(person.id, new Map([...fields].map(([key, field]) => [key, field.valueKey])));
    // Custom emoji shortcodes (":party_parrot:") are pictures, not words anyone searches for.
    const name = person.displayName.replace(/:[\w+-]+:/g, ' ');
    this.initials.set(person.id, foldText(`${name} ${person.acct}`).split(/[^\p{L}\p{N}]+/u));
    this.documents.push({
      id: person.id,
      name,
      handle: person.acct,
      bio: htmlToText(person.note),
      fields: [...fields.values()].map((field) => field.value).join(' '),
    });
  }

  /** Once everyone is read: the facets, and the orders a key press only filters (never sorts). */
  private finish(): void {
    this.facetList = facetsOfFields(this.allFields);
    this.allFields.length = 0;
    this.documents.length = 0;
    const all = [...this.people.values()];
    const sortName = new Map(all.map((person) => [person.id, foldText(person.displayName || person.username)]));
    const collator = new Intl.Collator(undefined, { numeric: true });
    const name = all.sort((a, b) => collator.compare(sortName.get(a.id) ?? '', sortName.get(b.id) ?? '')).map((person) => person.id);
    // The other orders sort the name order by a time read once per person; the sort is stable, so ties stay by name.
    const by = (key: (person: DirectoryPerson) => number) => {
      const keys = new Map(all.map((person) => [person.id, key(person)]));
      return [...name].sort((a, b) => (keys.get(b) ?? 0) - (keys.get(a) ?? 0));
    };
    this.orders = { name, newest: by((person) => time(person.createdAt)), active: by((person) => time(person.lastStatusAt)) };
  }

  /** The profile fields enough people use to filter by, most used first. */
  get facets(): Facet[] {
    return this.facetList;
  }

  /**
   * The facets with counts narrowed by the other active filters; the same array again for the same
   * filters object, so a key press in the search box does not count anyone.
   */
  facetsFor(filters: Readonly<Record<string, string>>): Facet[] {
    if (this.lastNarrowed?.filters !== filters) {
      this.lastNarrowed = { filters, facets: narrowedFacets(this.facetList, filters, this.orders.name, (id, key) => this.valueOf(id, key)) };
    }
    return this.lastNarrowed.facets;
  }

  /** How many people the directory holds. */
  get size(): number {
    return this.people.size;
  }

  /** A person by id. */
  person(id: string): DirectoryPerson | undefined {
    return this.people.get(id);
  }

  /** A person's value for a facet (folded), if they have one. */
  valueOf(id: string, facetKey: string): string | undefined {
    return this.values.get(id)?.get(facetKey);
  }

  /** The ids of the people that match, in the order asked for. */
  query({ text, filters, sort }: DirectoryQuery): string[] {
    const words = text.trim().replace(/^@/, '');
    const wanted = Object.entries(filters);
    const passes = (id: string) => wanted.every(([key, value]) => this.valueOf(id, key) === value);
    const order = this.orders[sort === 'match' ? 'name' : sort];
    // Nobody is filtered out: the order itself (kept unchanged), not a copy of thousands of ids.
    if (words === '') return wanted.length === 0 ? order : order.filter(passes);
    // One letter says little: full-text scoring of every word starting with it would cost more than it
    // tells, so it matches names and handles that have a word starting with that letter.
    const letter = foldText(words);
    if ([...letter].length === 1) {
      const starts = this.startingWith(letter);
      return order.filter((id) => starts.has(id) && passes(id));
    }
    const hits = this.search.search(words).map((hit) => String(hit.id));
    if (sort === 'match') return hits.filter(passes);
    const found = new Set(hits);
    return this.orders[sort].filter((id) => found.has(id) && passes(id));
  }

  /** The people with a name or handle word that starts with `letter` (folded), remembered per letter. */
  private startingWith(letter: string): Set<string> {
    let found = this.byLetter.get(letter);
    if (!found) {
      found = new Set([...this.initials].filter(([, words]) => words.some((word) => word.startsWith(letter))).map(([id]) => id));
      this.byLetter.set(letter, found);
    }
    return found;
  }

  /** The people who share a facet value (a team page), by name. */
  members(facetKey: string, valueKey: string): string[] {
    return this.query({ text: '', filters: { [facetKey]: valueKey }, sort: 'name' });
  }
}
