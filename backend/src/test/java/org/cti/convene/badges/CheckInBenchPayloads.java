package org.cti.convene.badges;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Prepares the check-in load of {@code bench/checkin.sh} against a running instance: creates and publishes an
 * event, registers {@code count} delegates through the public API, and writes the badge payload of each, signed
 * with the instance's own key file, one per line. Signing here instead of downloading and decoding 1,000 badge
 * PDFs keeps the set-up short; the payloads are the ones the badges carry ({@code BadgeEndpointTests} proves it).
 * Not a test. Prints the event id.
 *
 * <pre>
 * java -cp backend/target/classes:backend/target/test-classes:$(cat cp.txt) \
 *   org.cti.convene.badges.CheckInBenchPayloads http://localhost:18090 admin@x password data-dir 1000 out.txt
 * </pre>
 */
public final class CheckInBenchPayloads {

    private static final ObjectMapper json = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: <base-url> <admin-email> <admin-password> <data-dir> <count> <out-file>");
            System.exit(2);
        }
        String base = args[0];
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        BadgeKeys keys = BadgeKeyFile.read(Path.of(args[3]).resolve(BadgeKeyFile.FILE_NAME));
        int count = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newHttpClient();

        UUID event = createEvent(http, base, basic, count);
        List<UUID> ids = register(http, base, event, count);
        BadgeSigner signer = new BadgeSigner(keys);
        List<String> payloads = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            payloads.add(signer.sign(new BadgeClaim(id, event, 1)));
        }
        Files.write(Path.of(args[5]), payloads, StandardCharsets.US_ASCII);
        System.out.println(event);
    }

    private static UUID createEvent(HttpClient http, String base, String basic, int capacity) throws Exception {
        Instant start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String slug = "bench-checkin-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Map.of(
                "kind",
                "HIGH_LEVEL_EVENT",
                "slug",
                slug,
                "title",
                Map.of("en", "Check-in benchmark"),
                "venue",
                Map.of(
                        "name",
                        "Palais des Nations, Room XX",
                        "city",
                        "Geneva",
                        "countryCode",
                        "CH",
                        "timeZone",
                        "Europe/Zurich"),
                "startsAt",
                start.toString(),
                "endsAt",
                start.plus(2, ChronoUnit.HOURS).toString(),
                "capacity",
                capacity,
                "access",
                "PUBLIC",
                "approvalRequired",
                false,
                "waitlist",
                true);
        JsonNode created = send(
                http,
                HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/events"))
                        .header("Authorization", basic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                        .build(),
                201);
        UUID id = UUID.fromString(created.get("id").asText());
        send(
                http,
                HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/events/" + id + "/publish"))
                        .header("Authorization", basic)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                200);
        return id;
    }

    /** Registers in parallel (16 at a time) and returns the ids of the confirmed registrations. */
    private static List<UUID> register(HttpClient http, String base, UUID event, int count) throws Exception {
        Semaphore inFlight = new Semaphore(16);
        List<CompletableFuture<UUID>> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = """
                    {"honorific":"Ms","givenName":"Bench","familyName":"Delegate %d","badgeName":"Bench Delegate %d",\
                    "countryCode":"CH","email":"checkin-%s-%d@bench.example.org","language":"en","role":"DELEGATE",\
                    "consent":true}""".formatted(i, i, event.toString().substring(0, 8), i);
            inFlight.acquire();
            all.add(http.sendAsync(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/events/" + event + "/registrations"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> inFlight.release())
                    .thenApply(CheckInBenchPayloads::confirmedId));
        }
        List<UUID> ids = new ArrayList<>();
        for (CompletableFuture<UUID> f : all) {
            UUID id = f.get();
            if (id != null) {
                ids.add(id);
            }
        }
        if (ids.size() != count) {
            throw new IllegalStateException("only " + ids.size() + " of " + count + " registrations were confirmed");
        }
        return ids;
    }

    private static UUID confirmedId(HttpResponse<String> response) {
        try {
            JsonNode body = json.readTree(response.body());
            return response.statusCode() == 201
                            && "CONFIRMED".equals(body.path("status").asText())
                    ? UUID.fromString(body.get("id").asText())
                    : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonNode send(HttpClient http, HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
    }
}
