import neo4j, { type Driver } from 'neo4j-driver';

export type { Driver };

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  /**
   * How long a transaction function retries transient failures, ms. The driver's own default
   * (30 s) outlasts every client timeout during an outage. @default 2000
   */
  maxRetryMs?: number;
}

export function createNeo4jDriver(options: Neo4jOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: options.maxRetryMs ?? 2_000,
    disableLosslessIntegers: true,
  });
}
