package uk.interimexchange.application;

/** The programme dashboard, for coordinators. */
public interface DashboardService {

    ProgrammeDashboard dashboard();
}
