import { i18n } from '../../../../renderer/i18n/i18n';
import { afterEach, describe, expect, it } from 'vitest';
import { BridgeError } from '../../../../renderer/bridge/bridge';
import { errorText } from '../../../../renderer/bridge/errorText';

afterEach(() => i18n.changeLanguage('en'));

describe('failures in the person’s language', () => {
  it('translates what main said, with the values it named', () => {
    const error = new BridgeError({ code: 'network', message: 'Atrium could not reach social.example.', params: { host: 'social.example' } });
    expect(errorText(error)).toBe('Atrium could not reach social.example. Check your connection and try again.');
    i18n.changeLanguage('es');
    expect(errorText(error)).toBe('Atrium no pudo contactar con social.example. Comprueba tu conexión e inténtalo de nuevo.');
  });

  it("quotes the server's own words after the sentence", () => {
    i18n.changeLanguage('es');
    const error = new BridgeError({ code: 'rejected', message: 'x', params: { host: 'social.example', said: 'Text is too long' } });
    expect(errorText(error)).toBe('social.example rechazó esto. social.example dijo: «Text is too long»');
  });

  it("keeps main's sentence when it has no translation or lacks a value", () => {
    expect(errorText(new BridgeError({ code: 'invalid_policy', message: 'The policy file is invalid.' }))).toBe('The policy file is invalid.');
    expect(errorText(new BridgeError({ code: 'network', message: 'Atrium could not reach x.' }))).toBe('Atrium could not reach x.');
    expect(errorText(new Error('plain'))).toBe('plain');
  });
});
