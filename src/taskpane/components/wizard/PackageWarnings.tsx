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
import { useTranslator } from '../../language/TranslatorContext';

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
  const { t } = useTranslator();
  const warnings = packageWarnings(pkg);
  if (warnings.length === 0) return null;
  return (
    <Accordion collapsible>
      <AccordionItem value="details">
        <AccordionHeader>{t('wizard.packageDetails.title', { count: warnings.length })}</AccordionHeader>
        <AccordionPanel>
          <ul className={styles.list} aria-label={t('wizard.packageDetails.list')}>
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
