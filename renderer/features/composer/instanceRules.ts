import { defaultLengthRules, type LengthRules } from './characterCount';

/** What an instance allows in a post, read once per account from `/api/v2/instance`. */
export interface InstanceRules extends LengthRules {
  maxMediaAttachments: number;
  /** Characters of alt text the server keeps. */
  descriptionLimit: number;
  maxPollOptions: number;
  maxCharactersPerPollOption: number;
  /** Seconds a poll may stay open. */
  minPollExpiration: number;
  maxPollExpiration: number;
  /** File types the server takes; empty when it did not say. */
  supportedMimeTypes: string[];
  /** Quote posts (Mastodon 4.5 on): from the server's capabilities, which main learns, not from this document. */
  quotes: boolean;
}

/** Mastodon's defaults, used for anything the server leaves out or sends malformed. */
export const defaultInstanceRules: InstanceRules = {
  ...defaultLengthRules,
  maxMediaAttachments: 4,
  descriptionLimit: 1500,
  maxPollOptions: 4,
  maxCharactersPerPollOption: 50,
  minPollExpiration: 300,
  maxPollExpiration: 2_629_746,
  supportedMimeTypes: [],
  quotes: false,
};

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
const positive = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback);

/** Reads an instance answer (camelCased by masto) defensively: a malformed server still gets a working composer. */
export function readInstanceRules(answer: unknown): InstanceRules {
  const instance = record(answer);
  const configuration = record(instance['configuration']);
  const statuses = record(configuration['statuses']);
  const media = record(configuration['mediaAttachments']);
  const polls = record(configuration['polls']);
  const d = defaultInstanceRules;
  const mimeTypes = media['supportedMimeTypes'];
  return {
    maxCharacters: positive(statuses['maxCharacters'], d.maxCharacters),
    charactersReservedPerUrl: positive(statuses['charactersReservedPerUrl'], d.charactersReservedPerUrl),
    maxMediaAttachments: positive(statuses['maxMediaAttachments'], d.maxMediaAttachments),
    descriptionLimit: positive(media['descriptionLimit'], d.descriptionLimit),
    maxPollOptions: Math.max(2, positive(polls['maxOptions'], d.maxPollOptions)),
    maxCharactersPerPollOption: positive(polls['maxCharactersPerOption'], d.maxCharactersPerPollOption),
    minPollExpiration: positive(polls['minExpiration'], d.minPollExpiration),
    maxPollExpiration: positive(polls['maxExpiration'], d.maxPollExpiration),
    supportedMimeTypes: Array.isArray(mimeTypes) ? mimeTypes.filter((type): type is string => typeof type === 'string') : [],
    quotes: d.quotes,
  };
}
