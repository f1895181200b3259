import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * The reference for Convene's cheapest routes in make bench: Reactor Netty on the same JDK, answering the very
 * bytes Convene answers (captured by bench/baseline.sh just before), with no framework above it. The ratio
 * Convene / this server is what Spring, security and observation cost per request.
 *
 * <p>java -cp <reactor-netty classpath> bench/bare/BareServer.java PORT DIR, where DIR holds scanner.js,
 * liveness.json and events.json.
 */
public final class BareServer {

    record Route(byte[] body, String contentType) {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Map<String, Route> routes = Map.of(
                "/js/scanner.js", new Route(Files.readAllBytes(dir.resolve("scanner.js")), "text/javascript"),
                "/actuator/health/liveness",
                new Route(Files.readAllBytes(dir.resolve("liveness.json")), "application/json"),
                "/api/v1/events", new Route(Files.readAllBytes(dir.resolve("events.json")), "application/json"));
        DisposableServer server = HttpServer.create()
                .host("127.0.0.1")
                .port(port)
                .route(r -> routes.forEach((path, route) -> r.get(path, (request, response) -> response
                        .header("Content-Type", route.contentType())
                        .header("Content-Length", String.valueOf(route.body().length))
                        .sendByteArray(Mono.just(route.body())))))
                .bindNow();
        System.out.println("bare server on " + server.port());
        server.onDispose().block();
    }
}
