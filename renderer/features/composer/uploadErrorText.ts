import { i18n } from '../../i18n/i18n';
import { BridgeError } from '../../bridge/bridge';
import { errorText } from '../../bridge/errorText';

/** "12.5 MB", in the person's language. */
function megabytes(bytes: string | undefined): string | null {
  const value = Number(bytes);
  if (!bytes || !Number.isFinite(value)) return null;
  return `${new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(value / 1_048_576)} MB`;
}

/**
 * Why a file was not attached, in the person's language: main refuses a file the instance would
 * refuse anyway (type, size, empty) or reports the server's processing failure, by code.
 */
export function uploadErrorText(error: unknown): string {
  if (!(error instanceof BridgeError)) return errorText(error);
  const { params } = error;
  switch (error.code) {
    case 'media_empty':
      return i18n.t('composer.media.errors.empty', { fileName: params['fileName'] ?? '' });
    case 'media_type_unsupported':
      return i18n.t('composer.media.errors.unsupported', { mimeType: params['mimeType'] ?? '' });
    case 'media_too_large': {
      const size = megabytes(params['size']);
      const limit = megabytes(params['limit']);
      return size && limit ? i18n.t('composer.media.errors.tooLarge', { size, limit }) : i18n.t('composer.media.errors.tooLargeUnknown');
    }
    case 'media_processing_failed':
      return i18n.t('composer.media.errors.processing');
    case 'description_too_long':
      return i18n.t('composer.media.errors.descriptionTooLong', { limit: params['limit'] ?? '' });
    default:
      return errorText(error);
  }
}
