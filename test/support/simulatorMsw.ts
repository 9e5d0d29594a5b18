import { http, HttpResponse } from 'msw';
import { isSimulatedDrop, type Simulator } from '../../src/simulator';

/**
 * msw handlers that route the EAI endpoint paths of `baseUrl` to the simulator (field evidence §3:
 * `/siebel/app/<application>/<lang>[/swe]` and `/eai_<lang>/start.swe`; the simulator itself
 * decides which paths are EAI endpoints). A simulated drop becomes a network
 * error; a drop in the middle of a page sends half the body and then fails the body stream.
 *
 * @example
 * const server = setupServer(...simulatorHandlers(createSimulator()));
 * server.listen({ onUnhandledRequest: 'error' });
 */
export function simulatorHandlers(simulator: Simulator, baseUrl = 'https://siebel.test') {
  const handle = async ({ request }: { request: Request }) => {
    try {
      return await simulator.handle(request);
    } catch (error) {
      if (!isSimulatedDrop(error)) throw error;
      if (!error.partial) return HttpResponse.error();
      const bytes = new TextEncoder().encode(error.partial.body);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes);
          controller.error(new TypeError('Simulated connection drop in the middle of the response'));
        },
      });
      return new Response(body, { status: error.partial.status, headers: error.partial.headers });
    }
  };
  return [
    http.post(`${baseUrl}/siebel/app/:application/:lang/swe`, handle),
    http.post(`${baseUrl}/siebel/app/:application/:lang`, handle),
    http.post(`${baseUrl}/:eai/start.swe`, handle),
  ];
}
