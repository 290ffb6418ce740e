export * from "./gql.js";
//# sourceMappingURL=index.d.ts.map