import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../scripts/static-server.mjs';
import { startHostServer } from './host-server';

export const SUB_PATH = '/sub/';

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string;
    subSiteOrigin: string;
    hostOrigin: string;
  }
}

const origin = (server: Server) => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return `http://${address.address}:${address.port}`;
};

/** Serve both builds and a teacher's page on a third origin, for every test file. */
export default async function setup(project: TestProject) {
  const site = await startStaticServer({ dir: 'dist' });
  const subSite = await startStaticServer({ dir: 'dist-sub', base: SUB_PATH });
  const host = await startHostServer();
  project.provide('siteOrigin', origin(site));
  project.provide('subSiteOrigin', origin(subSite));
  project.provide('hostOrigin', origin(host));
  return () => {
    site.close();
    subSite.close();
    host.close();
  };
}
