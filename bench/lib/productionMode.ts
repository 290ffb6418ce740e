// Imported first by benches that run subgraphs in their own process: graphql-js picks its
// production checks (a plain `instanceof`, not the development check that looks for a second
// copy of graphql) when it is first loaded, so those subgraphs run as a deployed one does.
process.env.NODE_ENV ??= 'production';
