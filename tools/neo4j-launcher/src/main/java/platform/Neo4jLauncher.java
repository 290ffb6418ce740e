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
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j 5 Community server with Bolt on a loopback address.
 *
 * <p>Arguments come from the environment so the Node launcher controls everything:
 * NEO4J_HOME (data directory), NEO4J_BOLT_PORT, NEO4J_BOLT_HOST, NEO4J_USER, NEO4J_PASSWORD,
 * NEO4J_PAGECACHE_MB, NEO4J_PLUGINS (plugin directory; default: the APOC core jars the Maven
 * build copies to target/plugins, if present).
 * Prints "NEO4J_READY bolt://host:port" once Bolt accepts connections.
 *
 * <p>APOC may write export files (apoc.export.file.enabled), only under NEO4J_HOME/import; LOAD
 * CSV reads files only from there too, and APOC's file import stays off.
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
    Path importDir = Files.createDirectories(home.resolve("import"));

    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
        .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
        .setConfig(GraphDatabaseSettings.pagecache_memory,
            ByteUnit.mebiBytes(Long.parseLong(env("NEO4J_PAGECACHE_MB", "256"))));
    String configured = System.getenv("NEO4J_PLUGINS");
    boolean ownPlugins = configured != null && !configured.isBlank();
    Path plugins = ownPlugins ? Path.of(configured).toAbsolutePath() : bundledPlugins();
    if (plugins != null) {
      builder.setConfig(GraphDatabaseSettings.plugin_dir, plugins);
      // The bundled APOC stays sandboxed: apoc.export.* works, while the procedures that reach
      // into database internals (apoc.meta.*, apoc.schema.*, apoc.trigger.*, …) are unavailable
      // (a warning each in debug.log). A plugin directory of one's own is trusted as before.
      if (ownPlugins) {
        builder.setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
      }
      // APOC reads its settings from environment variables, then system properties, then
      // apoc.conf: these defaults need no file, and a -D or environment variable overrides them.
      defaultProperty("apoc.export.file.enabled", "true");
      defaultProperty("apoc.import.file.use_neo4j_config", "true");
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
  // Neo4j refuses to set the password a user already has: on a restart that refusal means done.
  private static void ensureUser(GraphDatabaseService system, String user, String password) {
    system.executeTransactionally(
        "CREATE USER $user IF NOT EXISTS SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
        Map.of("user", user, "password", password));
    try {
      system.executeTransactionally(
          "ALTER USER $user SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("user", user, "password", password));
    } catch (QueryExecutionException e) {
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }

  // Neo4j registers procedures only from jars in its plugin directory, never from the classpath,
  // so the build puts the APOC jars (also on the classpath, for APOC's extensions) in
  // target/plugins beside target/classes.
  private static Path bundledPlugins() throws Exception {
    Path classes = Path.of(Neo4jLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path bundled = classes.resolveSibling("plugins");
    if (!Files.isDirectory(bundled)) return null;
    try (var jars = Files.list(bundled)) {
      return jars.anyMatch(p -> p.toString().endsWith(".jar")) ? bundled : null;
    }
  }

  private static void defaultProperty(String name, String value) {
    if (System.getProperty(name) == null) System.setProperty(name, value);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
