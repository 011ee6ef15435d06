package uk.interimexchange.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The pages at national scale: ten people at once (four coordinators, four associates, two host contacts by
 * default), each signing in through the real form and walking their pages a fixed number of times, with the trivial
 * JSF page {@code /accessibility.xhtml} in every walk so the two are measured in the same run. Every answer must be
 * a 200 that is not the error page. Run by hand against a running server (docs/benchmarks.md), never in CI:
 *
 * <pre>mvn -pl benchmarks gatling:test -Dgatling.baseUrl=http://localhost:8080 -Dgatling.walks=30</pre>
 *
 * Only a loopback address is ever a target: the simulation refuses any other.
 */
public class PagesSimulation extends Simulation {

    private static final String BASE = System.getProperty("gatling.baseUrl", "http://localhost:8080");
    /** The demo accounts' password, as the README prints it; another with -Dgatling.password. */
    private static final String PASSWORD = System.getProperty("gatling.password", "lend-expertise-across-the-NHS");
    private static final int WALKS = Integer.getInteger("gatling.walks", 30);
    private static final int COORDINATORS = Integer.getInteger("gatling.coordinators", 4);
    private static final int ASSOCIATES = Integer.getInteger("gatling.associates", 4);
    private static final int HOSTS = Integer.getInteger("gatling.hosts", 2);

    static {
        String host = java.net.URI.create(BASE).getHost();
        if (!"localhost".equals(host) && !"127.0.0.1".equals(host) && !"[::1]".equals(host)) {
            throw new IllegalArgumentException("The load test only runs against this machine (localhost), not " + host);
        }
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("en-GB")
            .userAgentHeader("Interim Exchange load test (Gatling)");

    /** A page as the person sees it: a 200 that is not the error page. */
    private static HttpRequestActionBuilder page(String name, String path) {
        return http(name).get(path).check(status().is(200), substring("there is a problem with the service").notExists());
    }

    /** Through the sign-in form, with its view state and nonce, as a browser posts it. */
    private static ChainBuilder signIn(String email) {
        return exec(http("sign-in form").get("/sign-in.xhtml").check(status().is(200),
                        css("form#sign-in", "action").saveAs("action"),
                        css("form#sign-in input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"),
                        css("form#sign-in input[name='primefaces.nonce']", "value").withDefault("").saveAs("nonce")))
                .exec(http("sign in").post("#{action}")
                        .formParam("sign-in", "sign-in")
                        .formParam("sign-in:email", email)
                        .formParam("sign-in:password", PASSWORD)
                        .formParam("sign-in:submit", "Sign in")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().is(200), substring("Sign out").exists()));
    }

    private static final ChainBuilder TRIVIAL = exec(page("trivial JSF page /accessibility.xhtml", "/accessibility.xhtml"));

    private final ScenarioBuilder coordinator = scenario("coordinator")
            .exec(signIn("coordinator@interim.example"))
            .exec(page("coordinator: needs list /needs/", "/needs/").check(regex("/needs/(\\d+)\"").saveAs("need")))
            .exec(page("coordinator: placements list /placements/", "/placements/")
                    .check(regex("/placements/(\\d+)\"").saveAs("placement")))
            .exec(repeat(WALKS).on(
                    page("coordinator: home /home/", "/home/"),
                    page("coordinator: needs list /needs/", "/needs/"),
                    page("coordinator: candidates /needs/candidates.xhtml", "/needs/candidates.xhtml?need=#{need}"),
                    page("coordinator: a placement /placements/{id}", "/placements/#{placement}"),
                    page("coordinator: dashboard /dashboard/", "/dashboard/"),
                    http("coordinator: export /export/needs.csv").get("/export/needs.csv").check(status().is(200)),
                    page("coordinator: lessons /lessons/?q=first", "/lessons/?q=first"),
                    TRIVIAL));

    private final ScenarioBuilder associate = scenario("associate")
            .exec(signIn("associate@interim.example"))
            .exec(page("associate: needs list /needs/", "/needs/").check(regex("/needs/(\\d+)\"").saveAs("need")))
            .exec(repeat(WALKS).on(
                    page("associate: home /home/", "/home/"),
                    page("associate: needs list /needs/", "/needs/"),
                    page("associate: a need /needs/{id}", "/needs/#{need}"),
                    page("associate: lessons /lessons/?q=first", "/lessons/?q=first"),
                    TRIVIAL));

    private final ScenarioBuilder host = scenario("host contact")
            .exec(signIn("host@interim.example"))
            .exec(repeat(WALKS).on(
                    page("host: home /home/", "/home/"),
                    page("host: needs list /needs/", "/needs/"),
                    page("host: placements list /placements/", "/placements/"),
                    TRIVIAL));

    {
        setUp(coordinator.injectOpen(atOnceUsers(COORDINATORS)),
                associate.injectOpen(atOnceUsers(ASSOCIATES)),
                host.injectOpen(atOnceUsers(HOSTS)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
