package org.cti.convene.calendar;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class FeedRepository {

    private final DatabaseClient db;

    FeedRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> ensure(String email, byte[] tokenHash) {
        return db.sql("insert into calendar_feed (email, token_hash) values (:e, :h) on conflict (email) do nothing")
                .bind("e", email)
                .bind("h", tokenHash)
                .then();
    }

    Mono<String> emailFor(byte[] tokenHash) {
        return db.sql("select email from calendar_feed where token_hash = :h")
                .bind("h", tokenHash)
                .map((row, meta) -> row.get("email", String.class))
                .one();
    }
}
