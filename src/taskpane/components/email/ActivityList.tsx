import { Caption1, makeStyles, mergeClasses, SkeletonItem } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { CustomizationPackage } from '../../../metadata';
import type { DataDatabase } from '../../../store';
import { useTranslator } from '../../language/TranslatorContext';
import { FailureNote } from '../records/FailureNote';
import { RecordLink } from '../records/RecordLink';
import type { RecordRef } from '../records/RecordRef';
import { useAsync } from '../records/useAsync';
import { activityDate } from './activityDate';
import { activityPlan } from './activityPlan';
import { lastActivities } from './lastActivities';
import { useEmailStyles } from './useEmailStyles';

/** Props of {@link ActivityList}. */
export interface ActivityListProps {
  readonly db: DataDatabase;
  readonly pkg: CustomizationPackage;
  readonly person: RecordRef;
  readonly name: string;
  readonly dataVersion: number;
  readonly onOpen: (ref: RecordRef) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column' },
  skeleton: { width: '70%', height: '16px' },
  heading: { display: 'block', margin: 0 },
});

/** The person's next planned activity and last three, with their day, newest first; a skeleton while they are read. */
export function ActivityList({ db, pkg, person, name, dataVersion, onOpen }: ActivityListProps) {
  const styles = { ...useEmailStyles(), ...useStyles() };
  const translator = useTranslator();
  const { t } = translator;
  const plan = useMemo(() => activityPlan(pkg, person.typeId), [pkg, person.typeId]);
  const state = useAsync(
    () => lastActivities(db, pkg, plan, person, new Date()),
    [db, pkg, plan, person.typeId, person.id, dataVersion],
  );
  if (plan.types.length === 0) return null;
  return (
    <div className={styles.root}>
      <Caption1 as="h4" className={mergeClasses(styles.label, styles.heading)}>
        {t('email.card.activities')}
      </Caption1>
      {state.status === 'loading' && <SkeletonItem className={styles.skeleton} aria-label={t('email.lookingUp')} />}
      {state.status === 'failed' && <FailureNote size="caption" lead={t('email.lookupFailed')} error={state.error} />}
      {state.status === 'done' && state.value.last.length === 0 && !state.value.next && (
        <Caption1 className={styles.muted}>{t('email.card.noActivities')}</Caption1>
      )}
      {state.status === 'done' && (state.value.last.length > 0 || state.value.next) && (
        <ul className={styles.lines} aria-label={t('email.card.activitiesOf', { name })}>
          {state.value.next && (
            <li className={styles.line}>
              <Caption1 className={styles.label}>{t('email.card.next')}</Caption1>
              <RecordLink target={state.value.next.ref} name={state.value.next.name} onOpen={onOpen} />
              <Caption1 className={styles.muted}>
                {activityDate(state.value.next.when, state.value.next.whenType, translator)}
              </Caption1>
            </li>
          )}
          {state.value.last.map((a) => (
            <li key={`${a.ref.typeId}/${a.ref.id}`} className={styles.line}>
              <RecordLink target={a.ref} name={a.name} onOpen={onOpen} />
              <Caption1 className={styles.muted}>{activityDate(a.when, a.whenType, translator)}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
