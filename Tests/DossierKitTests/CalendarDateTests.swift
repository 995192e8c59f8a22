// Day arithmetic without Foundation calendars: day numbers, weekdays, parsing.

import DossierKit
import Testing

@Suite struct CalendarDateTests {
    @Test func dayNumberRoundTripsAcrossLeapYears() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDate(dayNumber: n).dayNumber == n)
        }
        #expect(CalendarDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(CalendarDate(year: 2000, month: 3, day: 1).adding(days: -1) == CalendarDate(year: 2000, month: 2, day: 29))
        #expect(CalendarDate(year: 1900, month: 3, day: 1).adding(days: -1) == CalendarDate(year: 1900, month: 2, day: 28))
    }

    @Test func weekdaysAreISO() {
        #expect(CalendarDate(year: 2021, month: 4, day: 14).weekday == 3)  // a Wednesday
        #expect(CalendarDate(year: 2023, month: 3, day: 26).weekday == 7)  // a Sunday
        #expect(CalendarDate(year: 1999, month: 12, day: 31).weekday == 5)  // a Friday
    }

    @Test func parsesOnlyValidISODays() {
        #expect(CalendarDate(iso: "2021-04-14") == CalendarDate(year: 2021, month: 4, day: 14))
        #expect(CalendarDate(iso: "2021-04-14T10:00:00Z") == CalendarDate(year: 2021, month: 4, day: 14))
        #expect(CalendarDate(iso: "2021-02-29") == nil)
        #expect(CalendarDate(iso: "2021-13-01") == nil)
        #expect(CalendarDate(iso: "April") == nil)
    }
}
