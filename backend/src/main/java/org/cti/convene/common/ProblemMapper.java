package org.cti.convene.common;

import io.r2dbc.spi.R2dbcException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/**
 * The one place that turns any failure into a {@link Problem}. Framework messages never reach the client:
 * each branch writes its own detail, and anything unexpected becomes a 500 with a reference that is
 * logged next to the stack trace.
 */
@Component
public class ProblemMapper {

    private static final Logger log = LoggerFactory.getLogger(ProblemMapper.class);

    /** SQL states of values PostgreSQL cannot hold: NUL in text (22021) or JSON (22P05), a time out of range (22008). */
    private static final Set<String> UNSTORABLE = Set.of("22021", "22P05", "22008");

    public Problem toProblem(Throwable ex, String path) {
        return switch (ex) {
            case InvalidInputException e -> Problem.of(e, path).withErrors(e.violations());
            case DomainException e -> Problem.of(e, path);
            case WebExchangeBindException e ->
                Problem.of(400, "invalid-input", "Invalid input", "The request has invalid fields.", path)
                        .withErrors(fieldErrors(e));
            case AuthenticationException e ->
                Problem.of(401, "unauthenticated", "Unauthorized", "Sign in to use this resource.", path);
            case AccessDeniedException e ->
                Problem.of(403, "forbidden", "Forbidden", "Your role does not allow this action.", path);
            case DataIntegrityViolationException e -> {
                log.warn(
                        "Constraint violation on {}: {}",
                        TokenMasking.mask(path),
                        TokenMasking.mask(e.getMostSpecificCause().getMessage()));
                yield Problem.of(409, "conflict", "Conflict", "The request conflicts with existing data.", path);
            }
            case TransientDataAccessResourceException e -> databaseUnavailable(e, path);
            case DataAccessResourceFailureException e -> databaseUnavailable(e, path);
            case QueryTimeoutException e -> databaseUnavailable(e, path);
            case OptimisticLockingFailureException e ->
                Problem.of(
                        409,
                        "concurrent-change",
                        "Conflict",
                        "Someone changed this at the same time; try again.",
                        path);
            case ResponseStatusException e -> fromStatus(e, path);
            case DataBufferLimitException e -> tooLarge(path);
            case DataAccessException e
            when unstorable(e) -> {
                // a value PostgreSQL cannot hold that got past the checks: the request's fault, not ours
                log.warn("Value refused by the database on {}: {}", TokenMasking.mask(path), sqlState(e));
                yield Problem.of(
                        400,
                        "invalid-input",
                        "Invalid input",
                        "The request holds a value that cannot be stored, such as a control character.",
                        path);
            }
            default -> unexpected(ex, path);
        };
    }

    /** The pool could not get a connection in time, or the database is down: a retry will do. */
    private static Problem databaseUnavailable(Exception e, String path) {
        log.warn("Database unavailable on {}: {}", TokenMasking.mask(path), e.getMessage());
        return Problem.of(
                new UnavailableException(
                        "database-unavailable",
                        "Convene cannot reach its database at this moment; nothing was saved. Please try again.",
                        2),
                path);
    }

    private Problem fromStatus(ResponseStatusException e, String path) {
        if (hasCause(e, DataBufferLimitException.class) || e instanceof PayloadTooLargeException) {
            return tooLarge(path);
        }
        return switch (e) {
            case UnsupportedMediaTypeStatusException u ->
                Problem.of(
                        415,
                        "unsupported-media-type",
                        "Unsupported media type",
                        "Send the body as application/json.",
                        path);
            case MethodNotAllowedException m ->
                Problem.of(
                        405,
                        "method-not-allowed",
                        "Method not allowed",
                        "This resource does not support " + m.getHttpMethod() + ".",
                        path);
            case NotAcceptableStatusException n ->
                Problem.of(
                        406, "not-acceptable", "Not acceptable", "This resource cannot answer in that format.", path);
            case MissingRequestValueException m ->
                Problem.of(
                        400,
                        "missing-value",
                        "Invalid input",
                        "The " + m.getLabel() + " '" + m.getName() + "' is required.",
                        path);
            case ServerWebInputException in
            when ControlCharacters.refusalIn(in).isPresent() -> {
                InvalidInputException refused = ControlCharacters.refusalIn(in).get();
                yield Problem.of(refused, path).withErrors(refused.violations());
            }
            case ServerWebInputException in
            when hasCause(in, DecodingException.class) ->
                Problem.of(
                        400,
                        "malformed-body",
                        "Malformed request body",
                        "The request body is not valid JSON for this resource.",
                        path);
            case ServerWebInputException in
            when in.getMethodParameter() != null ->
                Problem.of(
                        400,
                        "invalid-parameter",
                        "Invalid input",
                        "The value of '" + in.getMethodParameter().getParameterName() + "' is not valid.",
                        path);
            case ServerWebInputException in ->
                Problem.of(400, "malformed-request", "Malformed request", "The request could not be read.", path);
            default -> byStatus(e.getStatusCode().value(), path);
        };
    }

    private Problem byStatus(int status, String path) {
        return switch (status) {
            case 404 -> Problem.of(404, "not-found", "Not found", NotFoundException.NOTHING_HERE, path);
            case 401 -> Problem.of(401, "unauthenticated", "Unauthorized", "Sign in to use this resource.", path);
            case 403 -> Problem.of(403, "forbidden", "Forbidden", "You may not do this.", path);
            case 413 -> tooLarge(path);
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                String reason = known == null ? "Error" : known.getReasonPhrase();
                yield Problem.of(status, "http-" + status, reason, reason + ".", path);
            }
        };
    }

    private static Problem tooLarge(String path) {
        return Problem.of(
                413, "payload-too-large", "Payload too large", "The request body is larger than 1 MiB.", path);
    }

    private static Problem unexpected(Throwable ex, String path) {
        String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected failure on {} (reference {})", TokenMasking.mask(path), reference, ex);
        return Problem.of(
                500,
                "internal",
                "Internal error",
                "Something went wrong on our side. Reference: " + reference + ".",
                path);
    }

    /** Spring's binding errors; their codes end in the constraint's name and their arguments start with the field's. */
    private static List<FieldViolation> fieldErrors(WebExchangeBindException e) {
        List<FieldViolation> out = new ArrayList<>();
        for (FieldError fe : e.getFieldErrors()) {
            List<Object> arguments = fe.getArguments() == null
                    ? List.of()
                    : Arrays.stream(fe.getArguments())
                            .filter(a -> !(a instanceof MessageSourceResolvable))
                            .toList();
            String code = fe.getCode() == null ? FieldViolation.INVALID : fe.getCode();
            out.add(new FieldViolation(fe.getField(), code, arguments, fe.getDefaultMessage()));
        }
        e.getGlobalErrors()
                .forEach(ge ->
                        out.add(FieldViolation.of(ge.getObjectName(), FieldViolation.INVALID, ge.getDefaultMessage())));
        return out;
    }

    private static boolean unstorable(Throwable ex) {
        String state = sqlState(ex);
        return state != null && UNSTORABLE.contains(state);
    }

    private static String sqlState(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof R2dbcException r) {
                return r.getSqlState();
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
