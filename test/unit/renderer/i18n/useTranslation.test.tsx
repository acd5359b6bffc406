import { act, render, screen } from '@testing-library/react';
import { memo, useMemo } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../../renderer/i18n/i18n';
import { useTranslation } from '../../../../renderer/i18n/useTranslation';

afterEach(() => act(() => i18n.changeLanguage('en')));

function Loading() {
  const { t, i18n: translator } = useTranslation();
  // As components do: work that depends on `t` must run again when the language changes.
  const label = useMemo(() => t('shell.loading'), [t]);
  return <p lang={translator.language}>{label}</p>;
}

// Memoized with no props: only the hook's subscription can make it render again.
const Remembered = memo(Loading);

describe('useTranslation', () => {
  it('renders again in the new language when the language changes, and back', () => {
    render(<Remembered />);
    expect(screen.getByText('Loading…')).toHaveAttribute('lang', 'en');
    act(() => i18n.changeLanguage('es'));
    expect(screen.getByText('Cargando…')).toHaveAttribute('lang', 'es');
    act(() => i18n.changeLanguage('en'));
    expect(screen.getByText('Loading…')).toHaveAttribute('lang', 'en');
  });
});
