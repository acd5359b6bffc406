import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Avatar, initialsOf } from '../../../../renderer/components/Avatar';

describe('avatars', () => {
  it('takes initials from the first two words of a name', () => {
    expect(initialsOf('Ana Ruiz Pérez')).toBe('AR');
    expect(initialsOf('comms')).toBe('CO');
    expect(initialsOf('  ')).toBe('?');
  });

  it('shows initials instead of a broken picture', () => {
    const { container } = render(<Avatar src="https://social.example/a.png" name="Ana Ruiz" size={40} alt="Ana Ruiz" />);
    const image = screen.getByRole('img', { name: 'Ana Ruiz' });
    expect(image.tagName).toBe('IMG');
    fireEvent.error(image);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('img', { name: 'Ana Ruiz' })).toHaveTextContent('AR');
  });

  it('says nothing to screen readers when the name is already beside it', () => {
    const { container } = render(<Avatar src={null} name="Ana Ruiz" size={40} />);
    expect(container.firstElementChild).toHaveAttribute('aria-hidden', 'true');
  });
});
