import { CSSProperties } from 'react';

/**
 * A Backstage UI Badge drawn as the Material chips were: a small pill, white text on
 * the status colour. Badge's own look is a neutral tag; a status must keep its colour.
 *
 * @public
 */
export function chipStyle(background: string, color = '#fff'): CSSProperties {
  return {
    backgroundColor: background,
    color,
    borderRadius: 'var(--bui-radius-full)',
    fontSize: 'var(--bui-font-size-2)',
    height: 24,
    whiteSpace: 'nowrap',
  };
}
