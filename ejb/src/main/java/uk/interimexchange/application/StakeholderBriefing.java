package uk.interimexchange.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What a stakeholder's briefing tells them, as the page their link opens shows it. */
public record StakeholderBriefing(String stakeholderName, String role, String associateName, String associateJobTitle, String host,
                                  String need, List<String> objectives, LocalDate startDate, LocalDate endDate, String days,
                                  List<Meeting> firstDayMeetings, String sentBy, boolean confirmed) {

    public StakeholderBriefing {
        objectives = List.copyOf(objectives);
        firstDayMeetings = List.copyOf(firstDayMeetings);
    }

    public record Meeting(LocalDateTime at, String withWhom) {
    }
}
