package org.cti.convene.web.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cti.convene.common.ConflictException;
import org.cti.convene.common.FieldViolation;
import org.cti.convene.common.InputValidator;
import org.cti.convene.common.InvalidInputException;
import org.cti.convene.events.Event;
import org.cti.convene.events.EventKind;
import org.cti.convene.events.EventStatus;
import org.cti.convene.events.Events;
import org.cti.convene.web.Wording;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * Creating and editing an event with one form. A refused form comes back as typed, with a summary of
 * what is wrong at the top and each message next to its input; the messages are the API's.
 */
@Controller
class EventFormController {

    private static final Pattern SESSION_INPUT = Pattern.compile("^sessions-(\\d+)-(.+)$");
    private static final List<String> VENUE_AND_AFTER = List.of(
            "venue-name",
            "venue-city",
            "venue-countryCode",
            "venue-timeZone",
            "startsAt",
            "endsAt",
            "registrationOpensAt",
            "registrationClosesAt",
            "capacity",
            "access",
            "approvalRequired",
            "waitlist",
            "contactEmail");
    private static final List<String> SESSION_INPUTS = List.of("startsAt", "endsAt", "room", "capacity");

    private final Events events;
    private final Permissions permissions;
    private final InputValidator input;
    private final Wording words;

    EventFormController(Events events, Permissions permissions, InputValidator input, Wording words) {
        this.events = events;
        this.permissions = permissions;
        this.input = input;
        this.words = words;
    }

    @InitBinder("form")
    void limitRows(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(EventForm.MAX_ROWS);
    }

    @GetMapping("/console/events/new")
    Mono<String> newEvent(Locale locale, Model model) {
        return permissions.toCreate().map(user -> form(EventForm.blank(), null, locale, model));
    }

    @PostMapping("/console/events/new")
    Mono<Rendering> create(@ModelAttribute("form") EventForm form, Locale locale, Model model) {
        return permissions.toCreate().then(save(form, null, locale, model));
    }

    @GetMapping("/console/events/{id}/edit")
    Mono<String> edit(@PathVariable UUID id, Locale locale, Model model) {
        return permissions.toChange(id).then(events.find(id)).map(e -> {
            if (e.status() == EventStatus.CANCELLED) {
                model.addAttribute("problem", message("console.form.notEditable", locale));
            }
            return form(EventForm.of(e), e, locale, model);
        });
    }

    @PostMapping("/console/events/{id}/edit")
    Mono<Rendering> update(@PathVariable UUID id, @ModelAttribute("form") EventForm form, Locale locale, Model model) {
        return permissions.toChange(id).then(events.find(id)).flatMap(e -> save(form, e, locale, model));
    }

    private Mono<Rendering> save(EventForm form, Event existing, Locale locale, Model model) {
        return Mono.defer(() -> {
            EventForm.Conversion c = form.toRequest();
            Mono<Event> saved;
            if (!c.violations().isEmpty()) {
                saved = Mono.error(new InvalidInputException(merged(c)));
            } else if (existing == null) {
                saved = events.create(c.request());
            } else {
                saved = events.update(existing.id(), c.request());
            }
            return saved.map(e -> EventsController.redirect(e, existing == null ? "created" : "saved"))
                    .onErrorResume(
                            InvalidInputException.class,
                            ex -> Mono.just(refused(
                                    form,
                                    existing,
                                    locale,
                                    model,
                                    ex.violations(),
                                    c.rowOfSession(),
                                    HttpStatus.BAD_REQUEST)))
                    .onErrorResume(
                            ConflictException.class,
                            ex -> Mono.just(conflict(form, existing, locale, model, ex, c.rowOfSession())));
        });
    }

    /** What could not be read, plus what the API's own field rules say about the rest. */
    private List<FieldViolation> merged(EventForm.Conversion c) {
        Set<String> unreadable = new LinkedHashSet<>();
        c.violations().forEach(v -> unreadable.add(v.field()));
        List<FieldViolation> all = new ArrayList<>(c.violations());
        input.violations(c.request()).stream()
                .filter(v -> !unreadable.contains(v.field()))
                .forEach(all::add);
        return all;
    }

