// What a chat platform gets from `npm start`: the dependencies, the shared HTTP server and the dispatch options.
import type { DispatchOptions } from '../dispatch/dispatcher.js';
import type { Deps } from '../dispatch/types.js';
import type { HttpServer } from './http-server.js';

export interface PlatformHost {
  deps: Deps;
  /** The one HTTP server on PORT (playground too); platforms mount their POST routes on it. */
  server: Pick<HttpServer, 'addRoute'>;
  dispatchOptions?: DispatchOptions;
}
