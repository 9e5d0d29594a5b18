// The ribbon's Sync as a click in the function-file page, shared by ribbon.browser.ts and ribbonBudget.browser.ts
// (a test file may not import another test file).

declare global {
  interface Window {
    crmProgress?: Array<{ progress?: { phase: string } }>;
    crmNotifications?: string[];
  }
}

/**
 * Runs `syncNow` in the commands page as a ribbon click would and resolves when it called
 * completed(). The function file registers its commands once its host started, so the click is
 * repeated until the first notification shows it ran. (A string: tsx would add `__name` helpers.)
 */
export const CLICK_SYNC = `new Promise((resolve, reject) => {
  const deadline = Date.now() + 20000;
  const click = () => window.dispatchEvent(new CustomEvent('crm-desktop:run-command', { detail: 'syncNow' }));
  const timer = setInterval(() => (Date.now() > deadline ? reject(new Error('syncNow was never registered')) : click()), 500);
  window.addEventListener('crm-desktop:notification', () => clearInterval(timer), { once: true });
  window.addEventListener('crm-desktop:command-completed', () => resolve(undefined), { once: true });
  click();
})`;
