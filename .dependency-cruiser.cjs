// The house's boundaries, checked by `npm test` (docs: ../shared/STYLE.md "Shape of the house").
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import circles make start-up order and mocking-free tests fragile.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'subgraphs-stay-apart',
      severity: 'error',
      comment: 'Subgraphs meet only through the supergraph and the event envelope.',
      from: { path: '^subgraphs/([^/]+)/' },
      to: { path: '^subgraphs/', pathNot: '^subgraphs/$1/|^subgraphs/audit/auditApi\\.ts$' },
    },
    {
      name: 'audit-store-through-its-api',
      severity: 'error',
      comment:
        'The audit subgraph owns its store; everything else records and reads through subgraphs/audit/auditApi.ts.',
      from: { path: '^(gateway|subgraphs|runtime|scripts|bench|test)/', pathNot: '^subgraphs/audit/' },
      to: { path: '^subgraphs/audit/store/' },
    },
    {
      name: 'nothing-imports-runtime',
      severity: 'error',
      comment: 'runtime/ is the composition root: it imports the rest, never the other way.',
      from: { path: '^(lib|gateway|subgraphs)/' },
      to: { path: '^runtime/' },
    },
    {
      name: 'lib-is-a-leaf',
      severity: 'error',
      comment: 'lib/ holds what gateway and subgraphs share; it depends on neither.',
      from: { path: '^lib/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(gateway|subgraphs|runtime|test|bench|scripts)/' },
    },
    {
      name: 'gateway-uses-subgraph-apis',
      severity: 'error',
      comment: 'The gateway reaches a subgraph only through what it exports for it (gatewayApi.ts).',
      from: { path: '^gateway/' },
      to: {
        path: '^subgraphs/',
        pathNot: '^subgraphs/[^/]+/gatewayApi\\.ts$|^subgraphs/audit/auditApi\\.ts$',
      },
    },
    {
      name: 'client-is-its-own-package',
      severity: 'error',
      comment: 'client/ ships to partners: it may import only its own files and its dependencies.',
      from: { path: '^client/' },
      to: { path: '^(lib|gateway|subgraphs|runtime|test|bench|scripts|examples)/' },
    },
    {
      name: 'example-app-uses-only-the-package',
      severity: 'error',
      comment: 'The example partner app shows the package alone: no reaching into the platform.',
      from: { path: '^examples/' },
      to: { path: '^(lib|gateway|subgraphs|runtime|test|bench|scripts)/' },
    },
    {
      name: 'no-tests-in-production-code',
      severity: 'error',
      from: { path: '^(lib|gateway|subgraphs|runtime)/', pathNot: '\\.test\\.ts$|/testing/' },
      to: { path: '^test/|\\.test\\.ts$|/testing/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)generated/|node_modules|(^|/)dist/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.mts', '.js', '.mjs'] },
  },
};
