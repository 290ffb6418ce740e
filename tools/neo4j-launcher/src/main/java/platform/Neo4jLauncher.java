package platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j 5 Community server with Bolt on a loopback address.
 *
 * <p>Arguments come from the environment so the Node launcher controls everything:
 * NEO4J_HOME (data directory), NEO4J_BOLT_PORT, NEO4J_BOLT_HOST, NEO4J_USER, NEO4J_PASSWORD,
 * NEO4J_PAGECACHE_MB, NEO4J_PLUGINS (optional plugin directory, e.g. for APOC).
 * Prints "NEO4J_READY bolt://host:port" once Bolt accepts connections.
 */
public final class Neo4jLauncher {
  private Neo4jLauncher() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(env("NEO4J_HOME", ".data/neo4j")).toAbsolutePath();
    String host = env("NEO4J_BOLT_HOST", "127.0.0.1");
    int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
    String user = env("NEO4J_USER", "neo4j");
    String password = env("NEO4J_PASSWORD", "localdevpassword");
    Files.createDirectories(home);

    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
        .setConfig(GraphDatabaseSettings.pagecache_memory,
            ByteUnit.mebiBytes(Long.parseLong(env("NEO4J_PAGECACHE_MB", "256"))));
    String plugins = System.getenv("NEO4J_PLUGINS");
    if (plugins != null && !plugins.isBlank()) {
      builder.setConfig(GraphDatabaseSettings.plugin_dir, Path.of(plugins).toAbsolutePath());
      builder.setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
    }
    DatabaseManagementService dbms = builder.build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

    ensureUser(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), user, password);
    System.out.println("NEO4J_READY bolt://" + host + ":" + port);
    System.out.flush();
    Thread.currentThread().join();
  }

  // Community edition has native users but no roles: create or reset the configured user so the
  // password in the environment is always the one that works, and drop the default "must change".
  private static void ensureUser(GraphDatabaseService system, String user, String password) {
    system.executeTransactionally(
        "CREATE USER $user IF NOT EXISTS SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
        Map.of("user", user, "password", password));
    system.executeTransactionally(
        "ALTER USER $user SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
        Map.of("user", user, "password", password));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
