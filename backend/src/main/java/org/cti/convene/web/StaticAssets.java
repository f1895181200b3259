package org.cti.convene.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Serves the stylesheets and scripts from memory, ahead of security and routing. They are a handful of small
 * public files, yet through the resource handler each request opened the jar entry on a worker thread and
 * walked every security filter: a profile showed that hop as most of the cost of a page's assets. Loaded once
 * at start-up, answered with a strong ETag so that browsers revalidate with a 304 instead of downloading.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StaticAssets implements WebFilter {

    private record Asset(byte[] body, MediaType type, String etag) {}

    private final Map<String, Asset> assets;

    StaticAssets() {
        this.assets = load();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Asset asset = assets.get(exchange.getRequest().getPath().value());
        HttpMethod method = exchange.getRequest().getMethod();
        if (asset == null || !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))) {
            return chain.filter(exchange);
        }
        ServerHttpResponse response = exchange.getResponse();
        HttpHeaders headers = response.getHeaders();
        headers.setETag(asset.etag());
        headers.setCacheControl("no-cache");
        headers.set("X-Content-Type-Options", "nosniff");
        if (asset.etag().equals(exchange.getRequest().getHeaders().getFirst(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatusCode(HttpStatus.NOT_MODIFIED);
            return response.setComplete();
        }
        headers.setContentType(asset.type());
        headers.setContentLength(asset.body().length);
        if (HttpMethod.HEAD.equals(method)) {
            return response.setComplete();
        }
        return response.writeWith(
                Mono.fromSupplier(() -> response.bufferFactory().wrap(asset.body())));
    }

    private static Map<String, Asset> load() {
        Map<String, Asset> loaded = new HashMap<>();
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            for (String kind : new String[] {"css", "js"}) {
                MediaType type = MediaType.parseMediaType(
                        ("css".equals(kind) ? "text/css" : "text/javascript") + ";charset=UTF-8");
                for (Resource resource : resolver.getResources("classpath:static/" + kind + "/*." + kind)) {
                    try (InputStream in = resource.getInputStream()) {
                        byte[] body = in.readAllBytes();
                        loaded.put("/" + kind + "/" + resource.getFilename(), new Asset(body, type, etag(body)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the static assets could not be read", e);
        }
        return Map.copyOf(loaded);
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
