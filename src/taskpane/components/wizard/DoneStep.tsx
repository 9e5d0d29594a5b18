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
  const locale = useAppServices().host.displayLanguage;
  const number = new Intl.NumberFormat(locale);
  const rows = Object.entries(report.counts);
  const seconds = Math.max(1, Math.round(report.durationMs / 1000));
  return (
    <WizardStep
      position={position}
      title="You are all set"
      intro={`Your CRM data is on this computer (${seconds} s). It is kept up to date automatically while this pane is open, and with the Sync button in Outlook's ribbon.`}
      actions={
        <Button appearance="primary" onClick={onFinish}>
          Open my CRM data
        </Button>
      }
    >
      <Table aria-label="Downloaded records" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Object</TableHeaderCell>
            <TableHeaderCell>Records</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(([typeId, counts]) => (
            <TableRow key={typeId}>
              <TableCell>{typeLabel(pkg, typeId, locale)}</TableCell>
              <TableCell>{number.format(counts.added + counts.changed)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </WizardStep>
  );
}
