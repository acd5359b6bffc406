import { useState } from 'react';
import styles from './Avatar.module.css';
import { webUrl } from './webUrl';

/** The letters shown when a picture cannot load: first letters of the first two words. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return (words.length > 1 ? `${words[0]?.[0] ?? ''}${words[1]?.[0] ?? ''}` : (words[0]?.slice(0, 2) ?? '?')).toUpperCase();
}

interface AvatarProps {
  src: string | null | undefined;
  /** The person's name: the initials come from it. */
  name: string;
  size: number;
  className?: string;
  /** Empty when the name is already said next to the picture. */
  alt?: string;
  rounded?: 'circle' | 'square';
}

/**
 * A profile picture that falls back to initials when it cannot load (offline, a server that is
 * down, a broken link), so a column never fills with broken-image boxes.
 */
export function Avatar({ src: given, name, size, className = '', alt = '', rounded = 'square' }: AvatarProps) {
  const [failed, setFailed] = useState<string | null>(null);
  const src = webUrl(given);
  const shape = rounded === 'circle' ? styles.circle : styles.square;
  if (!src || failed === src) {
    return (
      <span className={`${styles.fallback} ${shape} ${className}`} style={{ width: size, height: size, fontSize: size * 0.38 }} role={alt ? 'img' : undefined} aria-label={alt || undefined} aria-hidden={alt ? undefined : true}>
        {initialsOf(name)}
      </span>
    );
  }
  return <img className={`${styles.image} ${shape} ${className}`} src={src} alt={alt} width={size} height={size} loading="lazy" onError={() => setFailed(src)} />;
}
