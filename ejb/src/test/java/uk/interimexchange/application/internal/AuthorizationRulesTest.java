package uk.interimexchange.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every business method of every service has an authorization rule: a new method without one fails the build. */
class AuthorizationRulesTest {

    private static List<Class<?>> services() throws URISyntaxException, ClassNotFoundException {
        File folder = new File(DefaultNeedService.class.getResource("DefaultNeedService.class").toURI()).getParentFile();
        List<Class<?>> services = new ArrayList<>();
        for (String name : folder.list((dir, file) -> file.endsWith(".class") && !file.contains("$"))) {
            Class<?> type = Class.forName(DefaultNeedService.class.getPackageName() + "." + name.replace(".class", ""));
            if (type.isAnnotationPresent(Stateless.class)) {
                services.add(type);
            }
        }
        return services;
    }

    private static boolean hasRule(Method method) {
        return method.isAnnotationPresent(RolesAllowed.class) || method.isAnnotationPresent(PermitAll.class)
                || method.isAnnotationPresent(DenyAll.class) || method.getDeclaringClass().isAnnotationPresent(RolesAllowed.class)
                || method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
    }

    @Test
    void everyServiceMethodSaysWhoMayCallIt() throws Exception {
        List<Class<?>> services = services();
        assertTrue(services.size() >= 10, "the services were found: " + services);
        List<String> missing = new ArrayList<>();
        for (Class<?> service : services) {
            for (Class<?> contract : service.getInterfaces()) {
                for (Method declared : contract.getMethods()) {
                    Method implementation = service.getMethod(declared.getName(), declared.getParameterTypes());
                    if (!hasRule(implementation)) {
                        missing.add(service.getSimpleName() + "." + declared.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "service methods without @RolesAllowed, @PermitAll or @DenyAll");
    }

    @Test
    void onlyWhatSomeoneWithoutAnAccountNeedsIsPublic() throws Exception {
        List<String> open = new ArrayList<>();
        for (Class<?> service : services()) {
            Arrays.stream(service.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(PermitAll.class))
                    .forEach(m -> open.add(service.getSimpleName() + "." + m.getName()));
        }
        open.sort(null);
        // Registration, reset, joining from a cohort's invitation, the line manager's release and a stakeholder's briefing
        // are authorised by the emailed single-use link; the developer mailbox refuses outside demo mode; a calendar feed by the secret in its address;
        // the retention period is said in the privacy notice.
        assertEquals(List.of("DefaultBriefingService.confirm", "DefaultBriefingService.open", "DefaultCalendarService.interviewFeed", "DefaultDeveloperMailbox.find", "DefaultDeveloperMailbox.isOpen", "DefaultDeveloperMailbox.newest",
                "DefaultOrganisationService.find", "DefaultOrganisationService.search", "DefaultOverviewService.overview",
                "DefaultRegistrationService.checkInvitation", "DefaultRegistrationService.checkResetLink", "DefaultRegistrationService.joinCohort", "DefaultRegistrationService.registerAssociate",
                "DefaultRegistrationService.registerHost", "DefaultRegistrationService.requestPasswordReset",
                "DefaultRegistrationService.resetPassword", "DefaultRegistrationService.verifyEmail",
                "DefaultReleaseService.approve", "DefaultReleaseService.decline", "DefaultReleaseService.open",
                "DefaultRetentionService.closedPlacementMonths", "DefaultSignInService.signIn"), open);
    }
}