    private Rendering conflict(
            EventForm form, Event existing, Locale locale, Model model, ConflictException ex, List<Integer> rows) {
        if ("slug-taken".equals(ex.problemType())) {
            return refused(
                    form,
                    existing,
                    locale,
                    model,
                    List.of(FieldViolation.of("slug", ex.problemType(), ex.getMessage(), ex.arguments())),
                    rows,
                    HttpStatus.CONFLICT);
        }
        model.addAttribute("problem", words.refusal(EventsController.PROBLEMS, ex, locale));
        form(form, existing, locale, model);
        return Rendering.view("console/event-form").status(HttpStatus.CONFLICT).build();
    }

    private Rendering refused(
            EventForm form,
            Event existing,
            Locale locale,
            Model model,
            List<FieldViolation> violations,
            List<Integer> rows,
            HttpStatus status) {
        FormErrors errors = FormErrors.of(
                violations,
                v -> words.violation(v, locale),
                index -> index < rows.size() ? rows.get(index) : -1,
                inputIds(form),
                id -> label(id, locale));
        model.addAttribute("errors", errors);
        form(form, existing, locale, model);
        return Rendering.view("console/event-form").status(status).build();
    }

    private String form(EventForm form, Event existing, Locale locale, Model model) {
        model.addAttribute("form", form);
        EventView editing = existing == null ? null : EventView.of(existing, locale);
        model.addAttribute("editing", editing);
        model.addAttribute(
                "heading",
                editing == null
                        ? message("console.form.newTitle", locale)
                        : message("console.form.editTitle", locale, editing.title()));
        model.addAttribute(
                "action", existing == null ? "/console/events/new" : "/console/events/" + existing.id() + "/edit");
        model.addAttribute("editable", existing == null || existing.status() != EventStatus.CANCELLED);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("languageNames", languageNames(locale));
        model.addAttribute(
                "countries", Choices.countries(locale, form.getVenue().getCountryCode()));
        model.addAttribute("commonZones", Choices.commonZones());
        model.addAttribute("otherZones", Choices.otherZones(form.getVenue().getTimeZone()));
        return "console/event-form";
    }

    private static Map<String, String> languageNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : EventForm.LANGUAGES) {
            String name = Locale.of(language).getDisplayLanguage(locale);
            names.put(language, name.substring(0, 1).toUpperCase(locale) + name.substring(1));
        }
        return names;
    }

    /** Every input of the form, in the order of the page. */
    private static List<String> inputIds(EventForm form) {
        List<String> ids = new ArrayList<>(List.of("kind", "slug"));
        EventForm.LANGUAGES.forEach(language -> ids.add("title-" + language));
        EventForm.LANGUAGES.forEach(language -> ids.add("description-" + language));
        ids.addAll(VENUE_AND_AFTER);
        for (int row = 0; row < form.getSessions().size(); row++) {
            for (String language : EventForm.LANGUAGES) {
                ids.add("sessions-" + row + "-title-" + language);
            }
            for (String field : SESSION_INPUTS) {
                ids.add("sessions-" + row + "-" + field);
            }
        }
        return ids;
    }

    /** The input's label as the summary names it: "Title (French)", "Session 2: start". */
    private String label(String inputId, Locale locale) {
        Matcher session = SESSION_INPUT.matcher(inputId);
        if (session.matches()) {
            int number = Integer.parseInt(session.group(1)) + 1;
            String field = session.group(2);
            if (field.startsWith("title-")) {
                return message("console.field.session.title", locale, number, language(field.substring(6), locale));
            }
            return message("console.field.session." + field, locale, number);
        }
        if (inputId.startsWith("title-")) {
            return message("console.field.titleIn", locale, language(inputId.substring(6), locale));
        }
        if (inputId.startsWith("description-")) {
            return message("console.field.descriptionIn", locale, language(inputId.substring(12), locale));
        }
        return message("console.field." + inputId.replace('-', '.'), locale);
    }

    private String message(String key, Locale locale, Object... args) {
        return words.text(key, locale, args);
    }

    private static String language(String code, Locale locale) {
        return Locale.of(code).getDisplayLanguage(locale);
    }
}
