// Types of redisCluster.mjs (plain JavaScript, like services.mjs).
export interface RedisClusterHandle {
  readonly host: string;
  readonly ports: readonly number[];
  /** REDIS_CLUSTER_NODES for this cluster (every node, host:port, comma-separated). */
  readonly nodes: string;
  /** Ports of the nodes that are masters now. */
  masters(): number[];
  /** The live master serving a key's slot now. */
  masterOf(key: string): number;
  /** SIGKILLs a node: a crash, not a CLUSTER FAILOVER. */
  kill(port: number): void;
  /** Resolves when every slot is served again (after a kill: once a replica took over). */
  waitHealthy(timeoutMs?: number): Promise<void>;
  /** CROSSSLOT replies every live node has sent, and the commands that were refused. */
  crossSlotReplies(): { count: number; commands: string[] };
  /** Zeroes every live node's statistics (after a deliberate CROSSSLOT). */
  resetStats(): void;
  stop(): void;
}
export declare function freeClusterPorts(count: number): Promise<number[]>;
export declare function startRedisCluster(options?: {
  masters?: number;
  replicas?: number;
  ports?: readonly number[];
  dir?: string;
  nodeTimeoutMs?: number;
}): Promise<RedisClusterHandle>;
