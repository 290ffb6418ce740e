import {
  CHAPTERS,
  DECISION_TREES,
  DOCUMENT_TYPES,
  ENTITY_TYPES,
  GUIDES,
  LOAN_PROGRAMS,
  OUTCOMES,
  TOPICS,
  entityNames,
  relationType,
  sectionPath,
  topicContent,
  type EntityType,
  type LoanProgram,
} from './mortgageCatalog.js';
import { seededRandom, type SeededRandom } from './seededRandom.js';
import {
  BatchBuffer,
  type EntityRow,
  type GraphBatch,
  type GraphCounts,
  type MatrixRow,
  type NavigationRow,
} from './graphBatch.js';

export interface GenerateOptions {
  tenantId: string;
  packages: number;
  documentsPerPackage: number;
  entitiesPerDocument: number;
  seed: number;
  /** Navigation nodes (guide sections) per document. @default 6 */
  sectionsPerDocument?: number;
  /** Decision trees per document, each hung on one of its sections. @default 2 */
  decisionTreesPerDocument?: number;
  /** LTV/FICO matrix rows per package. @default 3 */
  matricesPerPackage?: number;
  /** Outgoing RELATES_TO per entity, to other entities of the same document. @default 2 */
  relationsPerEntity?: number;
  /** Most rows in one batch. @default 10000 */
  batchSize?: number;
  /**
   * Nodes buffered before they are handed out, with their relationships. Larger than `batchSize`
   * so most batches are full: each batch costs the loader a commit however few rows it holds.
   * @default 50000
   */
  flushNodes?: number;
}

const DEFAULTS = {
  sectionsPerDocument: 6,
  decisionTreesPerDocument: 2,
  matricesPerPackage: 3,
  relationsPerEntity: 2,
  batchSize: 10_000,
  flushNodes: 50_000,
};
type Resolved = Required<GenerateOptions>;

function resolve(options: GenerateOptions): Resolved {
  const resolved = { ...DEFAULTS, ...options };
  for (const [name, value] of Object.entries(resolved)) {
    if (typeof value === 'number' && name !== 'seed' && (!Number.isInteger(value) || value < 0)) {
      throw new Error(`${name} must be a non-negative integer, got ${value}`);
    }
  }
  if (resolved.batchSize < 1 || resolved.flushNodes < 1) {
    throw new Error('batchSize and flushNodes must be at least 1');
  }
  if (!Number.isFinite(resolved.seed)) throw new Error(`seed must be a finite number, got ${resolved.seed}`);
  if (resolved.tenantId === '') throw new Error('tenantId must not be empty');
  return resolved;
}

