package org.cti.convene.web.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One programme row; a row whose visible inputs are all blank is not a session. */
public class SessionFields {
    String id;
    Map<String, String> title = new LinkedHashMap<>();
    String startsAt;
    String endsAt;
    String room;
    String capacity;

    public List<String> otherTitleLanguages() {
        return EventForm.otherLanguages(title, EventForm.LANGUAGES);
    }

    boolean isBlank() {
        return EventForm.LANGUAGES.stream().allMatch(l -> blank(title.get(l)))
                && blank(startsAt)
                && blank(endsAt)
                && blank(room)
                && blank(capacity);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Map<String, String> getTitle() {
        return title;
    }

    public void setTitle(Map<String, String> title) {
        this.title = title;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(String endsAt) {
        this.endsAt = endsAt;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }
}
