"""Checks Convene's calendar files with an iCalendar parser that shares no code with iCal4j.

Usage: python3 validate_ics.py FILE...

For every event it prints what it read, tab-separated, so that the caller can compare it with what it wrote:
    EVENT <file> <UID> <SEQUENCE> <TZID or UTC> <DTSTART wall time> <SUMMARY>
then "OK <file> <number of VEVENTs>" for a good file or "FAIL <file>: <problem>" lines for a bad one.
Exits 1 if any file has a problem, 2 when called without files. Works with Debian's icalendar 4.x and newer.
"""
import sys
from datetime import datetime, timedelta

from icalendar import Calendar

PRODID = "-//Convene//Convene//EN"


def wall_time(prop):
    return prop.dt.strftime("%Y%m%dT%H%M%S") if isinstance(prop.dt, datetime) else str(prop.dt)


def problems_in(path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        calendar = Calendar.from_ical(data)
    except Exception as e:  # any parse failure is the finding itself
        return ["does not parse: %s" % e], 0

    found = []
    for component in calendar.walk():
        for error in getattr(component, "errors", None) or []:
            found.append("%s: unparsable property %s" % (component.name, error))
    if str(calendar.get("VERSION", "")) != "2.0":
        found.append("VERSION is %r, not 2.0" % str(calendar.get("VERSION", "")))
    if str(calendar.get("PRODID", "")) != PRODID:
        found.append("PRODID is %r, not %r" % (str(calendar.get("PRODID", "")), PRODID))

    if not calendar.subcomponents:
        found.append("no component at all")

    defined_zones = {str(zone.get("TZID")) for zone in calendar.walk("VTIMEZONE")}
    events = calendar.walk("VEVENT")
    for event in events:
        uid = str(event.get("UID", "")).strip()
        label = "VEVENT %s" % (uid or "?")
        if not uid:
            found.append("VEVENT without UID")
        sequence = event.get("SEQUENCE")
        if sequence is None:
            found.append("%s: no SEQUENCE" % label)
        elif int(sequence) < 0:
            found.append("%s: negative SEQUENCE %s" % (label, sequence))
        for name in ("DTSTART", "DTEND"):
            prop = event.get(name)
            if prop is None:
                found.append("%s: no %s" % (label, name))
                continue
            tzid = prop.params.get("TZID")
            if tzid:
                if str(tzid) not in defined_zones:
                    found.append("%s: %s has TZID=%s but no VTIMEZONE defines it" % (label, name, tzid))
            elif not isinstance(prop.dt, datetime) or prop.dt.utcoffset() != timedelta(0):
                found.append("%s: %s is neither zoned nor UTC: %r" % (label, name, prop.dt))
        start = event.get("DTSTART")
        if start is not None and sequence is not None:
            print("\t".join(["EVENT", path, uid, str(int(sequence)), str(start.params.get("TZID", "UTC")),
                             wall_time(start), str(event.get("SUMMARY", ""))]))
    return found, len(events)


def main(paths):
    if not paths:
        print("usage: validate_ics.py FILE...", file=sys.stderr)
        return 2
    failed = False
    for path in paths:
        problems, events = problems_in(path)
        if problems:
            failed = True
            for problem in problems:
                print("FAIL %s: %s" % (path, problem))
        else:
            print("OK %s %d" % (path, events))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
