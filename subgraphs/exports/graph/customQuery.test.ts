import { describe, expect, it } from 'vitest';
import { PlatformError } from '../../../lib/errors.js';
import { validateCustomQuery } from './customQuery.js';

const rejected = (query: string): string => {
  try {
    validateCustomQuery(query, 20_000);
  } catch (error) {
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).code).toBe('EXPORT_QUERY_REJECTED');
    return (error as PlatformError).message;
  }
  throw new Error(`accepted: ${query}`);
};

describe('validateCustomQuery', () => {
  it('accepts read-only tenant-scoped Cypher, with keywords inside strings and comments', () => {
    const query =
      "MATCH (e:Entity) WHERE e.tenant_id = $tenantId AND e.name <> 'CREATE; DELETE' // SET nothing\nRETURN e.name";
    expect(validateCustomQuery(query, 20_000)).toBe(query);
    expect(
      validateCustomQuery(
        'CALL db.index.fulltext.queryNodes("EntityNameFulltext", "dti") YIELD node WHERE node.tenant_id = $tenantId RETURN node.name',
        20_000,
      ),
    ).toContain('queryNodes');
  });

  it("accepts Neo4j's own namespaced functions and URLs inside strings", () => {
    const query =
      "MATCH (d:Document) WHERE d.tenant_id = $tenantId AND d.url STARTS WITH 'https://example.org/' " +
      "RETURN date.truncate('day', datetime()) AS day, point.distance(point({x: 0, y: 0}), point({x: 1, y: 1})) AS p, " +
      'duration.between(date(), date()) AS d, toUpper(d.title) AS t, count (*) AS c';
    expect(validateCustomQuery(query, 20_000)).toBe(query);
  });

  it.each([
    ['MATCH (n) WHERE n.tenant_id = $tenantId DETACH DELETE n', 'DETACH'],
    ['MATCH (n) WHERE n.tenant_id = $tenantId MERGE (m:X) RETURN m', 'MERGE'],
    ['LOAD CSV FROM "file:///etc/passwd" AS l RETURN l, $tenantId', 'LOAD'],
    ['MATCH (n) WHERE n.tenant_id = $tenantId CALL { WITH n SET n.x = 1 } RETURN n', 'SET'],
    ['CALL dbms.security.listUsers() YIELD username RETURN username, $tenantId', 'dbms.security.listUsers'],
    [
      'CALL apoc.cypher.runWrite("CREATE (n)", {}) YIELD value RETURN value, $tenantId',
      'apoc.cypher.runWrite',
    ],
    ['CALL apoc.export.csv.all("all.csv", {}) YIELD file RETURN file, $tenantId', 'apoc.export.csv.all'],
    // APOC functions run Cypher (and so apoc.load.*, apoc.export.*) from a READ transaction.
    [
      'MATCH (n) WHERE n.tenant_id = $tenantId RETURN apoc.cypher.runFirstColumnSingle("CALL apoc.export.csv.all(\'x.csv\', {})", {})',
      'apoc.cypher.runFirstColumnSingle',
    ],
    [
      'RETURN apoc . cypher\n.runFirstColumnMany ("MATCH (m) RETURN m", {}), $tenantId',
      'apoc.cypher.runFirstColumnMany',
    ],
    ['RETURN `apoc`.version(), $tenantId', '`…`.version'],
    ['RETURN `apoc.version`(), $tenantId', '`…`'],
    ['RETURN apoc.text.join(["a"], ","), $tenantId', 'apoc.text.join'],
    ['RETURN gds.util.asNode(0), $tenantId', 'gds.util.asNode'],
    // Cypher-only separators and line breaks must not hide a call from the checks.
    ['RETURN apoc\u001c.version(), $tenantId', 'apoc.version'],
    ['MATCH (n) WHERE n.tenant_id = $tenantId // note\rRETURN apoc.version()', 'apoc.version'],
    ["RETURN 'http://x' + apoc.version(), $tenantId", 'apoc.version'],
    ['SHOW USERS', 'SHOW'],
    ['USE system MATCH (n) WHERE n.tenant_id = $tenantId RETURN n', 'USE'],
    ['MATCH (n:Entity) RETURN n', '$tenantId'],
    ["MATCH (n) WHERE n.tenant_id = '$tenantId' RETURN n", '$tenantId'],
    ['MATCH (n) WHERE n.tenant_id = $tenantId RETURN n; MATCH (m) RETURN m', 'single statement'],
    ['', 'need a Cypher'],
  ])('rejects %s', (query, mention) => {
    expect(rejected(query)).toContain(mention);
  });
});
