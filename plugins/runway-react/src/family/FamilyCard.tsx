import { ReactNode } from 'react';
import { InfoCard } from '@backstage/core-components';
import { Sourced } from '@runway/runway-common';
import { SourceBadge } from '../SourceBadge';
import { FamilyState, FamilyStateProps } from './FamilyState';

/** @public */
export interface FamilyCardProps<T>
  extends Omit<FamilyStateProps, 'errorTitle' | 'children'> {
  /** The card's title, e.g. "Security". */
  title: string;
  /** The error panel's title; `<title> unavailable` when not given. */
  errorTitle?: string;
  /** The family's answer: its source is badged in the card's corner. */
  value?: Sourced<T>;
  /** The card's body, drawn once the answer is there. */
  children: (value: Sourced<T>) => ReactNode;
}

/**
 * The shell of a family's overview card on an entity page: title, the source badge, and
 * the fetch states of FamilyState around the family's own body. Takes the state of
 * `useAsync` as it is: `<FamilyCard title="Quality" {...summary}>`.
 *
 * @public
 */
export function FamilyCard<T>(props: FamilyCardProps<T>) {
  const { title, errorTitle, value, children, ...state } = props;
  return (
    <InfoCard
      title={title}
      action={value ? <SourceBadge source={value.source} /> : undefined}
    >
      <FamilyState {...state} errorTitle={errorTitle ?? `${title} unavailable`}>
        {() => (value ? children(value) : null)}
      </FamilyState>
    </InfoCard>
  );
}
