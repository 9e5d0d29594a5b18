import type { Page, Request } from 'playwright-core';
import { cleanUpAfterTest, openFreshTaskpane, simulatorAdmin, syncFirstTimeAndOpenData } from './addinPages';
import { test } from './fixtures';

/** A deployment that publishes its services its own way: SiebelMessage arguments, SearchSpec, its own namespace and names. */
const WIRE = {
  operationNamespace: 'http://crm.example.com/siebel/services',
  messageShape: 'siebelMessage',
  queryCriteria: 'searchSpecArgument',
  operations: {
    downloadMetadataFiles: 'GetCrmDesktopMetadata',
    queryPage: 'Query{record}Page',
    executeBatch: 'RunSyncBatch',
  },
} as const;

/** Serves `body` as the add-in's deployment.json for this page. */
async function deployWith(page: Page, body: string): Promise<void> {
  await page.route('**/deployment.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

/**
 * The company deploys a wire profile that is not the default and the server publishes its services
 * the same way: the wizard's first synchronization goes through, and every request is written in
 * that profile's shape.
 */
test('syncs through a non default wire profile', async ({ page, ctx }) => {
  const bodies: string[] = [];
  const collect = (request: Request) => {
    // Service calls only: the server step's reachability probe is an empty envelope.
    const body = request.postData() ?? '';
    if (request.method() === 'POST' && /\/siebel\/app\//.test(request.url()) && /_Input\b/.test(body))
      bodies.push(body);
  };
  try {
    await simulatorAdmin(page, ctx, 'settings', { wire: WIRE });
    await deployWith(page, JSON.stringify({ wire: WIRE }));
    page.on('request', collect);
    await openFreshTaskpane(page, ctx);
    await syncFirstTimeAndOpenData(page);
    await page.getByRole('tab', { name: 'Records' }).waitFor();
    await ctx.screenshot(page, 'wire-profile-records');
    if (bodies.length < 3) throw new Error(`expected several requests to the Siebel Server, saw ${bodies.length}`);
    const queries = bodies.filter((body) => /Query\w+Page_Input/.test(body));
    if (queries.length === 0) throw new Error('no QueryPage request was sent in the profile\u2019s operation names');
    for (const body of bodies) {
      if (!body.includes(WIRE.operationNamespace))
        throw new Error(`a request was not in the profile's namespace: ${body.slice(0, 300)}`);
      if (body.includes('http://siebel.com/asi/')) throw new Error('a request used the default namespace');
    }
    if (
      !queries.every(
        (body) => body.includes('<SiebelMessage>') && body.includes('<SearchSpec') && !/ searchspec=/.test(body),
      )
    ) {
      throw new Error('a QueryPage request was not in the SiebelMessage / SearchSpec shape of the profile');
    }
  } finally {
    page.off('request', collect);
    await page.unroute('**/deployment.json');
    await cleanUpAfterTest(page, ctx);
  }
});

/** A deployment file with wrong settings stops the task pane before anything is sent, naming every problem. */
test('refuses an invalid deployment file', async ({ page, ctx }) => {
  let sent = 0;
  const count = (request: Request) => {
    if (/\/siebel\/app\//.test(request.url())) sent++;
  };
  try {
    await deployWith(page, JSON.stringify({ wire: { messageShape: 'soap', operations: { queryPage: 'QueryPage' } } }));
    page.on('request', count);
    await page.goto(`${ctx.origin}/taskpane.html?standalone`, { waitUntil: 'domcontentloaded' });
    const alert = page.getByText('CRM Desktop cannot start');
    await alert.waitFor({ timeout: 15_000 });
    const text = (await page.locator('main').textContent()) ?? '';
    for (const expected of [
      'messageShape must be one of',
      'operations.queryPage must be an XML name holding {record}',
      'contact your CRM administrator',
    ]) {
      if (!text.includes(expected))
        throw new Error(`the start-up error does not say "${expected}": ${JSON.stringify(text)}`);
    }
    if (sent !== 0) throw new Error(`${sent} requests reached the Siebel Server with an invalid deployment file`);
    await ctx.screenshot(page, 'wire-profile-invalid');
  } finally {
    page.off('request', count);
    await page.unroute('**/deployment.json');
    await cleanUpAfterTest(page, ctx);
  }
});