/** Exact sizes of the graph `generateTenantGraph` yields for these options. */
export function expectedCounts(options: GenerateOptions): GraphCounts {
  const o = resolve(options);
  const relations =
    o.entitiesPerDocument * Math.min(o.relationsPerEntity, Math.max(o.entitiesPerDocument - 1, 0));
  const trees = o.sectionsPerDocument > 0 ? o.decisionTreesPerDocument : 0;
  const perDocumentNodes = 1 + o.sectionsPerDocument + trees + o.entitiesPerDocument;
  const perDocumentRels = 1 + o.sectionsPerDocument + trees + o.entitiesPerDocument + relations;
  return {
    nodes: o.packages * (1 + o.matricesPerPackage + o.documentsPerPackage * perDocumentNodes),
    relationships: o.packages * (o.matricesPerPackage + o.documentsPerPackage * perDocumentRels),
  };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const round = (n: number, digits: number): number => Number(n.toFixed(digits));
// Packages are dated within three years from here, so dates do not depend on the clock.
const EPOCH = Date.UTC(2022, 0, 1);
const DAY = 86_400_000;

/**
 * Yields one tenant's knowledge graph in batches. Every relationship batch comes after the node
 * batches of all nodes it references, so a loader can write batches in order. Memory stays bounded
 * by `flushNodes` (plus one document) whatever the total size.
 */
export function* generateTenantGraph(options: GenerateOptions): Generator<GraphBatch> {
  const o = resolve(options);
  const buffer = new BatchBuffer(o.batchSize);
  const push = buffer.addNode.bind(buffer);
  const link = buffer.addRelationship.bind(buffer);

  for (let p = 1; p <= o.packages; p++) {
    const rng = seededRandom(`${o.tenantId}:${o.seed}:${p}`);
    const program = rng.pick(LOAN_PROGRAMS);
    const trees = DECISION_TREES.filter((tree) => !tree.needs || program.transactions.includes(tree.needs));
    const packageId = `${o.tenantId}-pkg-${pad(p, 6)}`;
    const createdAt = EPOCH + Math.floor(rng.next() * 3 * 365) * DAY + rng.int(0, DAY / 1000 - 1) * 1000;
    const created = new Date(createdAt);
    push('DocumentPackage', {
      package_id: packageId,
      tenant_id: o.tenantId,
      name: `${program.name} Guidelines ${created.getUTCFullYear()} Q${Math.floor(created.getUTCMonth() / 3) + 1}`,
      version: `${rng.int(1, 6)}.${rng.int(0, 12)}`,
      status: rng.next() < 0.8 ? 'ACTIVE' : rng.pick(['DRAFT', 'SUPERSEDED']),
      loan_program: program.name,
      created_at: created.toISOString(),
    });
    matrices(o, program, p).forEach((row) => {
      push('MatrixDocument', row);
      link('PACKAGE_MATRIX', packageId, row.matrix_id);
    });
    const documentTypes = rng.shuffle(DOCUMENT_TYPES);
    for (let d = 1; d <= o.documentsPerPackage; d++) {
      const key = `${pad(p, 6)}-${pad(d, 3)}`;
      const documentId = `${o.tenantId}-doc-${key}`;
      const docType = documentTypes[(d - 1) % documentTypes.length] ?? DOCUMENT_TYPES[0];
      const processedAt = new Date(createdAt + rng.int(1, 30 * 24 * 60) * 60_000);
      const revision = processedAt.toISOString().slice(0, 7);
      push('Document', {
        document_id: documentId,
        tenant_id: o.tenantId,
        title: `${program.name} ${docType.title} (Rev. ${revision})`,
        document_type: docType.type,
        source: `${slug(GUIDES[program.agency])}/${slug(program.name)}-${slug(docType.title)}-${revision}.pdf`,
        page_count: docType.type === 'GUIDELINE' ? rng.int(40, 600) : rng.int(2, 60),
        status: rng.next() < 0.9 ? 'COMPLETED' : 'NEEDS_REVIEW',
        processed_at: processedAt.toISOString(),
      });
      link('PACKAGE_DOCUMENT', packageId, documentId);

      const outline = sections(o, program, rng, key);
      for (const row of outline) {
        push('NavigationNode', row);
        link('DOCUMENT_NAVIGATION', documentId, row.enhanced_node_id);
      }
      // Trees hang on sub-sections where there are any: chapters are too broad to decide on.
      const subsections = outline.filter((s) => s.level > 1);
      const anchors = subsections.length > 0 ? subsections : outline;
      for (let t = 1; anchors.length > 0 && t <= o.decisionTreesPerDocument; t++) {
        const anchor = rng.pick(anchors);
        const tree = rng.pick(trees);
        const treeId = `${o.tenantId}-dt-${key}-${pad(t, 3)}`;
        push('DecisionTree', {
          tree_id: treeId,
          tenant_id: o.tenantId,
          name: `${program.name} ${tree.name}`,
          description: tree.description,
          outcome: rng.pick(OUTCOMES),
          node_count: rng.int(5, 48),
        });
        link('NAVIGATION_TREE', anchor.enhanced_node_id, treeId);
      }

      const entities = extractEntities(o, program, rng, key);
      for (const entity of entities) {
        push('Entity', entity);
        link('DOCUMENT_ENTITY', documentId, entity.enhanced_entity_id);
      }
      const offsets = Array.from({ length: Math.max(entities.length - 1, 0) }, (_, i) => i + 1);
      const perEntity = Math.min(o.relationsPerEntity, offsets.length);
      entities.forEach((source, i) => {
        for (const offset of rng.shuffle(offsets).slice(0, perEntity)) {
          const target = entities[(i + offset) % entities.length] as EntityRow;
          link('ENTITY_RELATION', source.enhanced_entity_id, target.enhanced_entity_id, {
            relation_type: relationType(source.entity_type, target.entity_type),
            confidence: round(0.6 + rng.next() * 0.39, 3),
          });
        }
      });
      if (buffer.bufferedNodes >= o.flushNodes) yield* buffer.drain();
    }
  }
  yield* buffer.drain();
}

function sections(o: Resolved, program: LoanProgram, rng: SeededRandom, key: string): NavigationRow[] {
  // A guide outline: chapter, section, topics, section, topic, then the next chapter.
  const levels = [1, 2, 3, 3, 2, 3];
  const topics = rng.shuffle(TOPICS);
  const firstChapter = rng.int(1, 9);
  let chapter = firstChapter - 1;
  let section = 0;
  let topic = 0;
  return Array.from({ length: o.sectionsPerDocument }, (_, i) => {
    const level = levels[i % levels.length] ?? 1;
    if (level === 1) [chapter, section, topic] = [chapter + 1, 0, 0];
    if (level === 2) [section, topic] = [section + 1, 0];
    if (level === 3) topic++;
    const title =
      level === 1
        ? (CHAPTERS[(chapter - 1) % CHAPTERS.length] ?? CHAPTERS[0])
        : (topics[i % topics.length] ?? TOPICS[0]);
    return {
      enhanced_node_id: `${o.tenantId}-nav-${key}-${pad(i + 1, 3)}`,
      tenant_id: o.tenantId,
      title,
      level,
      section_path: sectionPath(program.agency, chapter, Math.max(section, 1), Math.max(topic, 1), level),
      content:
        level === 1
          ? `${title} requirements for ${program.name} loans under the ${GUIDES[program.agency]}.`
          : topicContent(title, program),
    };
  });
}

function extractEntities(o: Resolved, program: LoanProgram, rng: SeededRandom, key: string): EntityRow[] {
  const used = new Set<string>();
  return Array.from({ length: o.entitiesPerDocument }, (_, i) => {
    // Every guideline names its agency and program; the rest is what extraction happened to find.
    const type: EntityType = i === 0 ? 'AGENCY' : i === 1 ? 'LOAN_TYPE' : rng.pick(ENTITY_TYPES);
    const candidates = entityNames(type, program);
    const start = i < 2 ? 0 : rng.int(0, candidates.length - 1);
    const rotated = [...candidates.slice(start), ...candidates.slice(0, start)];
    const name = rotated.find((n) => !used.has(n)) ?? rotated[0] ?? type;
    used.add(name);
    return {
      enhanced_entity_id: `${o.tenantId}-ent-${key}-${pad(i + 1, 3)}`,
      tenant_id: o.tenantId,
      name,
      entity_type: type,
      confidence: round(0.72 + rng.next() * 0.27, 3),
    };
  });
}

function matrices(o: Resolved, program: LoanProgram, p: number): MatrixRow[] {
  const combos = program.occupancies.flatMap((occupancy) =>
    program.transactions.map((tx) => ({ occupancy, tx })),
  );
  return Array.from({ length: o.matricesPerPackage }, (_, m) => {
    const { occupancy, tx } = combos[m % combos.length] ?? { occupancy: 'Primary Residence', tx: 'Purchase' };
    // Higher tiers model larger loan amounts: 5 points less LTV, 20 points more FICO each.
    const tier = Math.floor(m / combos.length);
    let ltv = program.maxLtv;
    if (occupancy === 'Second Home') ltv = Math.min(ltv, 90);
    if (occupancy === 'Investment Property') ltv = Math.min(ltv, 85);
    if (tx === 'Cash-Out Refinance') ltv = Math.min(ltv, occupancy === 'Primary Residence' ? 80 : 75);
    const surcharge = (occupancy === 'Primary Residence' ? 0 : 20) + (tx === 'Cash-Out Refinance' ? 20 : 0);
    return {
      matrix_id: `${o.tenantId}-mtx-${pad(p, 6)}-${pad(m + 1, 3)}`,
      tenant_id: o.tenantId,
      product: `${program.name} ${tx}${tier > 0 ? ` Tier ${tier + 1}` : ''}`,
      occupancy,
      max_ltv: round(Math.max(ltv - 5 * tier, 50), 2),
      min_fico: Math.min(program.minFico + surcharge + 20 * tier, 800),
    };
  });
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
