import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { packageWarnings, type CustomizationPackage } from '../../../metadata';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  where: { display: 'block', color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/**
 * What the add-in ignored or could not use in the package, collapsed under "Package details": a
 * rep rarely needs it, an administrator helping them does (file, element and what happened).
 * Nothing is shown for a package without warnings.
 */
export function PackageWarnings({ pkg }: { readonly pkg: CustomizationPackage }) {
  const styles = useStyles();
  const warnings = packageWarnings(pkg);
  if (warnings.length === 0) return null;
  const count = warnings.length === 1 ? '1 note' : `${warnings.length} notes`;
  return (
    <Accordion collapsible>
      <AccordionItem value="details">
        <AccordionHeader>{`Package details (${count})`}</AccordionHeader>
        <AccordionPanel>
          <ul className={styles.list} aria-label="What the add-in does not use in this package">
            {warnings.map((warning, i) => (
              <li key={i}>
                {warning.message}
                <Caption1 className={styles.where}>
                  {warning.path === '/' ? warning.file : `${warning.file} — ${warning.path}`}
                </Caption1>
              </li>
            ))}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
