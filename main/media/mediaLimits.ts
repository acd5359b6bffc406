import { z } from 'zod';
import { AtriumFailure } from '../../shared/result';

/** What an instance accepts as an attachment, from `configuration.media_attachments` of `/api/v2/instance`. */
export interface MediaLimits {
  /** Null when the server did not say: the server decides alone. */
  supportedMimeTypes: readonly string[] | null;
  imageSizeLimit: number | null;
  videoSizeLimit: number | null;
  descriptionLimit: number | null;
}

const positive = z.number().int().positive().nullish().catch(null);

/** Reads the limits from a (camelCased) v2 instance answer; a field that is missing or malformed means "not said". */
export const mediaLimitsSchema = z
  .object({
    configuration: z
      .object({
        mediaAttachments: z
          .object({
            supportedMimeTypes: z.array(z.string()).nullish().catch(null),
            imageSizeLimit: positive,
            videoSizeLimit: positive,
            descriptionLimit: positive,
          })
          .catch({}),
      })
      .catch({ mediaAttachments: {} }),
  })
  .transform(({ configuration: { mediaAttachments: m } }): MediaLimits => ({
    supportedMimeTypes: m.supportedMimeTypes ?? null,
    imageSizeLimit: m.imageSizeLimit ?? null,
    videoSizeLimit: m.videoSizeLimit ?? null,
    descriptionLimit: m.descriptionLimit ?? null,
  }));

/** A file to check before any byte of it is sent. */
export interface FileFacts {
  fileName: string;
  mimeType: string;
  size: number;
  description?: string;
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;

/**
 * Throws the failure the person should see when the instance would refuse the file anyway:
 * a type it does not take, a file above its size limit, alt text above its description limit.
 * Mastodon applies the video limit to audio too.
 */
export function checkMediaLimits(file: FileFacts, limits: MediaLimits): void {
  const params = { fileName: file.fileName, mimeType: file.mimeType };
  if (file.size === 0) throw new AtriumFailure('media_empty', `“${file.fileName}” is empty.`, { params });
  if (limits.supportedMimeTypes && !limits.supportedMimeTypes.includes(file.mimeType)) {
    throw new AtriumFailure('media_type_unsupported', `Your server does not accept files of type ${file.mimeType} (“${file.fileName}”).`, { params });
  }
  const kind = file.mimeType.split('/')[0];
  const limit = kind === 'image' ? limits.imageSizeLimit : kind === 'video' || kind === 'audio' ? limits.videoSizeLimit : null;
  if (limit !== null && file.size > limit) {
    throw new AtriumFailure('media_too_large', `“${file.fileName}” is ${megabytes(file.size)}; your server accepts at most ${megabytes(limit)}.`, {
      params: { ...params, size: String(file.size), limit: String(limit) },
    });
  }
  const descriptionLength = file.description === undefined ? 0 : [...file.description].length;
  if (limits.descriptionLimit !== null && descriptionLength > limits.descriptionLimit) {
    throw new AtriumFailure('description_too_long', `The description is longer than the ${limits.descriptionLimit} characters your server allows.`, {
      params: { ...params, limit: String(limits.descriptionLimit) },
    });
  }
}
