import neo4j, { type Driver } from 'neo4j-driver';

export type { Driver };

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
}

export function createNeo4jDriver(options: Neo4jOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    disableLosslessIntegers: true,
  });
}
