import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { CustomizationPackage } from '../../../metadata';
import type { SyncReport } from '../../../sync';
import { useAppServices } from '../../hooks/useAppServices';
import { useTranslator } from '../../language/TranslatorContext';
import { typeLabel } from './typeLabel';
import { WizardStep } from './WizardStep';

/** Props of {@link DoneStep}. */
export interface DoneStepProps {
  readonly position: string;
  readonly pkg: CustomizationPackage | null;
  readonly report: SyncReport;
  readonly onFinish: () => void;
}

/** The end of the wizard: what was downloaded, per object. */
export function DoneStep({ position, pkg, report, onFinish }: DoneStepProps) {
  // The package's own display strings follow Outlook's display language; numbers follow the pane's.
  const locale = useAppServices().host.displayLanguage;
  const { t, format } = useTranslator();
  const rows = Object.entries(report.counts);
  const seconds = Math.max(1, Math.round(report.durationMs / 1000));
  return (
    <WizardStep
      position={position}
      title={t('wizard.done.title')}
      intro={t('wizard.done.intro', { seconds })}
      actions={
        <Button appearance="primary" onClick={onFinish}>
          {t('wizard.done.open')}
        </Button>
      }
    >
      <Table aria-label={t('wizard.done.table')} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('wizard.done.object')}</TableHeaderCell>
            <TableHeaderCell>{t('wizard.done.records')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(([typeId, counts]) => (
            <TableRow key={typeId}>
              <TableCell>{typeLabel(pkg, typeId, locale)}</TableCell>
              <TableCell>{format.formatNumber(counts.added + counts.changed)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </WizardStep>
  );
}
