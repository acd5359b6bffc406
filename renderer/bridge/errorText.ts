import { i18n } from '../i18n/i18n';
import { BridgeError } from './bridge';

/**
 * The sentence to show for a failure, in the person's language. Main words its errors in English
 * and adds a code and the values they name (`host`, `said`); where a translation for the code
 * exists and those values are there, it is used, quoting the server's own words after it.
 */
export function errorText(error: unknown): string {
  if (!(error instanceof BridgeError)) return error instanceof Error ? error.message : String(error);
  const key = `errors.codes.${error.code}`;
  if (!i18n.exists(key)) return error.message;
  const text = i18n.t(key, { ...error.params });
  // A translation that needs a value main did not send would show its placeholder: keep main's sentence.
  if (text.includes('{{')) return error.message;
  return error.params['said'] ? `${text} ${i18n.t('errors.serverSaid', { ...error.params })}` : text;
}
