package org.cti.convene.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Test clients open a connection per request. With pooled keep-alive connections a request now and then
 * waited the whole client timeout on a connection the server had already finished with (seen only in the full
 * suite, never with curl or a single test); real browsers and API clients are not affected by the test pool.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FreshConnections {

    @Bean
    WebTestClientBuilderCustomizer freshConnectionPerRequest() {
        return builder -> builder.clientConnector(
                new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection())));
    }
}
